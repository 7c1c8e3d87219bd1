/**
 * Numbers, durations and dates in the learner's language. Most go through Intl; the two that Home and
 * the deck list show while the page hydrates (counts, weekday names) do not: a page's first Intl number
 * or date format loads the browser's locale data, about 30 ms on this project's machines (four times
 * that on a slow phone), in the very task that makes the page respond. Unit tests hold both to Intl's
 * own output, so they read exactly the same.
 */
import { MS_PER_DAY as DAY } from '$lib/calendar/days';

/** The thousands separator of each interface language's Intl tag (a no-break space in nb and sv). */
const GROUPING: Record<string, string> = { 'nb-NO': '\u00a0', 'sv-SE': '\u00a0', 'en-GB': ',' };

/** "1 234" / "1,234": a count of words, decks or answers, as Intl would write it. */
export function formatCount(count: number, intlTag: string): string {
	const separator = GROUPING[intlTag];
	// Negative or fractional numbers are not counts: Intl knows their minus sign and decimals.
	if (separator === undefined || !Number.isSafeInteger(count) || count < 0)
		return count.toLocaleString(intlTag);
	return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Short weekday names, Sunday first, as Intl writes them (`{ weekday: 'short' }`). */
const WEEKDAYS: Record<string, readonly string[]> = {
	'nb-NO': ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'],
	'sv-SE': ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
	'en-GB': ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "in 10 minutes", "in 3 days": when a card comes back, for the flashcard buttons and the summary. */
export function formatIn(ms: number, intlTag: string): string {
	const rtf = new Intl.RelativeTimeFormat(intlTag, { numeric: 'auto' });
	if (ms < HOUR) return rtf.format(Math.max(1, Math.round(ms / MINUTE)), 'minute');
	if (ms < DAY) return rtf.format(Math.round(ms / HOUR), 'hour');
	if (ms < 60 * DAY) return rtf.format(Math.round(ms / DAY), 'day');
	if (ms < 365 * DAY) return rtf.format(Math.round(ms / (30 * DAY)), 'month');
	return rtf.format(Math.round(ms / (365 * DAY)), 'year');
}

export function formatPercent(share: number, intlTag: string): string {
	return new Intl.NumberFormat(intlTag, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A short weekday name ("man.", "tis", "Mon") of a YYYY-MM-DD day. */
export function weekday(day: string, intlTag: string): string {
	const [y, m, d] = day.split('-').map(Number);
	const date = new Date(y!, m! - 1, d!);
	return (
		WEEKDAYS[intlTag]?.[date.getDay()] ?? new Intl.DateTimeFormat(intlTag, { weekday: 'short' }).format(date)
	);
}

/** "1.2 MB", "340 kB": storage used, in the learner's number format. */
export function formatBytes(bytes: number, intlTag: string): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(intlTag, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0
	}).format(value);
}

/** A take's length: "1,2 s" (Norwegian), "1.2 sec" (English). */
export function formatSeconds(seconds: number, intlTag: string): string {
	return new Intl.NumberFormat(intlTag, {
		style: 'unit',
		unit: 'second',
		unitDisplay: 'short',
		maximumFractionDigits: 1
	}).format(seconds);
}
