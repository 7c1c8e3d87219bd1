/**
 * Letter tiles: a word's letters shuffled, with a few extra letters, to build the word by touch. The
 * special letters (ï æ ö å) come as tiles, so no keyboard is needed, and the extras are the letters a
 * learner confuses (i for ï, e for æ), so building stays a real exercise. The word comes as the
 * learner's spelling profile writes it (ä in Sweden), and a keyboard stand-in (ä for æ, ø for ö) is never
 * an extra: it would be a second tile that looks like, or means, the same letter.
 */
import { shuffle } from '$lib/data/shuffle';

export interface Tile {
	/** Stable within one question: the same letter can appear on several tiles. */
	id: number;
	letter: string;
}

/** Letters that are mistaken for each other in South Sami spelling. */
const CONFUSED: Record<string, string[]> = {
	ï: ['i'],
	i: ['ï'],
	æ: ['e'],
	ä: ['e'],
	e: ['æ'],
	ö: ['o'],
	o: ['ö'],
	å: ['a', 'o'],
	a: ['å']
};

/** Common letters of South Sami words, for extras when the word has none of the confusable ones. */
const COMMON = ['a', 'e', 'i', 'o', 'n', 's', 't', 'j', 'h', 'k', 'r', 'l', 'm', 'g', 'v', 'd'];

/** How many extra tiles a word gets: two for short words, three for longer ones. */
export function extraCount(word: string): number {
	return [...word].length <= 4 ? 2 : 3;
}

/** The tiles for `word`, shuffled so they never spell the word in order. */
export function letterTiles(word: string, random: () => number = Math.random): Tile[] {
	const letters = [...word];
	const lower = new Set(letters.map((letter) => letter.toLowerCase()));
	const extras: string[] = [];
	const wanted = extraCount(word);
	const candidates = [
		...letters.flatMap((letter) => CONFUSED[letter.toLowerCase()] ?? []),
		...shuffle(COMMON, random)
	];
	for (const letter of candidates) {
		if (extras.length === wanted) break;
		// An extra is never a letter of the word: with it the word could be built two ways.
		if (!lower.has(letter) && !extras.includes(letter)) extras.push(letter);
	}
	const all = [...letters, ...extras];
	let order = shuffle(all, random);
	for (let tries = 0; tries < 5 && order.slice(0, letters.length).join('') === word; tries++) {
		order = shuffle(all, random);
	}
	return order.map((letter, id) => ({ id, letter }));
}
