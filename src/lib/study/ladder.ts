/**
 * The ladder from recognising a word to writing it. Each card has a rung that climbs with every right
 * answer and steps down with a miss; the rung and the learner's typing choice decide the exercise.
 *
 * | rung | recognition (South Sami shown)  | production (meaning shown)                  |
 * | ---- | ------------------------------- | ------------------------------------------- |
 * | 0    | choose the meaning              | choose the South Sami word                   |
 * | 1    | choose the meaning              | build it from letter tiles                   |
 * | 2    | type the meaning (if typing on) | type it (typing on), else tiles              |
 *
 * "Typing: always" types from a word's first exercise in both directions.
 *
 * A word that cannot be built from tiles (a phrase, a long compound) is chosen instead. A production
 * card is only met on a later day than its recognition card (queue.ts), so a word climbs over days:
 * seen and chosen on day one, chosen and built the next, typed once it is known.
 */
import { Rating, type Grade } from '$lib/srs/fsrs';
import type { Direction, Exercise } from './records';

/** How far the ladder goes: typing from the start, after the tiles, or never (children). */
export const TYPING_CHOICES = ['always', 'after-tiles', 'never'] as const;
export type TypingChoice = (typeof TYPING_CHOICES)[number];

export function isTypingChoice(value: unknown): value is TypingChoice {
	return typeof value === 'string' && (TYPING_CHOICES as readonly string[]).includes(value);
}

/** How many rungs there are (0, 1, 2). */
export const RUNGS = 3;
const TOP = RUNGS - 1;

/** Who is learning: a child never has to type, and gets a shorter session. */
export interface LearningPath {
	child: boolean;
	typing: TypingChoice;
}

export const ADULT_PATH: LearningPath = { child: false, typing: 'after-tiles' };
export const CHILD_PATH: LearningPath = { child: true, typing: 'never' };

/** A card's rung: stored, or for progress from before the ladder, read from its memory. */
export function rungOf(progress: { rung?: number; reps: number; lapses: number } | undefined): number {
	if (!progress) return 0;
	if (progress.rung !== undefined) return Math.min(TOP, Math.max(0, progress.rung));
	return Math.min(TOP, Math.max(0, progress.reps - progress.lapses));
}

/** The rung after an answer: up after Good or Easy, down after Again, unchanged after Hard. */
export function climb(rung: number, rating: Grade): number {
	if (rating === Rating.Again) return Math.max(0, rung - 1);
	if (rating === Rating.Hard) return rung;
	return Math.min(TOP, rung + 1);
}

/** Words a child can build from tiles: one word of letters, short enough for a phone's width. */
export function canBuild(sma: string): boolean {
	return /^\p{L}{2,12}$/u.test(sma);
}

export interface Rungs {
	direction: Direction;
	rung: number;
	typing: TypingChoice;
	/** The word can be built from letter tiles. */
	buildable: boolean;
	/** The learner grades themselves with flashcards. */
	flashcards: boolean;
}

/** The exercise for a card on its rung. */
export function exerciseOn({ direction, rung, typing, buildable, flashcards }: Rungs): Exercise {
	if (flashcards) return 'flashcard';
	const canType = typing !== 'never';
	// "Always" types from a word's first exercise: on day one only recognition cards are met.
	if (typing === 'always') return 'typing';
	if (direction === 'recognition') return rung >= TOP && canType ? 'typing' : 'choice';
	if (rung === 0) return 'choice';
	// A word too long for tiles is chosen on the tile rung, and typed above it when typing is on.
	if (rung === 1 || !canType) return buildable ? 'tiles' : 'choice';
	return 'typing';
}

export interface Listening {
	direction: Direction;
	exercise: Exercise;
	rung: number;
	/** Answers the card has had (alternates production between reading and hearing). */
	reps: number;
	/** Someone has recorded the word. */
	voiced: boolean;
	child: boolean;
}

/**
 * When a voiced word is asked by ear, the written prompt hidden:
 * - recognition, hear → choose the meaning (with pictures where all options have one): always for a
 *   child (who may not read yet: a voiced deck can be studied by ear and picture alone), and on the
 *   second choice rung for an adult (after reading it once, before typing it);
 * - production above the first rung, every other answer, hear → build it from tiles or type it: the
 *   spelling of ï, æ, ö and the diphthongs is learned from the sound, not only from the meaning.
 * Flashcards and the intro card are never by ear; a word nobody has recorded never is.
 */
export function byEar({ direction, exercise, rung, reps, voiced, child }: Listening): boolean {
	if (!voiced || exercise === 'flashcard') return false;
	if (direction === 'recognition') return exercise === 'choice' && (child || rung === 1);
	return rung >= 1 && exercise !== 'choice' && reps % 2 === 1;
}
