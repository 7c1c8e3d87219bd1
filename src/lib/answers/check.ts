/**
 * Grades a typed answer against a card's accepted forms, the way a patient South Sami teacher would:
 * keyboards without æ, ö or ï are not the learner's fault, one slip of the finger is a typo, and the
 * standard form is always what comes back as `expected`.
 */

export type Verdict = 'correct' | 'variant' | 'typo' | 'wrong';
export type AnswerLanguage = 'sma' | 'nb' | 'sv' | 'en';

/** A keyboard substitution the learner made in a South Sami answer, so the UI can say which, gently. */
export type Substitution = 'ä-for-æ' | 'ø-for-ö' | 'i-for-ï';

export interface AnswerCheck {
	verdict: Verdict;
	/** The primary accepted form: what the UI shows as the right answer. */
	expected: string;
	/** The accepted form the answer matched (a synonym or an accepted older spelling), if any. */
	matched?: string;
	substitutions?: Substitution[];
}

export interface CheckOptions {
	language?: AnswerLanguage;
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
const TRAILING_PUNCTUATION = /[.!?,]+$/;
const INFINITIVE_MARKERS: Record<Exclude<AnswerLanguage, 'sma'>, RegExp> = {
	nb: /^å\s+/,
	sv: /^att\s+/,
	en: /^to\s+/
};

/** NFC, trimmed, inner whitespace collapsed, lower case, trailing punctuation and apostrophe variants folded. */
export function normalizeAnswer(text: string, language?: AnswerLanguage): string {
	let out = text
		.normalize('NFC')
		.replace(APOSTROPHES, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase()
		.replace(TRAILING_PUNCTUATION, '')
		.trim();
	if (language && language !== 'sma') out = out.replace(INFINITIVE_MARKERS[language], '');
	return out;
}

/** South Sami letters that keyboards spell differently, folded to one form for comparison. */
function foldSma(text: string): string {
	return text.replace(/ä/g, 'æ').replace(/ø/g, 'ö').replace(/ï/g, 'i');
}

/** True when no word mixes æ with ä, or ö with ø: "each pair is written one way throughout a word". */
function consistent(text: string): boolean {
	return text
		.split(' ')
		.every((word) => !(/æ/.test(word) && /ä/.test(word)) && !(/ö/.test(word) && /ø/.test(word)));
}

function substitutions(given: string, form: string): Substitution[] {
	const found: Substitution[] = [];
	if (/ä/.test(given) && /æ/.test(form)) found.push('ä-for-æ');
	if (/ø/.test(given) && /ö/.test(form)) found.push('ø-for-ö');
	const givenLetters = [...given];
	if ([...form].some((letter, i) => letter === 'ï' && givenLetters[i] === 'i')) found.push('i-for-ï');
	return found;
}

/** True when a and b are one insertion, deletion, substitution or swap of neighbours apart. */
export function oneEditApart(a: string, b: string): boolean {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > 1 || a === b) return false;
	let i = 0;
	while (i < x.length && i < y.length && x[i] === y[i]) i++;
	const rest = (from: string[], at: number) => from.slice(at).join('');
	if (x.length === y.length) {
		if (rest(x, i + 1) === rest(y, i + 1)) return true; // substitution
		return x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2); // swap
	}
	return x.length > y.length ? rest(x, i + 1) === rest(y, i) : rest(x, i) === rest(y, i + 1);
}

/** Grades `given` against `accepted` (primary form first). */
export function checkAnswer(
	given: string,
	accepted: readonly string[],
	options: CheckOptions = {}
): AnswerCheck {
	const { language } = options;
	const expected = accepted[0] ?? '';
	const answer = normalizeAnswer(given, language);
	if (!answer) return { verdict: 'wrong', expected };
	const forms = accepted
		.map((form) => ({ form, text: normalizeAnswer(form, language) }))
		.filter((f) => f.text);
	const matchedForm = (form: string) => (form === expected ? {} : { matched: form });

	const exact = forms.find((f) => f.text === answer);
	if (exact) return { verdict: 'correct', expected, ...matchedForm(exact.form) };

	const sma = language === 'sma';
	const fold = sma ? foldSma : (text: string) => text;
	const folded = fold(answer);
	if (sma) {
		const same = forms.find((f) => foldSma(f.text) === folded);
		if (same) {
			const verdict = consistent(answer) ? 'variant' : 'typo';
			return {
				verdict,
				expected,
				...matchedForm(same.form),
				substitutions: substitutions(answer, same.text)
			};
		}
	}
	const near = forms.find((f) => [...f.text].length >= 4 && oneEditApart(folded, fold(f.text)));
	if (near) return { verdict: 'typo', expected, ...matchedForm(near.form) };
	return { verdict: 'wrong', expected };
}
