import { describe, expect, it } from 'vitest';
import { builtInDecks, deckSources, projectEnglish } from '$lib/server/lessons';
import { englishProblems, parseEnglish } from './english';

describe('English for every card', () => {
	it('every deck card has English: the lexicon’s, or the project’s marked as such', () => {
		const cards = builtInDecks().flatMap((deck) => deck.cards);
		const withEnglish = cards.filter((card) => card.en.length);
		const ours = cards.filter((card) => card.enByProject);
		console.warn(
			`English: ${withEnglish.length} of ${cards.length} deck cards (${ours.length} translated by the project)`
		);
		expect(cards.filter((card) => !card.en.length).map((card) => card.sma)).toEqual([]);
		for (const card of ours) expect(projectEnglish().has(`${card.sma}\u0000${card.pos}`)).toBe(true);
	});

	it.each([
		['golme', ['three']],
		['sïrve', ['sheep']],
		['Plaassja', ['Røros']],
		['tjidtjie', ['mother', 'mum', 'mom']]
	])('%s is %j in English', (sma, english) => {
		const card = builtInDecks()
			.flatMap((deck) => deck.cards)
			.find((c) => c.sma === sma)!;
		expect(card).toMatchObject({ en: english, enByProject: true });
	});

	it('never replaces the lexicon’s own English', () => {
		const bovtse = builtInDecks()
			.flatMap((deck) => deck.cards)
			.find((c) => c.sma === 'bovtse')!;
		expect(bovtse.en).toEqual(['reindeer']);
		expect(bovtse.enByProject).toBeUndefined();
	});

	it('names every row that does not fit the lexicon', () => {
		const rows = parseEnglish(
			[
				'lemma\tpos\tenglish\tnorwegian',
				'bovtse\tN\treindeer\trein',
				'qwertyuiop\tN\tnothing\tingenting',
				'sïrve\tN\tsheep\tgeit',
				'sïrve\tN\tsheep\tsau',
				'sïrve\tN\tewe\tsau',
				'golme\tNum\t\ttre'
			].join('\n')
		);
		expect(englishProblems(deckSources().lexicon, rows)).toEqual([
			'english.tsv: bovtse (N): the lexicon has English now (reindeer); drop the row',
			'english.tsv: qwertyuiop (N) is not in the lexicon',
			'english.tsv: sïrve (N): the lexicon has no Norwegian "geit"',
			'english.tsv: sïrve (N) is listed twice for "sau"',
			'english.tsv: golme (Num) has no English'
		]);
	});
});
