/**
 * Grades a typed answer against a card's accepted forms, the way a patient South Sami teacher would:
 * keyboards without æ, ö or ï are not the learner's fault, one slip of the finger is a typo, and the
 * standard form is always what comes back as `expected`.
 *
 * The one subtle rule: another real word is never a typo. An answer that is, after the same folding, one
 * of `otherWords` (sarve "elk" for sïrve "sheep") is wrong, with `confusedWith` naming it; only the card's
 * own accepted forms, matched exactly or with keyboard letters, win over that.
 */

export type Verdict = 'correct' | 'variant' | 'typo' | 'wrong';
export type AnswerLanguage = 'sma' | 'nb' | 'sv' | 'en';

/**
 * A keyboard substitution the learner made in a South Sami answer, so the UI can say which, gently:
 * Swedish ä, Norwegian ø and plain i for ï; on a keyboard with none of them, ae for æ/ä, o for ö/ø and
 * an accented i (í, ì, î) for ï. å is never folded (tjåktja and tjaktja are two words), nor is oe.
 */
export type Substitution = 'ä-for-æ' | 'ø-for-ö' | 'i-for-ï' | 'ae-for-æ' | 'o-for-ö' | 'accent-for-ï';

export interface AnswerCheck {
	verdict: Verdict;
	/** The primary accepted form: what the UI shows as the right answer. */
	expected: string;
	/** The accepted form the answer matched (a synonym or an accepted older spelling), if any. */
	matched?: string;
	substitutions?: Substitution[];
	/** The other real word the answer is (verdict 'wrong'): the UI says what it means. */
	confusedWith?: string;
}

export interface CheckOptions {
	language?: AnswerLanguage;
	/** Real words of the answer language that this card does not accept. */
	otherWords?: readonly string[];
	/** The card is a number: digits answer it too ("3" for golme, whose gloss is "tre"). */
	number?: boolean;
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
const QUOTES = /["\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A]/g;
const TRAILING_PUNCTUATION = /[.!?,]+$/;
const INFINITIVE_MARKERS: Record<Exclude<AnswerLanguage, 'sma'>, RegExp> = {
	nb: /^å\s+/,
	sv: /^att\s+/,
	en: /^to\s+/
};
/** Leading articles, optional in an answer ("en rein", "the reindeer"); a lone "en" is the number one. */
const ARTICLES: Record<Exclude<AnswerLanguage, 'sma'>, RegExp> = {
	nb: /^(en|ei|et)\s+/,
	sv: /^(en|ett)\s+/,
	en: /^(a|an|the)\s+/
};

/**
 * NFC, trimmed, inner whitespace collapsed, lower case, quotes and trailing punctuation gone, apostrophe
 * variants folded; in Norwegian, Swedish and English also the infinitive marker and a leading article.
 */
export function normalizeAnswer(text: string, language?: AnswerLanguage): string {
	let out = text
		.normalize('NFC')
		.replace(APOSTROPHES, "'")
		.replace(QUOTES, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase()
		.replace(TRAILING_PUNCTUATION, '')
		.replace(/^'+|'+$/g, '')
		.trim();
	if (language && language !== 'sma')
		out = out.replace(INFINITIVE_MARKERS[language], '').replace(ARTICLES[language], '');
	return out;
}

/** South Sami letters that keyboards spell differently, folded to one form for comparison. */
function foldSma(text: string): string {
	return text.replace(/ä/g, 'æ').replace(/ø/g, 'ö').replace(/ï/g, 'i');
}

/** Further, for keyboards with none of the letters: æ as ae, ö as o, an accented i as i. */
function foldAscii(text: string): string {
	return foldSma(text).replace(/æ/g, 'ae').replace(/ö/g, 'o').replace(/[íìî]/g, 'i');
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

/** What an answer that matched only through foldAscii wrote instead of the letters. */
function asciiSubstitutions(given: string, form: string): Substitution[] {
	const found: Substitution[] = [];
	if (/[æä]/.test(form) && !/[æä]/.test(given)) found.push('ae-for-æ');
	if (/[öø]/.test(form) && !/[öø]/.test(given)) found.push('o-for-ö');
	if (/ï/.test(form) && /[íìî]/.test(given)) found.push('accent-for-ï');
	return found;
}

/** Number words 0–20 and the tens, for reading "tre", "tjueen", "twenty-one" or "tjugoett" as a number. */
const NUMBER_WORDS: Record<Exclude<AnswerLanguage, 'sma'>, { units: string[][]; tens: string[][] }> = {
	nb: {
		units: [
			['null'],
			['en', 'ett', 'ei'],
			['to'],
			['tre'],
			['fire'],
			['fem'],
			['seks'],
			['sju', 'syv'],
			['åtte'],
			['ni'],
			['ti'],
			['elleve'],
			['tolv'],
			['tretten'],
			['fjorten'],
			['femten'],
			['seksten'],
			['sytten'],
			['atten'],
			['nitten']
		],
		tens: [
			[],
			[],
			['tjue', 'tyve'],
			['tretti', 'tredve'],
			['førti'],
			['femti'],
			['seksti'],
			['sytti'],
			['åtti'],
			['nitti'],
			['hundre', 'ett hundre']
		]
	},
	sv: {
		units: [
			['noll'],
			['ett', 'en'],
			['två'],
			['tre'],
			['fyra'],
			['fem'],
			['sex'],
			['sju'],
			['åtta'],
			['nio'],
			['tio'],
			['elva'],
			['tolv'],
			['tretton'],
			['fjorton'],
			['femton'],
			['sexton'],
			['sjutton'],
			['arton'],
			['nitton']
		],
		tens: [
			[],
			[],
			['tjugo'],
			['trettio'],
			['fyrtio'],
			['femtio'],
			['sextio'],
			['sjuttio'],
			['åttio'],
			['nittio'],
			['hundra', 'etthundra', 'ett hundra']
		]
	},
	en: {
		units: [
			['zero'],
			['one'],
			['two'],
			['three'],
			['four'],
			['five'],
			['six'],
			['seven'],
			['eight'],
			['nine'],
			['ten'],
			['eleven'],
			['twelve'],
			['thirteen'],
			['fourteen'],
			['fifteen'],
			['sixteen'],
			['seventeen'],
			['eighteen'],
			['nineteen']
		],
		tens: [
			[],
			[],
			['twenty'],
			['thirty'],
			['forty'],
			['fifty'],
			['sixty'],
			['seventy'],
			['eighty'],
			['ninety'],
			['hundred', 'one hundred', 'a hundred']
		]
	}
};

/** The number a normalized answer or gloss names (digits or words, 0–100), else undefined. */
export function numberValue(text: string, language: Exclude<AnswerLanguage, 'sma'>): number | undefined {
	if (/^\d{1,3}$/.test(text)) return Number(text);
	const { units, tens } = NUMBER_WORDS[language];
	const unit = units.findIndex((words) => words.includes(text));
	if (unit !== -1) return unit;
	for (const [ten, words] of tens.entries()) {
		for (const word of words) {
			if (text === word) return ten * 10;
			if (ten === 10 || !text.startsWith(word)) continue;
			const rest = text.slice(word.length).replace(/^[- ]/, '');
			const small = units.slice(1, 10).findIndex((names) => names.includes(rest));
			if (small !== -1) return ten * 10 + small + 1;
		}
	}
	return undefined;
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

const SEVERITY: Record<Verdict, number> = { correct: 0, variant: 1, typo: 2, wrong: 3 };

/** Grades `given` against `accepted` (primary form first). */
export function checkAnswer(
	given: string,
	accepted: readonly string[],
	options: CheckOptions = {}
): AnswerCheck {
	const { language } = options;
	// Several meanings in one answer ("rein, reinsdyr" or "rein/reinsdyr"): right when each one is.
	if (language && language !== 'sma' && /[,/]/.test(given.replace(TRAILING_PUNCTUATION, ''))) {
		const parts = given.split(/[,/]/).filter((part) => part.trim());
		if (parts.length > 1) {
			const checks = parts.map((part) => checkOne(part, accepted, options));
			return checks.reduce((worst, check) =>
				SEVERITY[check.verdict] > SEVERITY[worst.verdict] ? check : worst
			);
		}
	}
	return checkOne(given, accepted, options);
}

function checkOne(given: string, accepted: readonly string[], options: CheckOptions): AnswerCheck {
	const { language, otherWords = [] } = options;
	const expected = accepted[0] ?? '';
	const answer = normalizeAnswer(given, language);
	if (!answer) return { verdict: 'wrong', expected };
	const normalized = (list: readonly string[]) =>
		list.map((form) => ({ form, text: normalizeAnswer(form, language) })).filter((f) => f.text);
	const forms = normalized(accepted);
	const matchedForm = (form: string) => (form === expected ? {} : { matched: form });

	const exact = forms.find((f) => f.text === answer);
	if (exact) return { verdict: 'correct', expected, ...matchedForm(exact.form) };

	if (options.number && language && language !== 'sma') {
		const value = numberValue(answer, language);
		const same = value !== undefined && forms.find((f) => numberValue(f.text, language) === value);
		if (same) return { verdict: 'correct', expected, ...matchedForm(same.form) };
	}

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

	// Another real word: wrong, whatever keyboard letters it was typed with, and never a typo.
	const others = normalized(otherWords).filter((other) => !forms.some((f) => f.text === other.text));
	const ascii = sma ? foldAscii : fold;
	const confused = others.find(
		(other) => other.text === answer || fold(other.text) === folded || ascii(other.text) === ascii(answer)
	);
	if (confused) return { verdict: 'wrong', expected, confusedWith: confused.form };

	if (sma) {
		const same = forms.find((f) => foldAscii(f.text) === foldAscii(answer));
		if (same) {
			const letters = [...substitutions(answer, same.text), ...asciiSubstitutions(answer, same.text)];
			return { verdict: 'variant', expected, ...matchedForm(same.form), substitutions: letters };
		}
	}
	const near = forms.find((f) => [...f.text].length >= 4 && oneEditApart(folded, fold(f.text)));
	if (near) return { verdict: 'typo', expected, ...matchedForm(near.form) };
	return { verdict: 'wrong', expected };
}
