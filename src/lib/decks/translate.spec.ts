import { describe, expect, it } from 'vitest';
import { glossesIn, textIn } from './translate';

const bovtse = { nb: ['rein', 'reinsdyr'], sv: ['ren'], en: ['reindeer'] };
const gierte = { nb: ['skillegjerde'], sv: ['skiljningsgärde'], en: [] };
const healsoe = { nb: ['helse'], sv: [], en: [] };

describe('glossesIn', () => {
	it.each([
		['bovtse in en', bovtse, 'en', ['reindeer'], null],
		['bovtse in sv', bovtse, 'sv', ['ren'], null],
		['gïerte in en falls back to nb', gierte, 'en', ['skillegjerde'], 'nb'],
		['healsoe in sv falls back to nb', healsoe, 'sv', ['helse'], 'nb'],
		['healsoe in en falls back to nb', healsoe, 'en', ['helse'], 'nb']
	] as const)('%s', (_name, card, lang, glosses, fallback) => {
		expect(glossesIn(card, lang)).toEqual({ glosses, fallback });
	});
});

describe('textIn', () => {
	const title = { nb: 'Reinen', sv: 'Renen', en: 'The reindeer' };
	it.each([
		['nb', 'Reinen'],
		['sv', 'Renen'],
		['en', 'The reindeer'],
		['sma', 'Reinen']
	] as const)('%s → %s', (lang, expected) => expect(textIn(title, lang)).toBe(expected));
});
