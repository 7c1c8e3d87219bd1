/** Streak, this week's activity and a session's summary, from review times: encouraging, never punishing. */
import { CardState, Grade } from '$lib/srs/scale';
import { addDays, localDay } from '$lib/calendar/days';
import { wordKey, type ReviewLogRow } from './records';

/**
 * Days in a row with at least one answer, ending today, or yesterday when today is still open:
 * a streak is never lost before the day is over.
 */
export function streak(times: readonly number[], now: number): number {
	const days = new Set(times.map(localDay));
	// Stepped by the calendar: the evening of a clock change is not a day away from its morning.
	let back = days.has(localDay(now)) ? 0 : 1;
	let count = 0;
	while (days.has(localDay(addDays(now, -back)))) {
		count++;
		back++;
	}
	return count;
}

/** Answers on each of the last seven days, oldest first, today last. */
export function week(times: readonly number[], now: number): { day: string; answers: number }[] {
	const counts = new Map<string, number>();
	for (const t of times) counts.set(localDay(t), (counts.get(localDay(t)) ?? 0) + 1);
	return Array.from({ length: 7 }, (_, i) => {
		const day = localDay(addDays(now, i - 6));
		return { day, answers: counts.get(day) ?? 0 };
	});
}

export interface SessionSummary {
	/** Words seen before that came back (a known word's first production counts here too). */
	reviewed: number;
	/** Words met for the first time: counted by word, never by card. */
	learned: number;
	answers: number;
	/** Share of answers not rated Again (0–1); null with no answers. */
	accuracy: number | null;
	/** The words missed at least once (word keys, `${deckId}/${wordId}`), in the order first missed. */
	missed: string[];
}

/** A session's answers as the learner counts them: words, not the two cards each word has. */
export function summarize(rows: readonly ReviewLogRow[]): SessionSummary {
	const reviewed = new Set<string>();
	const learned = new Set<string>();
	const missed = new Set<string>();
	for (const row of rows) {
		const word = wordKey(row.cardId);
		const first = row.before === null || row.before.state === CardState.New;
		// A word is new when its recognition card is: a production card is met only once that is known.
		if (first && row.cardId.endsWith('/recognition')) learned.add(word);
		if (row.rating === Grade.Again) missed.add(word);
	}
	for (const row of rows) if (!learned.has(wordKey(row.cardId))) reviewed.add(wordKey(row.cardId));
	const right = rows.filter((row) => row.rating !== Grade.Again).length;
	return {
		reviewed: reviewed.size,
		learned: learned.size,
		answers: rows.length,
		accuracy: rows.length ? right / rows.length : null,
		missed: [...missed]
	};
}
