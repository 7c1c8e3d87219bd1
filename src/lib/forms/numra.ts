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
