/** Streak, this week's activity and a session's summary, from review times: encouraging, never punishing. */
import { CardState, Grade } from '$lib/srs/scale';
import type { ReviewLogRow } from '$lib/db/database';

const DAY = 86_400_000;

/** The learner's local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(ts: number): string {
	const d = new Date(ts);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of the day of `ts`. */
export function startOfDay(ts: number): number {
	const d = new Date(ts);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/**
 * Days in a row with at least one answer, ending today, or yesterday when today is still open:
 * a streak is never lost before the day is over.
 */
export function streak(times: readonly number[], now: number, dayOf = localDay): number {
	const days = new Set(times.map(dayOf));
	let cursor = now;
	if (!days.has(dayOf(cursor))) cursor -= DAY;
	let count = 0;
	while (days.has(dayOf(cursor))) {
		count++;
		cursor -= DAY;
	}
	return count;
}

/** Answers on each of the last seven days, oldest first, today last. */
export function week(
	times: readonly number[],
	now: number,
	dayOf = localDay
): { day: string; answers: number }[] {
	const counts = new Map<string, number>();
	for (const t of times) counts.set(dayOf(t), (counts.get(dayOf(t)) ?? 0) + 1);
	return Array.from({ length: 7 }, (_, i) => {
		const day = dayOf(now - (6 - i) * DAY);
		return { day, answers: counts.get(day) ?? 0 };
	});
}

export interface SessionSummary {
	/** Words seen before that came back for review. */
	reviewed: number;
	/** Words met for the first time. */
	learned: number;
	answers: number;
	/** Share of answers not rated Again (0–1); null with no answers. */
	accuracy: number | null;
}

export function summarize(rows: readonly ReviewLogRow[]): SessionSummary {
	const reviewed = new Set<string>();
	const learned = new Set<string>();
	for (const row of rows) {
		if (row.before === null || row.before.state === CardState.New) learned.add(row.cardId);
		else if (!learned.has(row.cardId)) reviewed.add(row.cardId);
	}
	const right = rows.filter((row) => row.rating !== Grade.Again).length;
	return {
		reviewed: reviewed.size,
		learned: learned.size,
		answers: rows.length,
		accuracy: rows.length ? right / rows.length : null
	};
}
