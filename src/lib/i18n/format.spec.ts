import { describe, expect, it } from 'vitest';
import { formatCount, weekday } from './format';

const TAGS = ['nb-NO', 'sv-SE', 'en-GB'];

describe('formatCount: counts written without Intl, exactly as Intl writes them', () => {
	it.each(
		TAGS.flatMap((tag) =>
			[0, 7, 26, 999, 1000, 1234, 12_345, 100_000, 1_234_567].map((n) => [tag, n] as const)
		)
	)('%s %d', (tag, n) => {
		expect(formatCount(n, tag)).toBe(new Intl.NumberFormat(tag).format(n));
	});

	it.each([
		['nb-NO', 1234, '1\u00a0234'],
		['sv-SE', 12_345, '12\u00a0345'],
		['en-GB', 1_234_567, '1,234,567']
	])('%s writes %d as %j', (tag, n, written) => {
		expect(formatCount(n, tag)).toBe(written);
	});

	it.each([
		['a negative number', -1234],
		['a fraction', 12.5]
	])('leaves %s to Intl (its minus sign and decimals)', (_name, n) => {
		expect(formatCount(n, 'nb-NO')).toBe(n.toLocaleString('nb-NO'));
	});
});

describe('weekday: short names without Intl, exactly as Intl writes them', () => {
	// 29 November 2026 is a Sunday: a whole week from there, in each language.
	const week = [
		'2026-11-29',
		'2026-11-30',
		'2026-12-01',
		'2026-12-02',
		'2026-12-03',
		'2026-12-04',
		'2026-12-05'
	];
	it.each(TAGS.flatMap((tag) => week.map((day) => [tag, day] as const)))('%s %s', (tag, day) => {
		const [y, m, d] = day.split('-').map(Number);
		expect(weekday(day, tag)).toBe(
			new Intl.DateTimeFormat(tag, { weekday: 'short' }).format(new Date(y!, m! - 1, d!))
		);
	});
});
