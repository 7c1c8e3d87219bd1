import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInDecks, deckForms, wordParadigms } from '$lib/server/lessons';
import { exampleOf, formsOfCard, groupedForms, groupOf, isInflected, parseForms } from './forms';

const paradigms = wordParadigms();
const formOf = (sma: string, pos: string, tag: string) =>
	formsOfCard({ sma, pos }, paradigms)?.forms.find(([t]) => t === tag)?.[1];

describe('word forms from lessons/forms/forms.tsv', () => {
	it.each([
		['gåetie', 'N', 'Sg+Ine', ['gåetesne']],
		['bovtse', 'N', 'Pl+Nom', ['bovtsh']],
		['bovtse', 'N', 'Sg+Gen', ['bovtsen']],
		['byöpmedidh', 'V', 'Ind+Prs+Sg1', ['byöpmedem']],
		['byöpmedidh', 'V', 'ConNeg', ['byöpmedh']],
		['stoere', 'A', 'Comp+Attr', ['stoerebe', 'stuerebe']],
		['ij', 'V', 'Ind+Prs+Sg1', ['im']]
	])('%s (%s) %s = %o, every variant kept', (sma, pos, tag, expected) => {
		expect(formOf(sma, pos, tag)).toEqual(expected);
	});

	it('parses variants and leaves out tags the generator has no form for', () => {
		const parsed = parseForms(
			'sma\tpos\tstem\ttags\tforms\nx\tV\t+V\tInd+Prs+Sg1\ta; b\nx\tV\t+V\tImprt+Sg2\t\n'
		);
		expect(formsOfCard({ sma: 'x', pos: 'V' }, parsed)).toEqual({
			pos: 'V',
			forms: [['Ind+Prs+Sg1', ['a', 'b']]]
		});
	});

	it.each([
		['N', 'Sg+Ine', 'cases'],
		['N', 'Pl+Ill', 'plural'],
		['V', 'Ind+Prt+Du2', 'past'],
		['V', 'ConNeg', 'negative'],
		['A', 'Comp+Sg+Nom', 'comparison']
	] as const)('%s %s is in the group %s', (pos, tag, group) => {
		expect(groupOf(pos, tag)).toBe(group);
	});
});

describe('the served forms', () => {
	// The file the app ships, read as text: every served form must be on its lemma's row for its tag.
	const rows = new Set(
		readFileSync('lessons/forms/forms.tsv', 'utf8')
			.split('\n')
			.slice(1)
			.flatMap((line) => {
				const [sma, pos, , tags, forms = ''] = line.split('\t');
				return forms.split(';').map((form) => `${sma}\t${pos}\t${tags}\t${form.trim()}`);
			})
	);

	it('every form served is in the GPL data file, for its word and its slot', () => {
		let served = 0;
		for (const deck of builtInDecks()) {
			const forms = deckForms(deck.id)!;
			for (const card of deck.cards) {
				const word = forms.words[card.id];
				if (!word) continue;
				for (const [tag, variants] of word.forms)
					for (const form of variants) {
						expect(rows.has(`${card.sma}\t${card.pos}\t${tag}\t${form}`), `${card.sma} ${tag} ${form}`).toBe(
							true
						);
						served++;
					}
			}
			for (const [tag, variants] of forms.negation ?? [])
				for (const form of variants) expect(rows.has(`ij\tV\t${tag}\t${form}`)).toBe(true);
		}
		expect(served).toBeGreaterThan(10_000);
	});

	it('≥ 95 % of the decks’ nouns, verbs and adjectives have their forms; each deck ≤ 30 KiB gzip', () => {
		const inflected = builtInDecks().flatMap((deck) =>
			deck.cards.filter((card) => isInflected(card.pos)).map((card) => ({ deck: deck.id, card }))
		);
		const covered = inflected.filter(({ deck, card }) => deckForms(deck)!.words[card.id]);
		expect(covered.length / inflected.length).toBeGreaterThanOrEqual(0.95);
		for (const deck of builtInDecks()) {
			const kib = gzipSync(JSON.stringify(deckForms(deck.id))).length / 1024;
			expect(kib, deck.id).toBeLessThanOrEqual(30);
		}
	});
});

describe('the paradigm table', () => {
	it('groups a verb’s forms and puts the negative as the negation verb with the verb’s form after it', () => {
		const deck = deckForms('everyday-verbs')!;
		const card = builtInDecks()
			.find((d) => d.id === 'everyday-verbs')!
			.cards.find((c) => c.sma === 'byöpmedidh')!;
		const groups = new Map(groupedForms(deck.words[card.id]!, deck));
		expect([...groups.keys()]).toEqual(['present', 'past', 'imperative', 'negative', 'other']);
		expect(groups.get('negative')).toContainEqual(['Ind+Prs+Sg1', ['im byöpmedh']]);
	});

	it('takes an example from another word of the deck, in the form that shows the group best', () => {
		const animals = builtInDecks().find((d) => d.id === 'animals')!;
		const ids = animals.cards.map((c) => c.id);
		expect(exampleOf(deckForms('animals')!, ids, 'bienje', 'cases')).toEqual({
			cardId: 'gaahtoe',
			tag: 'Sg+Ine',
			forms: ['gaahtosne']
		});
		expect(exampleOf(deckForms('animals')!, ['bienje'], 'bienje', 'cases')).toBeUndefined();
	});
});
