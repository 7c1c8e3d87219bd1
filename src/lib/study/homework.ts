/**
 * Homework that aims at the due date. An assignment's session asks, after the cards FSRS has due and
 * the words not met yet, the cards still below the goal's recall on the due date, weakest first, as
 * long as one more right answer tonight would still raise that recall. When none would (FSRS-6 gives
 * same-day reviews less and less: its short-term stability shrinks as stability grows), the pupil is
 * done for today and tomorrow's review, a day later, does what tonight no longer can.
 *
 * Only what is asked changes: every answer is scored by FSRS exactly as in any other session.
 */
import { Rating, recall, review, State, type Memory } from '$lib/srs/fsrs';

/** Not the same card again within this long: answers a few minutes apart teach more than in a row. */
export const AIM_GAP_MS = 10 * 60_000;
/** One more answer tonight is worth it while it raises the recall on the due date by this much. */
export const WORTH_ANOTHER = 0.01;

export interface Aim {
	/** The end of the due day (assignment.ts, dueMoment). */
	dueAt: number;
	/** The goal's recall target, 0–100. */
	target: number;
	now: number;
	retention: number;
}

/** Would another right answer now still move this card's recall on the due date? */
export function worthAnother(memory: Memory, { dueAt, now, retention }: Aim): boolean {
	const options = { retention, fuzz: false };
	const after = review(memory, Rating.Good, now, options);
	return recall(after, dueAt, options) - recall(memory, dueAt, options) >= WORTH_ANOTHER;
}

/**
 * The assignment's cards to practise beyond those due, weakest on the due date first: met, not due now,
 * below the target on the due date, not answered in the last ten minutes, and still worth an answer.
 */
export function aimedCards(cards: readonly ({ id: string } & Memory)[], aim: Aim): string[] {
	const { dueAt, target, now, retention } = aim;
	const options = { retention, fuzz: false };
	return cards
		.filter((card) => card.state !== State.New && card.due > now)
		.filter((card) => card.lastReview === null || now - card.lastReview >= AIM_GAP_MS)
		.map((card) => ({ card, onDueDay: recall(card, dueAt, options) }))
		.filter(({ card, onDueDay }) => onDueDay * 100 < target && worthAnother(card, aim))
		.sort((a, b) => a.onDueDay - b.onDueDay)
		.map(({ card }) => card.id);
}
