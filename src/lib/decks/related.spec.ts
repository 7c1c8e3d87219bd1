import { describe, expect, it } from 'vitest';
import { builtInDecks, servedLexicon } from '$lib/server/lessons';
import { ambiguousPrompts, crossPosSynonyms } from './audit';

const card = (deckId: string, wordId: string) =>
	builtInDecks()
		.find((deck) => deck.id === deckId)!
		.cards.find((c) => c.id === wordId)!;

describe('related words from the lexicon, on the built decks', () => {
	it('knows båatsoe answers "rein" as bovtse does, and the other way round', () => {
		expect(card('reindeer-1', 'bovtse').also?.nb).toContain('båatsoe');
	});

	it.each([
		['animals', 'sirve', 'sarve', 'elg'],
		['animals', 'sarve', 'sïrve', 'sau'],
		['herding-year', 'goevte', 'goeve', 'desember'],
		['animals', 'maarhte', 'maarhke', 'mark']
	])('%s/%s has %s (%s) among its look-alike words', (deck, word, near, meaning) => {
		const found = card(deck, word).near?.find((n) => n.sma === near);
		expect(found?.nb).toContain(meaning);
	});

	it('never calls a synonym or the word itself a look-alike', () => {
		for (const deck of builtInDecks()) {
			for (const c of deck.cards) {
				const own = new Set([c.sma, ...c.variants, ...Object.values(c.also ?? {}).flat()]);
				expect(c.near?.filter((n) => own.has(n.sma)) ?? [], `${deck.id}/${c.id}`).toEqual([]);
			}
		}
	});

	it('accept no synonym that the lexicon has only as another part of speech', () => {
		expect(crossPosSynonyms(builtInDecks(), servedLexicon())).toEqual([]);
	});

	// Pairs a content review found praised: a homonym in Norwegian or Swedish is not a synonym.
	it.each([
		['numbers', 'golme', 'moere'], // tre: three, tree
		['numbers', 'nieljie', 'badtehtidh'], // fire: four, lower with a rope
		['reindeer-1', 'bovtse', 'raejnies'], // rein: reindeer, clean
		['body', 'juelkie', 'måaroe'], // bein: leg, bone
		['food-drink', 'tjaetsie', 'jaevrie'] // vann: water, lake
	])('%s/%s never takes %s', (deck, word, other) => {
		const found = builtInDecks()
			.find((d) => d.id === deck)
			?.cards.find((c) => c.id === word);
		expect(found, `${deck}/${word}`).toBeDefined();
		expect(Object.values(found!.also ?? {}).flat()).not.toContain(other);
	});

	it('accept every gloss of the shown sense: farbror for tjietsie, moster for gåeskie, farfar for aajja', () => {
		const accepts = (deck: string, word: string, lang: 'nb' | 'sv' | 'en') =>
			card(deck, word).accept?.[lang] ?? card(deck, word)[lang];
		expect(accepts('family', 'tjietsie', 'nb')).toContain('farbror');
		expect(accepts('family', 'gaeskie', 'nb')).toContain('moster');
		expect(accepts('family', 'aajja', 'sv')).toContain('farfar');
		// Never a gloss of another sense: aajja "eldre mann" is a sense the card does not show.
		expect(accepts('family', 'aajja', 'nb')).not.toContain('eldre mann');
	});
});

describe('prompts within a deck', () => {
	it.each([false, true])(
		'fit one word of the deck, or get a hint that tells them apart (child: %s)',
		(child) => {
			expect(builtInDecks().flatMap((deck) => ambiguousPrompts(deck, child))).toEqual([]);
		}
	);
});
