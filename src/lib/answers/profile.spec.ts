import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check';
import { inProfile } from './profile';
import { spell } from '$lib/answers/spelling';
import type { SpellingProfile } from '$lib/answers/spelling';

describe('spelling profiles', () => {
	it.each<[string, SpellingProfile, string]>([
		['ryöjnesjæjja', 'sweden', 'ryöjnesjäjja'],
		['ryöjnesjæjja', 'norway', 'ryöjnesjæjja'],
		['ryöjnesjäjja', 'norway', 'ryöjnesjæjja'],
		['Æejkie', 'sweden', 'Äejkie'],
		['ryøjnesjæjja', 'sweden', 'ryöjnesjäjja'],
		['ryøjnesjæjja', 'norway', 'ryöjnesjæjja'],
		['gïele', 'sweden', 'gïele'],
		['Plaassja', 'sweden', 'Plaassja'],
		// Composed from parts (NFD) still converts.
		['ryo\u0308jnesjæjja', 'sweden', 'ryöjnesjäjja']
	])('%s in the %s profile reads %s', (text, profile, shown) => {
		expect(spell(text, profile)).toBe(shown);
	});
});

describe('answer checks in a profile', () => {
	const accepted = ['ryöjnesjæjja'];
	it.each<[string, SpellingProfile, string, string[] | undefined]>([
		['ryöjnesjäjja', 'sweden', 'correct', undefined],
		['ryöjnesjäjja', 'norway', 'variant', ['ä-for-æ']],
		['ryøjnesjäjja', 'sweden', 'variant', ['ø-for-ö']],
		['ryöjnesjæjja', 'sweden', 'correct', undefined],
		['ryöjnesjäja', 'sweden', 'typo', undefined]
	])('%s (%s) → %s', (given, profile, verdict, substitutions) => {
		const check = inProfile(checkAnswer(given, accepted, { language: 'sma' }), profile);
		expect(check.verdict).toBe(verdict);
		expect(check.substitutions).toEqual(substitutions);
		expect(check.expected).toBe('ryöjnesjæjja'); // stored and compared in the standard form
	});
});
