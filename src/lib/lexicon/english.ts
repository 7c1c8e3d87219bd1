/**
 * English for deck words the lexicon gives no English (lessons/english.tsv): the project's own
 * translations of the Norwegian gloss, reviewed, each row naming the gloss it translates. Shown marked as
 * ours. No South Sami is added or changed. A row the lexicon no longer matches (the word, or that
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
		if (seen.has(key)) problems.push(`${where} is listed twice`);
		seen.add(key);
		if (!row.english.length) problems.push(`${where} has no English`);
		if (!entry) problems.push(`${where} is not in the lexicon`);
		else if (!entry.glosses.nb.has(row.norwegian))
			problems.push(`${where}: the lexicon has no Norwegian "${row.norwegian}"`);
		else if (entry.en.length)
			problems.push(`${where}: the lexicon has English now (${entry.en.join('; ')}); drop the row`);
	}
	return problems;
}

/** A card without English gets the project's, marked as such; a card with English is left alone. */
export function withProjectEnglish(card: Card, rows: ReadonlyMap<string, ProjectEnglish>): Card {
	if (card.en.length) return card;
	const row = rows.get(lexiconKey(card.sma, card.pos));
	return row ? { ...card, en: [...row.english], enByProject: true } : card;
}
