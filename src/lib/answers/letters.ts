/**
 * The one place that says which letters a learner's keyboard may write for South Sami ones, and when two
 * spellings are one slip of the finger apart. The answer checker, the build's look-alike words and the
 * teacher's class list all compare through these, so they never drift apart.
 */

/** Swedish ä for æ, Norwegian ø for ö, plain i for ï: the letters a Nordic keyboard has, one form. */
export function foldSma(text: string): string {
	return text.replace(/ä/g, 'æ').replace(/ø/g, 'ö').replace(/ï/g, 'i');
}

/** Further, for keyboards with none of the letters: æ as ae, ö as o, an accented i (í, ì, î) as i. */
export function foldAscii(text: string): string {
	return foldSma(text).replace(/æ/g, 'ae').replace(/ö/g, 'o').replace(/[íìî]/g, 'i');
}

/**
 * å as the Nordic ASCII spelling writes it (aa) and as a keyboard without it does (a). Only ever a
 * fallback: tjåktja and tjaktja are two words, so a real word always wins (see answers/check.ts).
 */
export function foldAaForÅ(text: string): string {
	return text.replace(/å/g, 'aa');
}

export function foldAForÅ(text: string): string {
	return text.replace(/å/g, 'a');
}

/**
 * True when a and b are one insertion, deletion, substitution or swap of neighbours apart (never when
 * they are equal). Compares by code points, so a letter outside the Basic Multilingual Plane is one letter.
 */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) return false;
	const x = /[\uD800-\uDFFF]/.test(a) ? [...a] : a;
	const y = /[\uD800-\uDFFF]/.test(b) ? [...b] : b;
	if (Math.abs(x.length - y.length) > 1) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	const same = (from: number, to: number, shiftX: number, shiftY: number) => {
		for (let k = from; k < to; k++) if (x[k + shiftX] !== y[k + shiftY]) return false;
		return true;
	};
	if (x.length === y.length) {
		if (same(i + 1, x.length, 0, 0)) return true; // substitution
		return x[i] === y[i + 1] && x[i + 1] === y[i] && same(i + 2, x.length, 0, 0); // swap
	}
	// One letter more in the longer: skip it there and compare the rest.
	return x.length > y.length ? same(i, y.length, 1, 0) : same(i, x.length, 0, 1);
}
