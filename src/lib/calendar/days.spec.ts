import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayStart, daysBetween, localDay, startOfDay } from './days';
import { streak, week } from '$lib/study/activity';

// Node reads TZ on every date operation: each case runs in its own zone, and the set-up pins the default.
const pinned = process.env.TZ;
afterEach(() => {
	process.env.TZ = pinned;
});

/** The nights the clocks change in 2026 (last Sunday of March and of October), at both ends of a day. */
const CLOCK_CHANGES = ['Europe/Oslo', 'Europe/Stockholm'].flatMap((zone) =>
	[
		[2026, 2, 29],
		[2026, 2, 30],
		[2026, 9, 25],
		[2026, 9, 26]
	].flatMap(([y, m, d]) =>
		[
			[0, 30],
			[23, 30]
		].map(([h, min]) => ({ zone, y: y!, m: m!, d: d!, h: h!, min: min! }))
	)
);

const iso = (y: number, m: number, d: number) =>
	`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe.each(CLOCK_CHANGES)('$zone $y-$m-$d $h:$min', ({ zone, y, m, d, h, min }) => {
	const at = () => {
		process.env.TZ = zone;
		return new Date(y, m, d, h, min).getTime();
	};

	it('names the day and its midnight', () => {
		const now = at();
		expect(localDay(now)).toBe(iso(y, m, d));
		expect(startOfDay(now)).toBe(new Date(y, m, d).getTime());
		expect(dayStart(localDay(now))).toBe(startOfDay(now));
	});

	it('steps whole calendar days across the clock change', () => {
		const now = at();
		expect(localDay(addDays(now, -1))).toBe(iso(...ymd(new Date(y, m, d - 1))));
		expect(localDay(addDays(now, 1))).toBe(iso(...ymd(new Date(y, m, d + 1))));
		expect(daysBetween(addDays(now, -7), now)).toBe(7);
		expect(daysBetween(now, addDays(now, 3))).toBe(3);
		expect(daysBetween(now, now)).toBe(0);
	});

	it('lists seven different days in the week, today last', () => {
		const now = at();
		const days = week([], now).map((entry) => entry.day);
		expect(new Set(days).size).toBe(7);
		expect(days.at(-1)).toBe(iso(y, m, d));
		expect(days[0]).toBe(iso(...ymd(new Date(y, m, d - 6))));
	});

	it('counts a streak of answers on the days before, one a day, none lost to the hour', () => {
		const now = at();
		// An answer at 12:00 on each of the four days before today (not today: the streak still stands).
		const times = [1, 2, 3, 4].map((back) => new Date(y, m, d - back, 12).getTime());
		expect(streak(times, now)).toBe(4);
		expect(streak([...times, now], now)).toBe(5);
		// Answers late and early on both sides of the change: still one day each.
		const edges = [1, 2].flatMap((back) => [
			new Date(y, m, d - back, 0, 5).getTime(),
			new Date(y, m, d - back, 23, 55).getTime()
		]);
		expect(streak(edges, now)).toBe(2);
	});
});

function ymd(date: Date): [number, number, number] {
	return [date.getFullYear(), date.getMonth(), date.getDate()];
}

describe('days outside clock changes', () => {
	it.each([
		['2026-12-31', 1, '2027-01-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2026-03-01', -1, '2026-02-28'],
		['2026-10-26', -6, '2026-10-20']
	])('%s %i → %s', (day, step, expected) => {
		expect(localDay(addDays(dayStart(day), step))).toBe(expected);
	});
});
