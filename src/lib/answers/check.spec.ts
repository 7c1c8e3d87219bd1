import { describe, expect, it } from 'vitest';
import { checkAnswer, oneEditApart, type AnswerLanguage, type Verdict } from './check';

type Case = [given: string, accepted: string[], language: AnswerLanguage, verdict: Verdict];

// Every word below is a lexicon word (lessons/lexicon/sma-lexicon.tsv) with one of its glosses.
const cases: Case[] = [
	// South Sami: exact, after normalising
	['ryöjnesjæjja', ['ryöjnesjæjja'], 'sma', 'correct'],
	['  Ryöjnesjæjja ', ['ryöjnesjæjja'], 'sma', 'correct'],
	['RYÖJNESJÆJJA!', ['ryöjnesjæjja'], 'sma', 'correct'],
	['gïele.', ['gïele'], 'sma', 'correct'],
	['bovtse', ['bovtse'], 'sma', 'correct'],
	['rossen   tjïelte', ['Rossen tjïelte'], 'sma', 'correct'],
	['Plaassja', ['Plaassja', 'Plassje'], 'sma', 'correct'],
	['Plassje', ['Plaassja', 'Plassje'], 'sma', 'correct'],
	['gi\u0308ele', ['gïele'], 'sma', 'correct'], // decomposed ï (NFD) is the same letter
	['nieljie', ['nieljie', 'njieljie', 'nielje', 'njielje'], 'sma', 'correct'],
	['njielje', ['nieljie', 'njieljie', 'nielje', 'njielje'], 'sma', 'correct'],
	// South Sami: keyboard variants (Swedish ä, Norwegian ø, i for ï)
	['ryöjnesjäjja', ['ryöjnesjæjja'], 'sma', 'variant'],
	['ryøjnesjæjja', ['ryöjnesjæjja'], 'sma', 'variant'],
	['ryøjnesjäjja', ['ryöjnesjæjja'], 'sma', 'variant'],
	['giele', ['gïele'], 'sma', 'variant'],
	['Rossen tjielte', ['Rossen tjïelte'], 'sma', 'variant'],
	['miesie', ['miesie'], 'sma', 'correct'],
	['mierhke', ['mïerhke'], 'sma', 'variant'],
	['gierte', ['gïerte'], 'sma', 'variant'],
	['gijredaelvie', ['gïjredaelvie'], 'sma', 'variant'],
	['tjäktjegiesie', ['tjaktjegiesie'], 'sma', 'typo'],
	['saemien healsoedaehkie', ['Saemien healsoedåehkie'], 'sma', 'typo'],
	['båetsoe', ['båatsoe'], 'sma', 'typo'],
	// South Sami: a pair written two ways in one word is not a clean variant
	['gærhkoegærja', ['gærhkoegærja'], 'sma', 'correct'],
	['gärhkoegærja', ['gærhkoegærja'], 'sma', 'typo'],
	['gärhkoegärja', ['gærhkoegærja'], 'sma', 'variant'],
	['gærjalæstoe', ['gærjalæstoe'], 'sma', 'correct'],
	['gärjalästoe', ['gærjalæstoe'], 'sma', 'variant'],
	// South Sami: one edit away in a word of four letters or more
	['bovste', ['bovtse'], 'sma', 'typo'], // swap
	['bovtsee', ['bovtse'], 'sma', 'typo'], // insertion
	['bovte', ['bovtse'], 'sma', 'typo'], // deletion
	['bovtsa', ['bovtse'], 'sma', 'typo'], // substitution
	['gïela', ['gïele'], 'sma', 'typo'],
	['giela', ['gïele'], 'sma', 'typo'], // ï as i and one slip
	['soehpenje', ['soehpenje'], 'sma', 'correct'],
	['soehpenja', ['soehpenje'], 'sma', 'typo'],
	['Rossentjïelte', ['Rossen tjïelte'], 'sma', 'typo'],
	// South Sami: too far, too short, empty
	['bïenje', ['bovtse'], 'sma', 'wrong'],
	['bovts', ['båatsoe'], 'sma', 'wrong'],
	['ik', ['im'], 'sma', 'wrong'], // one edit, but a word of two letters
	['akt', ['akte'], 'sma', 'typo'],
	['', ['gïele'], 'sma', 'wrong'],
	['   ', ['gïele'], 'sma', 'wrong'],
	// Support languages: any gloss, infinitive marker optional
	['rein', ['rein', 'reinsdyr'], 'nb', 'correct'],
	['reinsdyr', ['rein', 'reinsdyr'], 'nb', 'correct'],
	['å lære seg', ['lære seg', 'lære'], 'nb', 'correct'],
	['lære', ['lære seg', 'lære'], 'nb', 'correct'],
	['att lära sig', ['lära sig'], 'sv', 'correct'],
	['to learn', ['learn'], 'en', 'correct'],
	['learn', ['learn'], 'en', 'correct'],
	['reindeer', ['reindeer'], 'en', 'correct'],
	['raindeer', ['reindeer'], 'en', 'typo'],
	['renkalv', ['renkalv', 'kalv'], 'sv', 'correct'],
	['skillegjerd', ['skillegjerde'], 'nb', 'typo'],
	['hund', ['rein'], 'nb', 'wrong'],
	['språk', ['språk'], 'nb', 'correct'],
	['sprak', ['språk'], 'nb', 'typo'],
	['shepherd’s', ["shepherd's"], 'en', 'correct'] // apostrophe variants fold
];

describe('checkAnswer', () => {
	it.each(cases)('%j against %j (%s) is %s', (given, accepted, language, verdict) => {
		const result = checkAnswer(given, accepted, { language });
		expect(result.verdict).toBe(verdict);
		expect(result.expected).toBe(accepted[0]);
	});

	it('names the accepted older spelling it matched, and always returns the standard form', () => {
		expect(checkAnswer('Plassje', ['Plaassja', 'Plassje'], { language: 'sma' })).toEqual({
			verdict: 'correct',
			expected: 'Plaassja',
			matched: 'Plassje'
		});
	});

	it.each([
		['ryöjnesjäjja', ['ä-for-æ']],
		['ryøjnesjæjja', ['ø-for-ö']],
		['ryøjnesjäjja', ['ä-for-æ', 'ø-for-ö']]
	])('reports which keyboard substitutions %s made', (given, subs) => {
		expect(checkAnswer(given, ['ryöjnesjæjja'], { language: 'sma' }).substitutions).toEqual(subs);
	});

	it('reports i typed for ï', () => {
		expect(checkAnswer('giele', ['gïele'], { language: 'sma' }).substitutions).toEqual(['i-for-ï']);
	});

	it('treats a card with no accepted forms as wrong, with an empty expected form', () => {
		expect(checkAnswer('gïele', [])).toEqual({ verdict: 'wrong', expected: '' });
	});
});

describe('oneEditApart', () => {
	it.each([
		['bovtse', 'bovste', true],
		['bovtse', 'bovtsee', true],
		['bovtse', 'bovte', true],
		['bovtse', 'bovtsa', true],
		['bovtse', 'bovtse', false],
		['bovtse', 'btovse', false],
		['gïele', 'giela', false]
	])('%s ~ %s → %s', (a, b, expected) => expect(oneEditApart(a, b)).toBe(expected));
});
