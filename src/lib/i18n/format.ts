/** Numbers, durations and dates in the learner's language, through Intl. */
import { MS_PER_DAY as DAY } from '$lib/calendar/days';

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

/** A short weekday name ("ma", "tis", "Mon") of a YYYY-MM-DD day. */
export function weekday(day: string, intlTag: string): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(intlTag, { weekday: 'short' }).format(new Date(y!, m! - 1, d!));
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
