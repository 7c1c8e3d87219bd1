/**
 * English for deck words the lexicon gives no English (lessons/english.tsv): the project's own
 * translations of the Norwegian gloss, reviewed, each row naming the gloss it translates (a word taught
 * in two senses, voerhtje "kråke" and "april", has a row for each). Shown marked as ours. No South Sami is added or changed. A row the lexicon no longer matches (the word, or that
 * Norwegian gloss, is gone, or the lexicon now has English of its own) stops the build.
 */
import type { Card } from '$lib/decks/deck';
import { lexiconKey, parseTsv, type Lexicon } from './lexicon';

export interface ProjectEnglish {
	lemma: string;
	pos: string;
	english: string[];
	/** The Norwegian gloss the English translates, as the lexicon has it. */
	norwegian: string;
}

export function parseEnglish(tsv: string): ProjectEnglish[] {
	return parseTsv(tsv).map((row) => ({
		lemma: (row.lemma ?? '').normalize('NFC'),
		pos: row.pos ?? '',
		english: (row.english ?? '')
			.split(';')
			.map((gloss) => gloss.trim())
			.filter(Boolean),
		norwegian: (row.norwegian ?? '').normalize('NFC')
	}));
}

/** Rows that do not fit the lexicon (or each other), each named. */
export function englishProblems(lexicon: Lexicon, rows: readonly ProjectEnglish[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const row of rows) {
		const key = lexiconKey(row.lemma, row.pos);
		const entry = lexicon.get(key);
		const where = `english.tsv: ${row.lemma} (${row.pos})`;
		if (seen.has(`${key}\u0000${row.norwegian}`))
			problems.push(`${where} is listed twice for "${row.norwegian}"`);
		seen.add(`${key}\u0000${row.norwegian}`);
		if (!row.english.length) problems.push(`${where} has no English`);
		if (!entry) problems.push(`${where} is not in the lexicon`);
		else if (!entry.glosses.nb.has(row.norwegian))
			problems.push(`${where}: the lexicon has no Norwegian "${row.norwegian}"`);
		else if (entry.en.length)
			problems.push(`${where}: the lexicon has English now (${entry.en.join('; ')}); drop the row`);
	}
	return problems;
}

/** The project's rows by lexicon word (lemma and part of speech). */
export function englishByWord(rows: readonly ProjectEnglish[]): Map<string, ProjectEnglish[]> {
	const byWord = new Map<string, ProjectEnglish[]>();
	for (const row of rows) {
		const key = lexiconKey(row.lemma, row.pos);
		byWord.set(key, [...(byWord.get(key) ?? []), row]);
	}
	return byWord;
}

/**
 * A card without English gets the project's, marked as such: the row for the Norwegian sense the card
 * shows (or the word's only row); a card with English is left alone.
 */
export function withProjectEnglish(card: Card, byWord: ReadonlyMap<string, readonly ProjectEnglish[]>): Card {
	if (card.en.length) return card;
	const rows = byWord.get(lexiconKey(card.sma, card.pos)) ?? [];
	const row = rows.find((r) => card.nb.includes(r.norwegian)) ?? (rows.length === 1 ? rows[0] : undefined);
	return row ? { ...card, en: [...row.english], enByProject: true } : card;
}
