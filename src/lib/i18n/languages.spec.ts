import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage', () => {
	it.each([
		[['sv-SE', 'en'], 'sv'],
		[['nb-NO'], 'nb'],
		[['nn-NO', 'en'], 'nb'],
		[['no'], 'nb'],
		[['en-GB', 'nb'], 'en'],
		[['sma-NO'], 'sma'],
		[['de-DE', 'fr', 'sv'], 'sv'],
		[['de-DE'], 'nb'],
		[[], 'nb']
	])('%j → %s', (preferred, expected) => {
		expect(pickLanguage(preferred)).toBe(expected);
	});
});
