import { describe, expect, it } from 'vitest';
import { builtInDecks } from '$lib/server/lessons';

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
