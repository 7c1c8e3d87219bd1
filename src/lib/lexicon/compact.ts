/**
 * The lexicon as the app serves it (`/lexicon.json`): one compact row per word, so the browser can
 * search all ~15,000 words offline (teachers build decks from it). Every gloss a card may use is here.
 */
import type { Lexicon } from './lexicon';

export const LEXICON_FORMAT = 1;

export const LEXICON_ATTRIBUTION =
	'Work by Giellatekno at UiT, Divvun at the Norwegian Saami Parliament, and members of the language communities.';
export const LEXICON_LICENCES = [
	'GiellaLT dict-sma-mul, dict-nob-sma: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
	'Giellatekno Oahpa data: CC BY 3.0 NO (https://creativecommons.org/licenses/by/3.0/no/)'
];

/** [sma, pos, nb, sv, en, themes, other Norwegian glosses] — arrays joined by ';' to keep the file small. */
export type CompactRow = [string, string, string, string, string, string, string];

export interface CompactLexicon {
	format: typeof LEXICON_FORMAT;
	attribution: string;
	licences: string[];
	columns: ['sma', 'pos', 'nb', 'sv', 'en', 'themes', 'nbOther'];
	words: CompactRow[];
}

/** A word as the browser uses it. */
export interface Word {
	sma: string;
	pos: string;
	nb: string[];
	sv: string[];
	en: string[];
	themes: string[];
	/** Norwegian glosses of other senses: found by search, never shown as the translation. */
	nbOther: string[];
}

export function toCompact(lexicon: Lexicon): CompactLexicon {
	const words = [...lexicon.values()]
		.map((entry): CompactRow => {
			const primary = new Set(entry.nb);
			const other = [...entry.glosses.nb].filter((gloss) => !primary.has(gloss));
			return [
				entry.sma,
				entry.pos,
				entry.nb.join(';'),
				entry.sv.join(';'),
				entry.en.join(';'),
				entry.themes.join(';'),
				other.join(';')
			];
		})
		.sort((a, b) => a[0].localeCompare(b[0], 'nb') || a[1].localeCompare(b[1]));
	return {
		format: LEXICON_FORMAT,
		attribution: LEXICON_ATTRIBUTION,
		licences: LEXICON_LICENCES,
		columns: ['sma', 'pos', 'nb', 'sv', 'en', 'themes', 'nbOther'],
		words
	};
}

const list = (field: string) => (field ? field.split(';') : []);

export function wordsOf(compact: CompactLexicon): Word[] {
	return compact.words.map(([sma, pos, nb, sv, en, themes, nbOther]) => ({
		sma,
		pos,
		nb: list(nb),
		sv: list(sv),
		en: list(en),
		themes: list(themes),
		nbOther: list(nbOther)
	}));
}

/** Oahpa's semantic classes of a word, readable: MORFAS only marks words used in its grammar drills. */
export function readableThemes(word: Pick<Word, 'themes'>): string[] {
	return word.themes
		.filter((theme) => theme !== 'MORFAS')
		.map((theme) => theme.toLowerCase().replace(/_/g, ' '));
}
