import { describe, expect, it } from 'vitest';
import { newMemory, Rating, review } from '$lib/srs/fsrs';
import { wordParadigms } from '$lib/server/lessons';
import { formsOfCard } from './forms';
import { checkForm } from './check';
import { groupToOpen } from './practice';

const forms = (sma: string, pos: string) => formsOfCard({ sma, pos }, wordParadigms())!.forms;

describe('a typed form, graded', () => {
	const bovtse = forms('bovtse', 'N');
	const stoere = forms('stoere', 'A');
	const byopmedidh = forms('byöpmedidh', 'V');
	it.each([
		['right', bovtse, 'Sg+Gen', 'bovtsen', 'correct', undefined],
		['right, the other variant in the file', stoere, 'Comp+Attr', 'stuerebe', 'correct', undefined],
		['a slip of the finger', bovtse, 'Sg+Ine', 'bovtsesme', 'typo', undefined],
		[
			'the same word in another slot: the plural for the owner form',
			bovtse,
			'Sg+Gen',
			'bovtsh',
			'wrong',
			['Pl+Nom']
		],
		[
			'the same verb, "du" for "jeg"',
			byopmedidh,
			'Ind+Prs+Sg1',
			'byöpmedh',
			'wrong',
			['Ind+Prs+Sg2', 'Imprt+Sg2', 'ConNeg']
		],
		['another word altogether', bovtse, 'Sg+Gen', 'gåetien', 'wrong', undefined],
		['nothing', bovtse, 'Sg+Gen', '', 'wrong', undefined]
	])('%s: %s %s ← «%s» is %s', (_name, paradigm, tag, answer, verdict, slots) => {
		const check = checkForm(answer, paradigm, tag, ['gåetien']);
		expect(check.verdict).toBe(verdict);
		expect(check.otherSlots).toEqual(slots);
	});

	it('a keyboard letter is a variant (i for ï), never a mistake', () => {
		expect(checkForm('bienjesne', forms('bïenje', 'N'), 'Sg+Ine').verdict).toBe('variant');
	});

	it('a form right for two slots is right in either (bïenjine: with a dog, in dogs)', () => {
		const bienje = forms('bïenje', 'N');
		expect(checkForm('bïenjine', bienje, 'Sg+Com').verdict).toBe('correct');
		expect(checkForm('bïenjine', bienje, 'Pl+Ine').verdict).toBe('correct');
	});
});

describe('when a word’s forms open', () => {
	const now = new Date(2026, 10, 24, 18).getTime();
	const DAY = 86_400_000;
	const known = () => {
		let memory = newMemory(now - 5 * DAY);
		for (const days of [5, 4.99, 2]) memory = review(memory, Rating.Good, now - days * DAY);
		return memory;
	};
	const learning = review(newMemory(now), Rating.Good, now);
	const lapsed = review(known(), Rating.Again, now);
	it.each([
		['both cards known', [known(), known()], true],
		['production still in its learning steps', [known(), learning], false],
		['production never met', [known(), undefined], false],
		['a lapse: relearning', [known(), lapsed], false]
	])('%s: %s', (_name, cards, open) => {
		// The word's first group opens only when both its cards are known (forms/practice.ts).
		expect(groupToOpen(['number'], cards, () => undefined) === 'number').toBe(open);
	});
});
