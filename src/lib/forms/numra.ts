/**
 * Numra's data (lessons/forms/numra.tsv, GPL-3.0, see its README): numbers, clock times and dates in
 * words, every reading accepted; and the levels the clock is practised at. Nothing here writes a word:
 * a number, time or date not in the file is not taught.
 */
export type NumraKind = 'number' | 'clock' | 'date';

/** digits → readings (several where the language has several: both are right). */
export type Numra = Record<NumraKind, Map<string, string[]>>;

export function parseNumra(tsv: string): Numra {
	const numra: Numra = { number: new Map(), clock: new Map(), date: new Map() };
	for (const line of tsv.split('\n').slice(1)) {
		const [kind, digits, words = ''] = line.split('\t');
		if (kind !== 'number' && kind !== 'clock' && kind !== 'date') continue;
		const readings = words
			.split(';')
			.map((word) => word.trim())
			.filter(Boolean);
		if (digits && readings.length) numra[kind].set(digits, readings);
	}
	return numra;
}

/**
 * The clock's three levels: 1 whole and half hours (08:00, 08:30), 2 quarters (08:15, 08:45), 3 any
 * minute (08:07). Undefined for what is not a time.
 */
export function clockLevel(time: string): 1 | 2 | 3 | undefined {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
	if (!match) return undefined;
	const minute = Number(match[2]);
	if (minute === 0 || minute === 30) return 1;
	if (minute === 15 || minute === 45) return 2;
	return 3;
}

/** The times of a clock level (on the 12-hour face a child reads: 01:00–12:59), in order. */
export function clockTimes(numra: Numra, level: 1 | 2 | 3): string[] {
	return [...numra.clock.keys()].filter((time) => {
		const hour = Number(time.slice(0, 2));
		return hour >= 1 && hour <= 12 && clockLevel(time) === level;
	});
}

/** The hands of an analogue clock for a time, in degrees clockwise from twelve. */
export function clockHands(time: string): { hour: number; minute: number } | undefined {
	if (!clockLevel(time)) return undefined;
	const [hours, minutes] = time.split(':').map(Number) as [number, number];
	return { hour: ((hours % 12) + minutes / 60) * 30, minute: minutes * 6 };
}

/** Digits typed for a number, time or date: answered with digits, the way they are written ("8:30" is 08:30). */
export function digitsOf(kind: NumraKind, typed: string): string | undefined {
	const text = typed.trim().replace(/\s+/g, '');
	if (kind === 'number') return /^\d{1,4}$/.test(text) ? String(Number(text)) : undefined;
	if (kind === 'clock') {
		const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
		return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
	}
	const match = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(text);
	return match ? `${Number(match[1])}.${Number(match[2])}.` : undefined;
}

/** A Numra card's number, time or date in digits, as the data writes it (7, 08:30, 17.5.). */
export interface NumraDigits {
	kind: NumraKind;
	digits: string;
}

/** True when `typed` is the card's number, time or date in digits, however written ("8.30" for 08:30). */
export function isDigitsOf(card: NumraDigits, typed: string): boolean {
	return digitsOf(card.kind, typed) === card.digits;
}

/** How a time or date is shown and answered: 8:30 (not 08:30) on a 12-hour face, 17.5. as it is. */
export function shownDigits({ kind, digits }: NumraDigits): string {
	return kind === 'clock' ? digits.replace(/^0/, '') : digits;
}

/**
 * An analogue clock face showing a time (hour and minute hands, twelve marks), as a self-contained SVG
 * drawn for Lïeredh: the picture a child reads the time from. Undefined for what is not a time.
 */
export function clockSvg(time: string): string | undefined {
	const hands = clockHands(time);
	if (!hands) return undefined;
	const point = (degrees: number, length: number) => {
		const radians = ((degrees - 90) * Math.PI) / 180;
		return `${(100 + length * Math.cos(radians)).toFixed(1)} ${(100 + length * Math.sin(radians)).toFixed(1)}`;
	};
	const marks = Array.from({ length: 12 }, (_, i) => {
		const [outer, inner] = [point(i * 30, 84), point(i * 30, i % 3 === 0 ? 70 : 76)];
		return `<path d="M${outer}L${inner}" stroke-width="${i % 3 === 0 ? 6 : 3}"/>`;
	}).join('');
	// Only 12, 3, 6 and 9: a face small enough for an answer button stays readable.
	const numerals = [12, 3, 6, 9]
		.map((hour) => {
			const [x, y] = point(hour * 30, 56).split(' ');
			return `<text x="${x}" y="${y}">${hour}</text>`;
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img">` +
		`<circle cx="100" cy="100" r="94" fill="#fffdf7" stroke="#1d2a2a" stroke-width="6"/>` +
		`<g stroke="#1d2a2a" stroke-linecap="round">${marks}</g>` +
		`<g font-family="system-ui,sans-serif" font-size="30" font-weight="700" fill="#1d2a2a" text-anchor="middle" dominant-baseline="central">${numerals}</g>` +
		`<path d="M100 100L${point(hands.hour, 44)}" stroke="#1d2a2a" stroke-width="10" stroke-linecap="round"/>` +
		`<path d="M100 100L${point(hands.minute, 74)}" stroke="#1f6f64" stroke-width="6" stroke-linecap="round"/>` +
		`<circle cx="100" cy="100" r="7" fill="#1d2a2a"/></svg>`
	);
}
