/**
 * The lexicon as the app serves it (`/lexicon.json`): one compact row per word, so the browser can
 * search all ~15,000 words offline (teachers build decks from it). Every gloss a card may use is here.
 */
import type { Theme } from '$lib/decks/deck';
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

/**
 * The app's own themes a word belongs to, from Oahpa's semantic classes (grouped as Oahpa's Leksa sets
 * group them): shown in the learner's language, never the classes' English codes. Classes without a
 * theme of the app (ABSTRACTS, CONCRETES, ...) show nothing.
 */
const THEME_OF_CLASS: readonly [RegExp, Theme][] = [
	[/^(REINDEER|HERDING|NATURE_PLACE_REINDEER)/, 'reindeer'],
	[/^ANIMAL/, 'animals'],
	[/^(BODY|ILLNESS)/, 'body'],
	[/^(FOOD|DRINK|TRAD_FOOD|SOUP_A)/, 'food'],
	[/^(CLOTHING|CLOTHES|COLOUR|TRAD_CLOTHING)/, 'clothes'],
	[/^(WEATHER|SNOW)/, 'weather'],
	[/^TIME/, 'time'],
	[/^(SCHOOL|EDUCATION)/, 'school'],
	[/^NATURE/, 'nature'],
	[/^FAMILY/, 'family'],
	[/^(VÆTNOE|HANDICRAFTS)/, 'duedtie'],
	[/^(KITCHEN|BATHROOM|SLEEPINGROOM|BUILDING|ROOM|FURNITURE|HOME_ACTIVITY)/, 'home']
];

export function themesOfWord(word: Pick<Word, 'themes'>): Theme[] {
	const found = new Set<Theme>();
	for (const theme of word.themes) {
		const match = THEME_OF_CLASS.find(([pattern]) => pattern.test(theme));
		if (match) found.add(match[1]);
	}
	return [...found];
}
