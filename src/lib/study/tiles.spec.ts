import { describe, expect, it } from 'vitest';
import { extraCount, letterTiles } from './tiles';

function seeded(seed: number) {
	let x = seed;
	return () => (x = (x * 9301 + 0.49297) % 1);
}

describe('letter tiles', () => {
	it.each([
		['bovtse', 3],
		['gåetie', 3],
		['jaa', 2],
		['sïjhtedh', 3],
		['Plaassja', 3],
		['ryöjnesjæjja', 3]
	] as const)('%s: every letter once, plus %i extras that are not letters of the word', (word, extras) => {
		for (let seed = 0; seed < 10; seed++) {
			const tiles = letterTiles(word, seeded(seed / 10));
			expect(tiles).toHaveLength([...word].length + extras);
			expect(extraCount(word)).toBe(extras);
			const letters = tiles.map((tile) => tile.letter);
			const rest = [...letters];
			for (const letter of word) rest.splice(rest.indexOf(letter), 1);
			expect(rest).toHaveLength(extras);
			for (const extra of rest) expect(word.toLowerCase()).not.toContain(extra);
			expect(new Set(tiles.map((tile) => tile.id)).size).toBe(tiles.length);
			// Never handed over in order.
			expect(letters.slice(0, [...word].length).join('')).not.toBe(word);
		}
	});

	it.each([
		['sïjhtedh', 'i'],
		['gæjhta', 'e'],
		['göökte', 'o'],
		['båatsoe', 'å']
	] as const)(
		'%s gets the letter a learner confuses with its special one (%s) as an extra',
		(word, extra) => {
			const letters = letterTiles(word, seeded(0.3)).map((tile) => tile.letter);
			if (word.includes(extra)) expect(letters.filter((l) => l === extra).length).toBeGreaterThan(0);
			else expect(letters).toContain(extra);
		}
	);

	it.each([
		['gæjhta', 'æ', 'ä'],
		['gäjhta', 'ä', 'æ'],
		['göökte', 'ö', 'ø'],
		['ryöjnesjæjja', 'æ', 'ä']
	] as const)(
		'%s: %s is a tile, its keyboard stand-in %s never is (it would read as the same letter)',
		(word, own, standIn) => {
			for (let seed = 0; seed < 10; seed++) {
				const letters = letterTiles(word, seeded(seed / 10)).map((tile) => tile.letter);
				expect(letters).toContain(own);
				expect(letters).not.toContain(standIn);
			}
		}
	);

	it('shows the special letters as tiles, so no keyboard is needed', () => {
		const letters = letterTiles('sïjhtedh', seeded(0.5)).map((tile) => tile.letter);
		expect(letters).toContain('ï');
	});
});
