import { describe, expect, it } from 'vitest';
import type { Word } from '$lib/lexicon/compact';
import { cardFromWord, otherGlosses, parseLines } from './editor.svelte';

const sarva: Word = {
	sma: 'sarva',
	pos: 'N',
	nb: ['reinokse', 'hannrein', 'grarein'],
	sv: ['rentjur', 'hanren'],
	en: [],
	themes: [],
	nbOther: ['samegruppe', 'reinbeitedistrikt']
};

describe('own deck cards from the lexicon', () => {
	it('brings the first gloss only; the others are offered as choices', () => {
		const card = cardFromWord(sarva, new Set());
		expect(card).toMatchObject({ sma: 'sarva', nb: ['reinokse'], sv: ['rentjur'], en: [] });
		expect(card.teacherTranslation).toBeUndefined();
		expect(otherGlosses(sarva, card)).toEqual(['hannrein', 'grarein', 'samegruppe', 'reinbeitedistrikt']);
	});

	it.each([
		['a translation of the teacher’s own', 'okse', ['okse'], true],
		['one of the lexicon’s glosses', 'hannrein', ['hannrein'], undefined],
		['none pasted', '', ['reinokse'], undefined]
	])('keeps a pasted translation: %s', (_name, translation, nb, mark) => {
		const card = cardFromWord(sarva, new Set(), translation);
		expect(card.nb).toEqual(nb);
		expect(card.teacherTranslation).toBe(mark);
	});

	it.each([
		['gåetie\tgamme', [{ sma: 'gåetie', translation: 'gamme' }]],
		[
			'gåetie  gamme\nbovtse - rein',
			[
				{ sma: 'gåetie', translation: 'gamme' },
				{ sma: 'bovtse', translation: 'rein' }
			]
		],
		['gåetie', [{ sma: 'gåetie', translation: '' }]]
	])('reads pasted lines %j', (text, lines) => {
		expect(parseLines(text)).toEqual(lines);
	});
});
