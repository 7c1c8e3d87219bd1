/** The deck format Lïeredh serves at /decks/index.json and /decks/<id>.json (format 1, public). */
import type { CardAudio } from '$lib/sound/voice';

export const DECK_FORMAT = 1;

export const THEMES = [
	// The beginner path: greetings, me and you, questions, the verbs, describing words; then the
	// numbers 0–20, early, since every class counts (decks sort by theme in this order, then level).
	'basics',
	'numbers',
	'reindeer',
	'places',
	'local',
	'family',
	'body',
	'animals',
	'food',
	'clothes',
	'weather',
	'time',
	'school',
	'home',
	'nature',
	'duedtie',
	// Teachers' own decks, made on their device from the lexicon (never in /decks/index.json).
	'own'
] as const;
export type Theme = (typeof THEMES)[number];

export interface Localized {
	nb: string;
	sv: string;
	en: string;
}

export interface Card {
	/** Stable within its deck: progress is keyed by it, so it survives edits of the deck. */
	id: string;
	sma: string;
	/** Other accepted spellings, each itself a lexicon word. */
	variants: string[];
	pos: string;
	/** Glosses, primary first; `en` may be empty where the lexicon has no English. */
	nb: string[];
	sv: string[];
	en: string[];
	emoji?: string;
	/**
	 * A picture that shows the word's meaning unambiguously (a same-origin URL of a bundled OpenMoji
	 * drawing, from lessons/pictures.tsv): absent where no picture fits.
	 */
	picture?: string;
	/**
	 * Every recording of the word, from lessons/voices/ (same-origin URLs under /voices/): absent where
	 * nobody has recorded it. Sound is people's: each names its speaker.
	 */
	audio?: CardAudio[];
	note?: Localized;
	/** The English is the Lïeredh project's translation of the Norwegian (lessons/english.tsv), not the lexicon's. */
	enByProject?: true;
	/** Other South Sami words sharing one of the card's glosses, per language: right answers too. */
	also?: Partial<Record<'nb' | 'sv' | 'en', string[]>>;
	/**
	 * Every gloss of the card's sense per language, the shown ones first (at most 3 are shown): right
	 * answers when the card asks for the meaning. Present only where the lexicon has more than is shown.
	 */
	accept?: Partial<Record<'nb' | 'sv' | 'en', string[]>>;
	/** Real words a learner could type by mistake (one edit or keyboard letters away), with their glosses. */
	near?: NearWord[];
	/**
	 * A Numra card (numbers, the clock, dates from lessons/forms/numra.tsv): its number, time or date in
	 * digits. The glosses show it (7, 8:30, 17.5.) and a learner answers it in digits, however written.
	 */
	numra?: { kind: 'number' | 'clock' | 'date'; digits: string };
}

/** A lexicon word close in spelling to a card's word: typing it is wrong, and the feedback says what it means. */
export interface NearWord {
	sma: string;
	nb: string[];
	sv: string[];
	en: string[];
}

export interface Deck {
	format: typeof DECK_FORMAT;
	id: string;
	title: Localized & { sma?: string };
	theme: Theme;
	level: number;
	description: Localized;
	cards: Card[];
	/**
	 * On the device only, never served: an assignment's deck whose words are practised in this form
	 * group (teach/assignment.ts, AssignedDeck `forms`), not as words.
	 */
	formsGroup?: string;
}

export interface DeckSummary {
	id: string;
	title: Deck['title'];
	theme: Theme;
	level: number;
	description: Localized;
	cards: number;
	url: string;
	/** How many of its cards have a recording (absent when none has). */
	voiced?: number;
}

export interface DeckIndex {
	format: typeof DECK_FORMAT;
	decks: DeckSummary[];
}

export function summarize(deck: Deck): DeckSummary {
	const { id, title, theme, level, description } = deck;
	const voiced = deck.cards.filter((card) => card.audio?.length).length;
	return {
		id,
		title,
		theme,
		level,
		description,
		cards: deck.cards.length,
		url: `/decks/${id}.json`,
		...(voiced ? { voiced } : {})
	};
}
