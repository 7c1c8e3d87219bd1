import { describe, expect, it } from 'vitest';

import { languageOfPath, pathInLanguage, pickLanguage } from './languages';

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

describe('page addresses per language', () => {
	it.each([
		['/', 'nb', '/'],
		['/', 'sv', '/sv'],
		['/decks', 'en', '/en/decks'],
		['/decks/reindeer-1', 'sma', '/sma/decks/reindeer-1'],
		['/sv/decks', 'nb', '/decks'],
		['/sv', 'nb', '/'],
		['/sv/decks', 'en', '/en/decks'],
		['/en', 'en', '/en'],
		['/svenska', 'en', '/en/svenska']
	] as const)('%s in %s → %s', (path, lang, expected) => {
		expect(pathInLanguage(path, lang)).toBe(expected);
		expect(languageOfPath(expected)).toBe(lang === 'nb' ? 'nb' : lang);
	});
});
