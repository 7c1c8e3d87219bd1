/**
 * Grades a typed answer against a card's accepted forms, the way a patient South Sami teacher would:
 * keyboards without æ, ö or ï are not the learner's fault, one slip of the finger is a typo, and the
 * standard form is always what comes back as `expected`.
 *
 * The one subtle rule: another real word is never a typo. An answer that is, after the same folding, one
 * of `otherWords` (sarve "elk" for sïrve "sheep") is wrong, with `confusedWith` naming it; only the card's
 * own accepted forms, matched exactly or with keyboard letters, win over that.
 */

import { foldAForÅ, foldAaForÅ, foldAscii, foldSma, oneEditApart } from './letters';

export { oneEditApart };

export type Verdict = 'correct' | 'variant' | 'typo' | 'wrong';
export type AnswerLanguage = 'sma' | 'nb' | 'sv' | 'en';

/**
 * A keyboard substitution the learner made in a South Sami answer, so the UI can say which, gently:
 * Swedish ä, Norwegian ø and plain i for ï; on a keyboard with none of them, ae for æ/ä, o for ö/ø and
 * an accented i (í, ì, î) for ï. å written aa (the Nordic ASCII spelling) is a variant too, and å written a
 * a typo; both only when no real word is spelled so (tjåktja and tjaktja are two words). oe is never folded.
 */
export type Substitution =
	'ä-for-æ' | 'ø-for-ö' | 'i-for-ï' | 'ae-for-æ' | 'o-for-ö' | 'accent-for-ï' | 'aa-for-å' | 'a-for-å';

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

/**
 * A gloss as a learner may write it: a bracketed explanation is optional ("hei [når man håndhilser]" is
 * answered by "hei", and by the whole; "[you]", only a bracket, by "you").
 */
function withoutBrackets(gloss: string): string[] {
	const bare = gloss.replace(/\s*[[(][^\])]*[\])]\s*/g, ' ').trim();
	const whole = gloss.replace(/[[\]()]/g, ' ');
	if (bare === gloss) return [gloss];
	return bare ? [gloss, bare, whole] : [gloss, whole];
}

/** Without spaces, hyphens and the accents Nordic spelling adds to loanwords (é, á), never å, ä or ö. */
function loose(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u0304]/g, '')
		.normalize('NFC')
		.replace(/[\s-]/g, '');
}

/** How an answer may spell å, and what writing it so is. */
const Å_SPELLINGS: [(text: string) => string, Substitution, Verdict][] = [
	[foldAaForÅ, 'aa-for-å', 'variant'],
	[foldAForÅ, 'a-for-å', 'typo']
];

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
	const sma = language === 'sma';
	const normalized = (list: readonly string[]) =>
		list
			.flatMap((form) => (sma ? [form] : withoutBrackets(form)).map((text) => ({ form, text })))
			.map(({ form, text }) => ({ form, text: normalizeAnswer(text, language) }))
			.filter((f) => f.text);
	const forms = normalized(accepted);
	const matchedForm = (form: string) => (form === expected ? {} : { matched: form });

	const exact = forms.find((f) => f.text === answer);
	if (exact) return { verdict: 'correct', expected, ...matchedForm(exact.form) };

	// "i går" for "igår", "Sámi" for "Sami": one word written apart or with an accent is the same word.
	const same = !sma && forms.find((f) => loose(f.text) === loose(answer));
	if (same) return { verdict: 'correct', expected, ...matchedForm(same.form) };

	if (options.number && language && language !== 'sma') {
		const value = numberValue(answer, language);
		const same = value !== undefined && forms.find((f) => numberValue(f.text, language) === value);
		if (same) return { verdict: 'correct', expected, ...matchedForm(same.form) };
	}

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
		(other) =>
			other.text === answer ||
			fold(other.text) === folded ||
			ascii(other.text) === ascii(answer) ||
			(sma &&
				/å/.test(other.text) &&
				Å_SPELLINGS.some(([foldÅ]) => ascii(foldÅ(other.text)) === ascii(answer)))
	);
	if (confused) return { verdict: 'wrong', expected, confusedWith: confused.form };

	if (sma) {
		const same = forms.find((f) => foldAscii(f.text) === foldAscii(answer));
		if (same) {
			const letters = [...substitutions(answer, same.text), ...asciiSubstitutions(answer, same.text)];
			return { verdict: 'variant', expected, ...matchedForm(same.form), substitutions: letters };
		}
		// å on a keyboard without it: aa is how Nordic ASCII spells it (a variant), a plain a is a slip.
		for (const [foldÅ, substitution, verdict] of Å_SPELLINGS) {
			const plain = foldAscii(answer);
			const written = forms.find((f) => /å/.test(f.text) && foldAscii(foldÅ(f.text)) === plain);
			if (written) {
				const letters = [
					...substitutions(answer, written.text),
					...asciiSubstitutions(answer, written.text),
					substitution
				];
				return { verdict, expected, ...matchedForm(written.form), substitutions: letters };
			}
		}
	}
	const near = forms.find((f) => [...f.text].length >= 4 && oneEditApart(folded, fold(f.text)));
	if (near) return { verdict: 'typo', expected, ...matchedForm(near.form) };
	return { verdict: 'wrong', expected };
}
