/**
 * Grading a typed form (Morfa): the asked slot's forms are right, every variant in the data included
 * (stoerebe and stuerebe); a keyboard letter (i for ï) is a variant and one slip a typo, as for words
 * (answers/check.ts); but a real form of the *same* word in another slot is wrong, with the slot it
 * belongs to, so the learner hears "you wrote the plural: bovtsh; here the owner form: bovtsen".
 */
import { checkAnswer, type AnswerCheck } from '$lib/answers/check';

export interface FormCheck extends AnswerCheck {
	/** The answer is the same word's form for these other slots (verdict 'wrong'). */
	otherSlots?: string[];
}

/**
 * `forms`: the word's whole paradigm as [tag, variants]; `tag`: the slot asked. Another word's forms
 * (`otherWords`) are wrong like any other real word.
 */
export function checkForm(
	given: string,
	forms: readonly (readonly [string, readonly string[]])[],
	tag: string,
	otherWords: readonly string[] = []
): FormCheck {
	const accepted = forms.find(([slot]) => slot === tag)?.[1] ?? [];
	const acceptedSet = new Set(accepted);
	// The same word's forms for other slots, unless a form is also right here (a syncretism: Sg+Com and
	// Pl+Ine are both bïenjine; typed for either, it is right).
	const elsewhere = forms.flatMap(([slot, variants]) =>
		slot === tag ? [] : variants.filter((form) => !acceptedSet.has(form)).map((form) => ({ slot, form }))
	);
	const check = checkAnswer(given, accepted, {
		language: 'sma',
		otherWords: [...new Set([...elsewhere.map(({ form }) => form), ...otherWords])]
	});
	if (check.verdict !== 'wrong' || !check.confusedWith) return check;
	const otherSlots = [
		...new Set(elsewhere.filter(({ form }) => form === check.confusedWith).map(({ slot }) => slot))
	];
	return otherSlots.length ? { ...check, otherSlots } : check;
}
