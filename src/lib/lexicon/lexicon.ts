/**
 * The reference lexicon as data: which South Sami words exist, with which part of speech, and which
 * glosses a card may use. Parsed from the bundled TSV files; no I/O here.
 */

export type GlossLanguage = 'nb' | 'sv' | 'en';

export interface LexiconEntry {
	sma: string;
	pos: string;
	/** Primary-sense glosses, in lexicon order. */
	nb: string[];
	sv: string[];
	en: string[];
	/** The Norwegian glosses of each other sense (the `nob_other` column), in lexicon order. */
	otherNb: string[][];
	/** Every gloss of every sense, per language: what a card's translation must be one of. */
	glosses: Record<GlossLanguage, Set<string>>;
	themes: string[];
	/** How many textbooks teach the word (the `books` column): a sign of how basic it is. */
	books: number;
}

export type Lexicon = Map<string, LexiconEntry>;

export function lexiconKey(sma: string, pos: string): string {
	return `${sma}\u0000${pos}`;
}

function split(field: string | undefined, separator: RegExp): string[] {
	return (field ?? '')
		.split(separator)
		.map((part) => part.trim().normalize('NFC'))
		.filter(Boolean);
}

/** Rows of a TSV file with a header line, as records by column name. */
export function parseTsv(text: string): Record<string, string>[] {
	const [header, ...lines] = text.replace(/\r/g, '').split('\n').filter(Boolean);
	const columns = (header ?? '').split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
	});
}

/** Builds the lexicon from sma-lexicon.tsv and supplement.tsv (same columns). */
export function parseLexicon(...tables: string[]): Lexicon {
	const lexicon: Lexicon = new Map();
	for (const row of tables.flatMap(parseTsv)) {
		const sma = row.sma!.normalize('NFC');
		const nb = split(row.nob, /;/);
		const sv = split(row.swe, /;/);
		const en = split(row.eng, /;/);
		lexicon.set(lexiconKey(sma, row.pos!), {
			sma,
			pos: row.pos!,
			nb,
			sv,
			en,
			otherNb: split(row.nob_other, /\|/).map((sense) => split(sense, /;/)),
			glosses: { nb: new Set([...nb, ...split(row.nob_other, /[;|]/)]), sv: new Set(sv), en: new Set(en) },
			themes: split(row.themes, /\s+/),
			books: split(row.books, /\s+/).length
		});
	}
	return lexicon;
}

/** South Sami texts of the interface glossary (ui-glossary.tsv): the only source of South Sami UI text. */
export function parseGlossary(text: string): Map<string, string> {
	return new Map(parseTsv(text).map((row) => [row.msgid_en!, row.sma!.normalize('NFC')]));
}
