/**
 * What a learner's study leaves behind: a card's progress and one logged answer. These are domain
 * types; the database stores them as they are (src/lib/db), backups carry them, the session makes them.
 */
import type { Memory } from '$lib/srs/fsrs';

/** A word's two cards. Recognition: South Sami shown, meaning asked. Production: meaning shown, South Sami asked. */
export const WORD_DIRECTIONS = ['recognition', 'production'] as const;
export type WordDirection = (typeof WORD_DIRECTIONS)[number];
/**
 * Every kind of card: a word's two, and 'forms' — one card per word and form group (Morfa, its cases or
 * its persons), opened once the word is known (forms/practice.ts). Its id ends in `forms-<group>`.
 */
export const DIRECTIONS = [...WORD_DIRECTIONS, 'forms'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How an answer was judged; 'self' is a flashcard the learner graded. */
export const LOGGED_VERDICTS = ['correct', 'variant', 'typo', 'wrong', 'self'] as const;
export type LoggedVerdict = (typeof LOGGED_VERDICTS)[number];

/**
 * How an answer was given: chosen, built from letter tiles, typed, a flashcard graded, or chosen in a
 * live class game (live/game.ts).
 */
export const EXERCISES = ['choice', 'tiles', 'typing', 'flashcard', 'live'] as const;
export type Exercise = (typeof EXERCISES)[number];

/** A learner's progress on one card (one word in one direction). */
export interface CardProgress extends Memory {
	/** `${deckId}/${wordId}/${direction}` (see `studyCardId`): stable across deck edits. */
	id: string;
	deckId: string;
	wordId: string;
	direction: Direction;
	/** When the card was first introduced: counts new cards per day. */
	introduced: number;
	/**
	 * The card's rung on the ladder from choosing to typing (see `ladder.ts`): it climbs with every right
	 * answer and steps down with a miss. Absent in progress from before the ladder.
	 */
	rung?: number;
}

/** One answer, appended and never changed (undo deletes the row). */
export interface ReviewLogRow {
	id?: number;
	cardId: string;
	at: number;
	rating: number;
	verdict: LoggedVerdict;
	answer: string;
	elapsedMs: number;
	/** The learner said "I was right" after an automatic 'wrong'. */
	overruled?: boolean;
	/** The card's memory (and rung) before this answer, so undo can restore it exactly. */
	before: (Memory & { rung?: number }) | null;
	/** How the answer was given (absent in rows from before it was recorded): goals count typed answers. */
	exercise?: Exercise;
}

/** Which card a progress row belongs to: the part of it that is not memory. */
export type CardIdentity = Pick<CardProgress, 'id' | 'deckId' | 'wordId' | 'direction'>;

/** The progress key of one word in one direction. */
export function studyCardId(deckId: string, wordId: string, direction: WordDirection): string {
	return `${deckId}/${wordId}/${direction}`;
}

const FORMS_CARD = /^forms-([a-z]+)$/;

/** The progress key of one word's form group ("bovtse's cases"). */
export function formsCardId(deckId: string, wordId: string, group: string): string {
	return `${deckId}/${wordId}/forms-${group}`;
}

/** The form group of a forms card's id, else undefined. */
export function formsGroupOf(cardId: string): string | undefined {
	return FORMS_CARD.exec(cardId.slice(cardId.lastIndexOf('/') + 1))?.[1];
}

/** Reads a card id back into its parts; undefined for an id this app did not make. */
export function cardIdentity(cardId: string): CardIdentity | undefined {
	const [deckId, wordId, kind = '', ...rest] = cardId.split('/');
	if (rest.length || !deckId || !wordId) return undefined;
	if (FORMS_CARD.test(kind)) return { id: cardId, deckId, wordId, direction: 'forms' };
	if (!(WORD_DIRECTIONS as readonly string[]).includes(kind)) return undefined;
	return { id: cardId, deckId, wordId, direction: kind as WordDirection };
}

/** `${deckId}/${wordId}`: one word of one deck (its cards, its recording, its place in a class table). */
export function wordKeyOf(deckId: string, wordId: string): string {
	return `${deckId}/${wordId}`;
}

/** `${deckId}/${wordId}`: the word a card belongs to. Its two directions share it (siblings). */
export function wordKey(cardId: string): string {
	return cardId.slice(0, cardId.lastIndexOf('/'));
}

/** Both word card ids of a word key, recognition first (its forms cards are not among them). */
export function cardIdsOfWord(key: string): [string, string] {
	return [`${key}/recognition`, `${key}/production`];
}

/** One device setting as stored (study settings, the open session) and as a backup carries it. */
export interface Setting {
	key: string;
	value: unknown;
}
