/**
 * What a learner can see of their own progress: words known and still being learned, the days they
 * studied, the reviews coming in the next week, and each deck's share. Plain arithmetic on the stored
 * card memories and answer times, with the clock passed in.
 */
import { addDays, localDay, startOfDay } from '$lib/calendar/days';
import { State } from '$lib/srs/fsrs';
import { wordKey, type CardProgress } from './records';

/**
 * A word is *known* when every card of it that has been met is in FSRS's review state (past its first
 * learning steps), was last answered on a later day than it was met, and would be recalled today with a
 * chance of at least 90 %; every other word met is
 * *being learned*. The same threshold as a teacher's "known by the due date" (assignments).
 */
export const KNOWN_RECALL = 0.9;

export interface WordCounts {
	known: number;
	learning: number;
}

/** Each met word as known or learning; `recall(card)` is the card's recall probability now. */
export function wordStates(
	cards: readonly CardProgress[],
	recall: (card: CardProgress) => number
): Map<string, 'known' | 'learning'> {
	const states = new Map<string, 'known' | 'learning'>();
	for (const card of cards) {
		// A word is known by its two cards; its forms, opened once it is known, never make it "learning" again.
		if (card.direction === 'forms') continue;
		const key = wordKey(card.id);
		// Right on two days at least: one lucky "easy" on the day a word was met is not knowing it.
		const days = card.lastReview != null && startOfDay(card.lastReview) > startOfDay(card.introduced);
		const known = days && card.state === State.Review && recall(card) >= KNOWN_RECALL;
		if (!known) states.set(key, 'learning');
		else if (!states.has(key)) states.set(key, 'known');
	}
	return states;
}

export function countWords(states: ReadonlyMap<string, 'known' | 'learning'>, deckId?: string): WordCounts {
	const counts = { known: 0, learning: 0 };
	for (const [key, state] of states) {
		if (deckId === undefined || key.startsWith(`${deckId}/`)) counts[state]++;
	}
	return counts;
}

/** Answers per day for the `weeks` weeks up to today, oldest first, whole weeks starting on Monday. */
export function studyDays(
	answerTimes: readonly number[],
	now: number,
	weeks = 12
): { day: string; answers: number }[] {
	const today = startOfDay(now);
	// Back to the Monday `weeks - 1` weeks ago (getDay: Sunday 0).
	const weekday = (new Date(today).getDay() + 6) % 7;
	const first = addDays(today, -weekday - 7 * (weeks - 1));
	const counts = new Map<string, number>();
	for (const at of answerTimes)
		if (at >= first) counts.set(localDay(at), (counts.get(localDay(at)) ?? 0) + 1);
	const days: { day: string; answers: number }[] = [];
	for (let at = first; at <= today; at = addDays(at, 1))
		days.push({ day: localDay(at), answers: counts.get(localDay(at)) ?? 0 });
	return days;
}

/**
 * How many words come up for review on each of the next `days` days (today includes what is overdue).
 * A word counts once a day, on the day its first card is due.
 */
export function forecast(
	cards: readonly Pick<CardProgress, 'id' | 'due'>[],
	now: number,
	days = 7
): number[] {
	const today = startOfDay(now);
	const firstDue = new Map<string, number>();
	for (const card of cards) {
		const key = wordKey(card.id);
		firstDue.set(key, Math.min(firstDue.get(key) ?? Infinity, card.due));
	}
	const counts = new Array<number>(days).fill(0);
	for (const due of firstDue.values()) {
		const index = due < addDays(today, 1) ? 0 : Math.floor((startOfDay(due) - today) / 86_400_000 + 0.5);
		if (index < days) counts[index]!++;
	}
	return counts;
}

/** How many days since the learner last answered (Infinity when never). */
export function daysAway(lastAnswer: number | undefined, now: number): number {
	if (lastAnswer === undefined) return Infinity;
	return Math.round((startOfDay(now) - startOfDay(lastAnswer)) / 86_400_000);
}

/** Back after two weeks or more: a short catch-up of reviews first, no new words that day. */
export const LONG_BREAK_DAYS = 14;
