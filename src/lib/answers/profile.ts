/**
 * An answer check seen through the learner's spelling profile. In Sweden ä is the standard letter, so
 * an answer written with ä where the lexicon has æ is simply right there, not a variant to point out.
 */
import type { SpellingProfile } from '$lib/answers/spelling';
import type { AnswerCheck } from './check';

export function inProfile(check: AnswerCheck, profile: SpellingProfile): AnswerCheck {
	if (profile !== 'sweden' || !check.substitutions?.includes('ä-for-æ')) return check;
	const substitutions = check.substitutions.filter((substitution) => substitution !== 'ä-for-æ');
	const onlyLetters = check.verdict === 'variant' && !substitutions.length && !check.matched;
	const seen: AnswerCheck = { ...check, verdict: onlyLetters ? 'correct' : check.verdict, substitutions };
	if (!substitutions.length) delete seen.substitutions;
	return seen;
}
