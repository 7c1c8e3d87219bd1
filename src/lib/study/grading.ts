/**
 * How an answer becomes an FSRS rating.
 *
 * | answer                                         | rating |
 * | ---------------------------------------------- | ------ |
 * | wrong (or "I don't know")                       | Again  |
 * | typed with one slip ('typo')                    | Hard   |
 * | chosen correctly (multiple choice)              | Good   |
 * | typed correctly, or with a keyboard variant    | Good   |
 * | typed correctly and quickly                     | Easy   |
 * | "I was right" after an automatic 'wrong'        | Good   |
 * | flashcards                                      | the learner's own button |
 *
 * A keyboard variant (ä for æ, ø for ö, i for ï) is not a memory failure, so it rates like a correct answer;
 * the UI still shows the standard spelling.
 */
import { Rating, type Grade } from '$lib/srs/fsrs';
import type { Verdict } from '$lib/answers/check';
import type { Exercise } from './records';

/** Typed answers this fast count as effortless: 3 s to read, plus 0.25 s a letter typed. */
export function quickLimitMs(answerLength: number): number {
	return 3000 + 250 * answerLength;
}

export function ratingFor(
	exercise: Exclude<Exercise, 'flashcard'>,
	verdict: Verdict,
	elapsedMs: number,
	answerLength: number
): Grade {
	if (verdict === 'wrong') return Rating.Again;
	if (verdict === 'typo') return Rating.Hard;
	if (exercise === 'typing' && verdict === 'correct' && elapsedMs <= quickLimitMs(answerLength))
		return Rating.Easy;
	return Rating.Good;
}

/** The rating an overruled answer gets: the learner says they were right. */
export const OVERRULED_RATING: Grade = Rating.Good;
