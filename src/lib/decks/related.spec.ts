import { describe, expect, it } from 'vitest';
import { builtInDecks } from '$lib/server/lessons';
import { studyCardsOf } from '$lib/study/cards';
import { sharingHint } from '$lib/study/session';

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

	it('reports how many prompts share a Norwegian gloss with another deck word', () => {
		const cards = builtInDecks().flatMap((deck) => deck.cards);
		const shared = cards.filter((c) =>
			cards.some((other) => other !== c && other.sma !== c.sma && other.nb.some((g) => c.nb.includes(g)))
		);
		console.warn(
			`${shared.length} of ${cards.length} deck words share a Norwegian gloss with another deck word`
		);
		expect(shared.length).toBeGreaterThan(0);
		// Every one of them accepts the other word (it is in the lexicon with that gloss).
		for (const c of shared) {
			const others = cards.filter((o) => o !== c && o.sma !== c.sma && o.nb.some((g) => c.nb.includes(g)));
			for (const other of others) expect(c.also?.nb ?? [], `${c.sma} ~ ${other.sma}`).toContain(other.sma);
		}
	});
});

describe('prompts that share a meaning get a hint', () => {
	it('counts, over all decks as one session, the production prompts that needed one and got one', () => {
		const decks = builtInDecks();
		const themes = new Map(decks.map((deck) => [deck.id, deck.theme]));
		const production = decks.flatMap(studyCardsOf).filter((card) => card.direction === 'production');
		let needed = 0;
		let given = 0;
		for (const card of production) {
			const sharing = production.filter(
				(other) => other.word.sma !== card.word.sma && other.word.nb.some((g) => card.word.nb.includes(g))
			);
			if (!sharing.length) continue;
			needed++;
			if (sharingHint(card, sharing, 'nb', (id) => themes.get(id))) given++;
		}
		console.warn(
			`${needed} of ${production.length} Norwegian prompts share their meaning; ${given} get a hint`
		);
		expect(needed).toBeGreaterThan(40);
		expect(given).toBeGreaterThan(0);
	});
});
