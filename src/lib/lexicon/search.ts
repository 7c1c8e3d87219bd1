/**
 * Searching the whole lexicon as a teacher types: South Sami, Norwegian, Swedish or English, without
 * caring about diacritics ("giele" finds gïele, "ryojnesjaejja" and "ryöjnesjäjja" find ryöjnesjæjja).
 * Everything is folded once when the index is built, so a keystroke is one pass over plain strings.
 */
import type { Word } from './compact';

/** Lower case, no diacritics; æ/ä → ae, ø/ö → o, so both keyboards and plain ASCII meet. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.toLowerCase()
		.replace(/a\u0308/g, 'ae') // ä, decomposed
		.replace(/\p{M}/gu, '')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.trim();
}

interface Entry {
	word: Word;
	sma: string;
	/** Every gloss, folded, in all languages. */
	glosses: string[];
}

export interface SearchIndex {
	entries: Entry[];
}

export function buildIndex(words: readonly Word[]): SearchIndex {
	return {
		entries: words.map((word) => ({
			word,
			sma: fold(word.sma),
			glosses: [...word.nb, ...word.sv, ...word.en, ...word.nbOther].map(fold)
		}))
	};
}

/** Best first: the word itself, then words starting so, then exact, starting and containing glosses. */
function score(entry: Entry, query: string): number {
	if (entry.sma === query) return 0;
	if (entry.glosses.includes(query)) return 1;
	if (entry.sma.startsWith(query)) return 2;
	if (entry.glosses.some((gloss) => gloss.startsWith(query))) return 3;
	if (entry.sma.includes(query)) return 4;
	if (entry.glosses.some((gloss) => gloss.includes(query))) return 5;
	return -1;
}

export function search(index: SearchIndex, text: string, limit = 40): Word[] {
	const query = fold(text);
	if (!query) return [];
	const ranked: [number, number, Word][] = [];
	for (const [position, entry] of index.entries.entries()) {
		const rank = score(entry, query);
		if (rank >= 0) ranked.push([rank, position, entry.word]);
	}
	ranked.sort((a, b) => a[0] - b[0] || a[2].sma.length - b[2].sma.length || a[1] - b[1]);
	return ranked.slice(0, limit).map(([, , word]) => word);
}

/** The lexicon word a pasted line names: exact first, then ignoring case and diacritics. */
export function findWord(index: SearchIndex, sma: string): Word | undefined {
	const exact = sma.normalize('NFC').trim();
	const folded = fold(exact);
	return (
		index.entries.find((entry) => entry.word.sma === exact)?.word ??
		index.entries.find((entry) => entry.sma === folded)?.word
	);
}
