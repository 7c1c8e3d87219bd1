import { describe, expect, it } from 'vitest';
import lexiconTsv from '../../../lessons/lexicon/sma-lexicon.tsv?raw';
import { builtInDecks, deckForms, wordParadigms } from '$lib/server/lessons';
import { parseLexicon, lexiconKey } from '$lib/lexicon/lexicon';
import { formsOfCard, isInflected } from './forms';
import {
	askOf,
	formChoices,
	groupToOpen,
	practisedGroups,
	PRONOUNS,
	slotsOf,
	type CardMemory,
	type FormsPractice
} from './practice';

const word = (sma: string, pos: string) => formsOfCard({ sma, pos }, wordParadigms())!;
const negation = deckForms('key-verbs')?.negation ?? deckForms('everyday-verbs')?.negation;
const practice = (sma: string, pos: string, group: string): FormsPractice => {
	const served = word(sma, pos);
	return { group, pos: served.pos, forms: served.forms, ...(negation ? { negation } : {}) };
};

describe('the slots a group asks', () => {
	it.each([
		['bovtse', 'N', 'number', ['Pl+Nom']],
		['bovtse', 'N', 'cases', ['Sg+Acc', 'Sg+Gen', 'Sg+Ill', 'Sg+Ine', 'Sg+Ela', 'Sg+Com', 'Ess']],
		['byöpmedidh', 'V', 'imperative', ['Imprt+Sg2', 'Imprt+Du2', 'Imprt+Pl2']],
		// stoere in front of a word is stoere: the dictionary form is never asked.
		['stoere', 'A', 'comparison', ['Comp+Sg+Nom', 'Superl+Sg+Nom']]
	])('%s (%s) %s: %j', (sma, pos, group, slots) => {
		expect(slotsOf(sma, word(sma, pos), group)).toEqual(slots);
	});

	it.each([
		['bovtse', 'N', ['number', 'cases', 'plural']],
		['byöpmedidh', 'V', ['present', 'negative', 'past', 'imperative']],
		['stoere', 'A', ['comparison']]
	])('%s (%s) is practised in %j', (sma, pos, groups) => {
		expect(practisedGroups(sma, word(sma, pos), { negation })).toEqual(groups);
	});

	it('a verb has no "not" to practise without the negation verb\'s forms', () => {
		expect(practisedGroups('byöpmedidh', word('byöpmedidh', 'V'), {})).not.toContain('negative');
	});
});

describe('which group opens next', () => {
	const known: CardMemory = { state: 2, reps: 3 };
	const learning: CardMemory = { state: 1, reps: 1 };
	const firstRight: CardMemory = { state: 2, reps: 1 };
	const groups = ['number', 'cases', 'plural'];
	it.each([
		['a word never met', [undefined, undefined], {}, undefined],
		['a word only recognised', [known, undefined], {}, undefined],
		['a word still in its learning steps', [known, learning], {}, undefined],
		['a word out of its steps but not yet right since', [known, firstRight], {}, undefined],
		['a known word: its first group', [known, known], {}, 'number'],
		['its first group still learned: nothing more yet', [known, known], { number: learning }, undefined],
		['its first group known: the next', [known, known], { number: known }, 'cases'],
		['every group open already', [known, known], { number: known, cases: known, plural: learning }, undefined]
	] as const)('%s → %s', (_name, cards, opened, expected) => {
		const open = opened as Record<string, CardMemory>;
		expect(groupToOpen(groups, cards, (group) => open[group])).toBe(expected);
	});
});

describe('the form an answer asks', () => {
	it('a noun card asks every case in turn, one further with every answer', () => {
		const cases = practice('bovtse', 'N', 'cases');
		const asked = Array.from({ length: 7 }, (_, reps) => askOf('bovtse', 'd/bovtse', cases, reps)!.tag);
		expect(new Set(asked)).toEqual(new Set(slotsOf('bovtse', word('bovtse', 'N'), 'cases')));
		const owner = Array.from({ length: 7 }, (_, reps) => askOf('bovtse', 'd/bovtse', cases, reps)!).find(
			(ask) => ask.tag === 'Sg+Gen'
		)!;
		expect(owner).toEqual({ tag: 'Sg+Gen', labels: ['Sg+Gen'], before: [], accepted: ['bovtsen'] });
	});

	it('a verb in the present is asked after its pronoun (manne ___ → byöpmedem)', () => {
		const present = practice('byöpmedidh', 'V', 'present');
		const asks = Array.from({ length: 9 }, (_, reps) => askOf('byöpmedidh', 'd/eat', present, reps)!);
		expect(asks.find((ask) => ask.tag === 'Ind+Prs+Sg1')).toEqual({
			tag: 'Ind+Prs+Sg1',
			labels: ['Ind+Prs+Sg1'],
			before: ['manne'],
			accepted: ['byöpmedem']
		});
		expect(asks.find((ask) => ask.tag === 'Ind+Prs+Du3')?.before).toEqual(['dah guaktah']);
	});

	it('"not" is the negation verb in a person and the verb\'s fixed form (manne im ___ → byöpmedh)', () => {
		const negative = practice('byöpmedidh', 'V', 'negative');
		const asks = Array.from({ length: 9 }, (_, reps) => askOf('byöpmedidh', 'd/eat', negative, reps)!);
		expect(asks.find((ask) => ask.before.includes('im'))).toEqual({
			tag: 'ConNeg',
			labels: ['Ind+Prs+Sg1', 'ConNeg'],
			before: ['manne', 'im'],
			accepted: ['byöpmedh']
		});
		expect(new Set(asks.map((ask) => ask.before[1]))).toEqual(
			new Set(['im', 'ih', 'ij', 'ean', 'idien', 'eakan', 'ibie', 'idie', 'eah'])
		);
	});

	it('an adjective compared accepts every variant in the file', () => {
		const comparison = practice('stoere', 'A', 'comparison');
		const asks = [0, 1].map((reps) => askOf('stoere', 'd/stoere', comparison, reps)!);
		expect(asks.map((ask) => ask.accepted).sort()).toEqual([
			['stoerebe', 'stuerebe'],
			['stoeremes', 'stööremes']
		]);
	});

	it("the options are the same word's forms, its group first, never another right one", () => {
		const negative = practice('byöpmedidh', 'V', 'negative');
		const ask = askOf('byöpmedidh', 'd/eat', negative, 0)!;
		const options = formChoices(negative, ask, 3, () => 0.5);
		expect(options).toHaveLength(3);
		expect(options).not.toContain('byöpmedh');
		const all = new Set(word('byöpmedidh', 'V').forms.flatMap(([, forms]) => forms));
		for (const option of options) expect(all.has(option)).toBe(true);
		const cases = practice('bovtse', 'N', 'cases');
		const caseAsk = askOf('bovtse', 'd/bovtse', cases, 0)!;
		const caseForms = new Set(
			word('bovtse', 'N')
				.forms.filter(([tag]) => !tag.startsWith('Pl'))
				.flatMap(([, forms]) => forms)
		);
		for (const option of formChoices(cases, caseAsk, 3, Math.random))
			expect(caseForms.has(option)).toBe(true);
	});
});

describe('the pronouns shown are lexicon words', () => {
	const lexicon = parseLexicon(lexiconTsv, '');
	it.each(Object.entries(PRONOUNS))('%s: %s', (_person, pronoun) => {
		expect(lexicon.has(lexiconKey(pronoun, 'Pron'))).toBe(true);
	});
});

describe('coverage of the decks', () => {
	it('≥ 95 % of the decks’ nouns, verbs and adjectives have forms practice (a group with a form to ask)', () => {
		let inflected = 0;
		let practised = 0;
		for (const deck of builtInDecks()) {
			const forms = deckForms(deck.id)!;
			for (const card of deck.cards) {
				if (!isInflected(card.pos)) continue;
				inflected++;
				const served = forms.words[card.id];
				if (served && practisedGroups(card.sma, served, forms).length) practised++;
			}
		}
		expect(inflected).toBeGreaterThan(500);
		expect(practised / inflected).toBeGreaterThanOrEqual(0.95);
	});
});
