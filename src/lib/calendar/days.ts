/**
 * Calendar days in the learner's own time zone. A day is 23 or 25 hours long on the nights the clocks
 * change, so days are always stepped by the calendar (`new Date(y, m, d + n)`), never by adding
 * milliseconds. `MS_PER_DAY` is for durations only (FSRS intervals, "in 3 days").
 */

/** 24 hours, as a duration. Never use it to step from one calendar day to another. */
export const MS_PER_DAY = 86_400_000;

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function localDay(ts: number): string {
	const d = new Date(ts);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of the day of `ts`. */
export function startOfDay(ts: number): number {
	const d = new Date(ts);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight of the day `days` calendar days after (or, negative, before) the day of `ts`. */
export function addDays(ts: number, days: number): number {
	const d = new Date(ts);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** Local midnight of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d).getTime();
}

/** Whole calendar days from the day of `from` to the day of `to` (0 on the same day, negative before). */
export function daysBetween(from: number, to: number): number {
	// Counted on UTC dates built from the local calendar dates: every one of those days is 24 hours long.
	const utc = (ts: number) => {
		const d = new Date(ts);
		return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
	};
	return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
