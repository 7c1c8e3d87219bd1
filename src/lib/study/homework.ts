/**
 * Homework that aims at the due date. An assignment's session asks, after the cards FSRS has due and
 * the words not met yet, the cards still below the goal's recall on the due date that FSRS would not
 * bring back on an earlier day, weakest first, as long as one more right answer tonight would still raise that
 * recall. When none would (FSRS-6 gives
 * same-day reviews less and less: its short-term stability shrinks as stability grows), the pupil is
 * done for today and tomorrow's review, a day later, does what tonight no longer can.
 *
 * Only what is asked changes: every answer is scored by FSRS exactly as in any other session.
 */
import { Rating, recall, review, State, type Memory } from '$lib/srs/fsrs';
import { startOfDay } from '$lib/calendar/days';
import type { StudyCard } from './cards';
import { canBuild, type LearningPath } from './ladder';
import { formsGroupOf, wordKey } from './records';

/** One more answer tonight is worth it while it raises the recall on the due date by this much. */
export const WORTH_ANOTHER = 0.01;

export interface Aim {
	/** The end of the due day (assignment.ts, dueMoment). */
	dueAt: number;
	/** A recall goal's target, 0–100. */
	target: number;
	now: number;
	retention: number;
	/**
	 * A "typed" goal: the words (deck/word) written right already. The production cards of the others
	 * are asked again tonight, climbing the ladder to where they are written.
	 */
	written?: ReadonlySet<string>;
}

/** Would another right answer now still move this card's recall on the due date? */
export function worthAnother(memory: Memory, { dueAt, now, retention }: Aim): boolean {
	const options = { retention, fuzz: false };
	const after = review(memory, Rating.Good, now, options);
	return recall(after, dueAt, options) - recall(memory, dueAt, options) >= WORTH_ANOTHER;
}

/**
 * The assignment's cards to practise beyond those due, weakest on the due date first: met, not due now,
 * not coming due on a day before the due day, below the target on it, and still worth an answer.
 */
export function aimedCards(cards: readonly ({ id: string } & Memory)[], aim: Aim): string[] {
	const { dueAt, target, now, retention, written } = aim;
	const options = { retention, fuzz: false };
	// No wait between answers: a wait would end an evening with "come back tomorrow" minutes before the
	// card could be asked again. Sessions spread a word's two cards, and FSRS scores a same-day answer
	// by its short-term rule, whatever the gap.
	const waiting = cards.filter((card) => card.state !== State.New && card.due > now);
	if (written)
		return waiting
			.filter(
				(card) =>
					(card.id.endsWith('/production') || formsGroupOf(card.id) !== undefined) &&
					!written.has(wordKey(card.id))
			)
			.map((card) => card.id);
	// A card FSRS brings back on a day before the due day is left to that review (a day later teaches
	// more than another answer tonight); those it would ask on the due day or later are aimed at (on the
	// due day a pupil may study before the card comes due).
	const dueDay = startOfDay(dueAt);
	return waiting
		.filter((card) => card.due >= dueDay)
		.map((card) => ({ card, onDueDay: recall(card, dueAt, options) }))
		.filter(({ card, onDueDay }) => onDueDay * 100 < target && worthAnother(card, aim))
		.sort((a, b) => a.onDueDay - b.onDueDay)
		.map(({ card }) => card.id);
}

/**
 * The cards whose word this learner can ever write: on a path without typing only words that can be
 * built from tiles (a phrase cannot). A typed goal never aims at the others, which could never count.
 */
export function writableOn<T extends { id: string }>(
	progress: readonly T[],
	cards: readonly StudyCard[],
	path: LearningPath
): T[] {
	if (path.typing !== 'never') return [...progress];
	const unbuildable = new Set(cards.filter((card) => !canBuild(card.word.sma)).map((card) => card.id));
	return progress.filter((card) => !unbuildable.has(card.id));
}
