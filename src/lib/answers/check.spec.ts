import { describe, expect, it } from 'vitest';
import { checkAnswer, numberValue, oneEditApart, type AnswerLanguage, type Verdict } from './check';

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
	['shepherd’s', ["shepherd's"], 'en', 'correct'], // apostrophe variants fold
	// Support languages: standard spellings of one phrase, brackets optional
	['i går', ['igår'], 'sv', 'correct'],
	['i morgon', ['imorgon'], 'sv', 'correct'],
	['igår', ['i går'], 'nb', 'correct'],
	['Sámi Parliament', ['Sami Parliament'], 'en', 'correct'],
	['rennäringsutövare', ['rennärings-utövare'], 'sv', 'correct'],
	['hei', ['hei [når man håndhilser]', 'god dag'], 'nb', 'correct'],
	['hei når man håndhilser', ['hei [når man håndhilser]'], 'nb', 'correct'],
	['you', ['[you]'], 'en', 'correct'],
	['takk', ['takk [for noe ikke spiselig eller drikkelig]'], 'nb', 'correct'],
	['tak', ['takk [for noe ikke spiselig eller drikkelig]'], 'nb', 'typo'],
	['hej', ['hei [når man håndhilser]'], 'nb', 'wrong'],
	// South Sami: å on a keyboard without it (aa is the Nordic ASCII spelling; a plain a a slip)
	['baaatsoe', ['båatsoe'], 'sma', 'variant'],
	['baatsoe', ['båatsoe'], 'sma', 'typo'],
	['gaaetie', ['gåetie'], 'sma', 'variant'],
	['gaetie', ['gåetie'], 'sma', 'typo'],
	['aalkoe', ['ålkoe'], 'sma', 'variant'],
	['jaaktan', ['jååktan'], 'sma', 'typo'],
	['jaaaaktan', ['jååktan'], 'sma', 'variant'],
	['tjaaktja', ['tjåktja'], 'sma', 'variant'],
	['gaavnedh', ['gaavnedh'], 'sma', 'correct']
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

describe('another real word is wrong, not a typo (otherWords)', () => {
	it.each<
		[
			given: string,
			accepted: string[],
			language: AnswerLanguage,
			otherWords: string[],
			confusedWith: string | undefined,
			Verdict
		]
	>([
		// sarve (elk) for sïrve (sheep): one edit apart, but a word of its own.
		['sarve', ['sïrve'], 'sma', ['sarve', 'bovtse'], 'sarve', 'wrong'],
		['goeve', ['goevte'], 'sma', ['goeve'], 'goeve', 'wrong'],
		['maarhke', ['maarhte'], 'sma', ['maarhke'], 'maarhke', 'wrong'],
		// The same other word typed with keyboard letters is still that word.
		['SARVE!', ['sïrve'], 'sma', ['sarve'], 'sarve', 'wrong'],
		['lohkemegaerja', ['gærja'], 'sma', ['lohkemegærja'], 'lohkemegærja', 'wrong'],
		// Not another word: the usual slips stay typos, and the card's own forms always win.
		['sirvee', ['sïrve'], 'sma', ['sarve'], undefined, 'typo'],
		['sïrve', ['sïrve'], 'sma', ['sïrve', 'sarve'], undefined, 'correct'],
		['sirve', ['sïrve'], 'sma', ['sarve'], undefined, 'variant'],
		// Norwegian answers: another deck word's gloss is not a typo of this one.
		['elg', ['sau', 'får'], 'nb', ['elg'], 'elg', 'wrong'],
		['mark', ['mår'], 'nb', ['mark'], 'mark', 'wrong'],
		['sauu', ['sau', 'får'], 'nb', ['elg'], undefined, 'wrong']
	])('%s for %j (%s, others %j) → %s, %s', (given, accepted, language, otherWords, confusedWith, verdict) => {
		const result = checkAnswer(given, accepted, { language, otherWords });
		expect(result.verdict).toBe(verdict);
		expect(result.confusedWith).toBe(confusedWith);
	});
});

describe('keyboards without æ, ö or ï (ASCII spellings)', () => {
	it.each<[given: string, accepted: string, substitutions: string[]]>([
		['gaerja', 'gærja', ['ae-for-æ']],
		['ryojnesjaejja', 'ryöjnesjæjja', ['ae-for-æ', 'o-for-ö']],
		['gookte', 'göökte', ['o-for-ö']],
		['gíele', 'gïele', ['accent-for-ï']],
		['tjìjhtje', 'tjïjhtje', ['accent-for-ï']],
		['vîjhte', 'vïjhte', ['accent-for-ï']],
		['Gaerjalaestoe', 'gærjalæstoe', ['ae-for-æ']]
	])('%s for %s is a variant (%j)', (given, accepted, subs) => {
		expect(checkAnswer(given, [accepted], { language: 'sma' })).toEqual({
			verdict: 'variant',
			expected: accepted,
			substitutions: subs
		});
	});

	it.each<[given: string, accepted: string, Verdict]>([
		// å is its own letter: tjaktja and tjåktja are two words (both "tiur" in the lexicon).
		['tjaktja', 'tjåktja', 'typo'],
		// oe is a real South Sami spelling, never folded to ö.
		['bovtso', 'bovtse', 'typo'],
		['båatsö', 'båatsoe', 'wrong']
	])('%s for %s stays %s', (given, accepted, verdict) => {
		expect(checkAnswer(given, [accepted], { language: 'sma' }).verdict).toBe(verdict);
	});

	it('an ASCII spelling that is another real word is wrong', () => {
		// gaerja would be gærja, but if the deck also holds a word spelled gaerja, the answer is that word.
		expect(checkAnswer('gaerja', ['gærja'], { language: 'sma', otherWords: ['gaerja'] })).toMatchObject({
			verdict: 'wrong',
			confusedWith: 'gaerja'
		});
	});
});

describe('answers in Norwegian, Swedish and English', () => {
	it.each<[given: string, accepted: string[], AnswerLanguage, Verdict, boolean?]>([
		// Leading articles are optional.
		['en rein', ['rein', 'reinsdyr'], 'nb', 'correct'],
		['ei bok', ['bok'], 'nb', 'correct'],
		['et tre', ['tre'], 'nb', 'correct'],
		['en ren', ['ren'], 'sv', 'correct'],
		['ett träd', ['träd'], 'sv', 'correct'],
		['the reindeer', ['reindeer'], 'en', 'correct'],
		['a book', ['book'], 'en', 'correct'],
		['an elk', ['elk'], 'en', 'correct'],
		// A lone "en" is the number one, not an article.
		['en', ['en'], 'nb', 'correct'],
		// Several meanings at once: right when each is right.
		['rein, reinsdyr', ['rein', 'reinsdyr'], 'nb', 'correct'],
		['rein/reinsdyr', ['rein', 'reinsdyr'], 'nb', 'correct'],
		['sau, får', ['sau', 'får'], 'nb', 'correct'],
		['rein, hund', ['rein', 'reinsdyr'], 'nb', 'wrong'],
		['rein, reinsdyrr', ['rein', 'reinsdyr'], 'nb', 'typo'],
		// Quotes and guillemets are no part of the answer.
		['«rein»', ['rein'], 'nb', 'correct'],
		['"reindeer"', ['reindeer'], 'en', 'correct'],
		['„ren“', ['ren'], 'sv', 'correct'],
		["'bok'", ['bok'], 'nb', 'correct'],
		// Number cards take digits.
		['3', ['tre'], 'nb', 'correct', true],
		['3', ['tre'], 'sv', 'correct', true],
		['20', ['tjue'], 'nb', 'correct', true],
		['21', ['twenty-one'], 'en', 'correct', true],
		['4', ['tre'], 'nb', 'wrong', true],
		// …but only number cards: "tre" is also a tree.
		['3', ['tre'], 'nb', 'wrong', false]
	])('%s for %j (%s) → %s', (given, accepted, language, verdict, number) => {
		expect(checkAnswer(given, accepted, { language, number }).verdict).toBe(verdict);
	});

	it.each<[string, 'nb' | 'sv' | 'en', number | undefined]>([
		['tre', 'nb', 3],
		['syv', 'nb', 7],
		['tjueen', 'nb', 21],
		['førtito', 'nb', 42],
		['hundre', 'nb', 100],
		['tjugoett', 'sv', 21],
		['nittionio', 'sv', 99],
		['twenty-one', 'en', 21],
		['ninety nine', 'en', 99],
		['12', 'en', 12],
		['rein', 'nb', undefined],
		['tjuetjue', 'nb', undefined]
	])('numberValue(%s, %s) = %s', (text, language, value) => {
		expect(numberValue(text, language)).toBe(value);
	});
});
