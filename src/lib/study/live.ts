/**
 * A live class game's answer as a review on the player's own device (#27): a question that showed the
 * meaning (choose the South Sami word) reviews the word's production card, one that showed the word
 * its recognition card. Right is Good and wrong Again, as a chosen answer anywhere (grading.ts); the
 * log says 'live', so FSRS learns from class time too and the learner's history says where it was.
 */
import { memoryOf, newMemory, Rating, review } from '$lib/srs/fsrs';
import type { QuestionKind } from '$lib/live/game';
import { climb, rungOf } from './ladder';
import { cardIdentity, type CardProgress, type ReviewLogRow } from './records';

export interface LiveAnswered {
	/** `${deckId}/${wordId}` */
	key: string;
	kind: QuestionKind;
	right: boolean;
	/** The option's text as chosen (the log keeps what was answered). */
	answer: string;
	elapsedMs: number;
}

/** The card a live question reviews, or undefined for a key this app did not make. */
export function liveCardId({ key, kind }: Pick<LiveAnswered, 'key' | 'kind'>): string | undefined {
	const id = `${key}/${kind === 'choose-sma' ? 'production' : 'recognition'}`;
	return cardIdentity(id) ? id : undefined;
}

export function liveReview(
	before: CardProgress | undefined,
	answered: LiveAnswered,
	now: number,
	retention: number
): { progress: CardProgress; row: Omit<ReviewLogRow, 'id' | 'cardId'> } | undefined {
	const id = liveCardId(answered);
	const identity = id && cardIdentity(id);
	if (!identity) return undefined;
	const rating = answered.right ? Rating.Good : Rating.Again;
	const memory = review(before ?? newMemory(now), rating, now, { retention, fuzz: true });
	const rungBefore = rungOf(before);
	return {
		progress: {
			...identity,
			introduced: before?.introduced ?? now,
			...memory,
			rung: climb(rungBefore, rating)
		},
		row: {
			at: now,
			rating,
			verdict: answered.right ? 'correct' : 'wrong',
			answer: answered.answer,
			elapsedMs: Math.round(answered.elapsedMs),
			before: before ? { ...memoryOf(before), rung: rungBefore } : null,
			exercise: 'live'
		}
	};
}
