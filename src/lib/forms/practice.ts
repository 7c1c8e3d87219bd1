/**
 * Forms practice (Oahpa's Morfa): which of a known word's form groups are practised, which one opens
 * next, which form of the group an answer asks, and how it is asked. Every form and every South Sami
 * word shown comes from the data (forms.tsv, the lexicon's pronouns): nothing here makes a form.
 */
import { FORM_GROUPS, type DeckForms, type InflectedPos, type ServedWord } from './forms';

/**
 * The groups practised, in the order they open: a noun's plural before its cases, a verb's present
 * (with the pronoun) before "not", the past and the imperative, an adjective's comparison. The rarer
 * forms (the infinitive's relatives, comparison in front of a word) are in the paradigm table only.
 */
export const PRACTICE_GROUPS = {
	N: ['number', 'cases', 'plural'],
	V: ['present', 'negative', 'past', 'imperative'],
	A: ['comparison']
} as const satisfies Record<InflectedPos, readonly string[]>;

/**
 * The personal pronouns shown before a verb's person form ("manne ___"): lexicon words, from Oahpa's
 * pronPers_smanob.xml (sma-lexicon.tsv), by the person part of the tag.
 */
export const PRONOUNS: Record<string, string> = {
	Sg1: 'manne',
	Sg2: 'datne',
	Sg3: 'dïhte',
	Du1: 'månnoeh',
	Du2: 'dåtnoeh',
	Du3: 'dah guaktah',
	Pl1: 'mijjieh',
	Pl2: 'dijjieh',
	Pl3: 'dah'
};

/** What a forms card carries: its group, the word's part of speech and forms, and "not"'s person forms. */
export interface FormsPractice {
	group: string;
	pos: InflectedPos;
	/** The word's whole paradigm as served: a form of another slot typed here is named as such. */
	forms: readonly (readonly [string, readonly string[]])[];
	/** The negation verb's present forms (im, ih, ij …), for the negative. */
	negation?: readonly (readonly [string, readonly string[]])[];
}

/**
 * The slots a group asks for this word: the group's tags with a form in the data, but never one that is
 * the dictionary form itself (stoere "in front of a word" is stoere: nothing to practise).
 */
export function slotsOf(lemma: string, word: Pick<ServedWord, 'pos' | 'forms'>, group: string): string[] {
	const tags: readonly string[] = (FORM_GROUPS[word.pos] as Record<string, readonly string[]>)[group] ?? [];
	const forms = new Map(word.forms);
	return tags.filter((tag) => {
		const found = forms.get(tag);
		return !!found?.length && !found.includes(lemma);
	});
}

/** The groups of a word that can be practised with its data (the negative needs "not"'s forms too). */
export function practisedGroups(
	lemma: string,
	word: ServedWord,
	deck: Pick<DeckForms, 'negation'>
): string[] {
	return PRACTICE_GROUPS[word.pos].filter(
		(group) => slotsOf(lemma, word, group).length > 0 && (group !== 'negative' || !!deck.negation?.length)
	);
}

/** What the practice reads of a card's memory. */
export interface CardMemory {
	state: number;
	reps: number;
}

/** FSRS's Review state (srs/scale.ts): past the learning steps. */
const REVIEW = 2;

/** A card past its first successful review: out of its learning steps and right at least once since. */
export function isKnownCard(card: CardMemory | undefined): boolean {
	return !!card && card.state === REVIEW && card.reps >= 2;
}

/**
 * The group to open next for a word, or undefined: a word's forms open once the word is known (both its
 * cards past their first successful review), one group at a time, the next once the one before is
 * known too — so a learner who knows bovtse is asked its plural, then its cases.
 */
export function groupToOpen(
	groups: readonly string[],
	wordCards: readonly (CardMemory | undefined)[],
	groupCard: (group: string) => CardMemory | undefined
): string | undefined {
	if (wordCards.length !== 2 || !wordCards.every(isKnownCard)) return undefined;
	for (const group of groups) {
		const card = groupCard(group);
		if (!card) return group;
		if (!isKnownCard(card)) return undefined;
	}
	return undefined;
}

/** One question of a forms card: the slot asked and the South Sami words shown before the blank. */
export interface FormAsk {
	/** The tag whose forms are right (ConNeg for the negative). */
	tag: string;
	/** The tags whose labels say what is asked, in the learner's language ("jeg", "ikke"). */
	labels: string[];
	/** Shown before the blank: the pronoun, and for the negative "not" in that person (manne im ___). */
	before: string[];
	/** Every form that is right here (the file's variants). */
	accepted: string[];
}

const PERSON = /\+(Sg|Du|Pl)[123]$/;

/** A small stable number for a word, so words of one deck do not all start with the same slot. */
function offsetOf(key: string): number {
	let hash = 0;
	for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) % 9973;
	return hash;
}

/**
 * The slot an answer asks: the group's slots in turn, one further with every answer the card has had
 * (a card asks "inne i" today and "fra" next time: the group is what is learned, not one form).
 */
export function askOf(
	lemma: string,
	wordKey: string,
	practice: FormsPractice,
	reps: number
): FormAsk | undefined {
	const slots = slotsOf(
		lemma,
		{ pos: practice.pos, forms: practice.forms as [string, string[]][] },
		practice.group
	);
	if (!slots.length) return undefined;
	const turn = offsetOf(wordKey) + reps;
	const forms = new Map(practice.forms);
	if (practice.group === 'negative') {
		const persons = (practice.negation ?? []).filter(([, neg]) => neg.length);
		if (!persons.length) return undefined;
		const [person, neg] = persons[turn % persons.length]!;
		const pronoun = PRONOUNS[PERSON.exec(person)?.[0].slice(1) ?? ''];
		return {
			tag: 'ConNeg',
			labels: [person, 'ConNeg'],
			before: [...(pronoun ? [pronoun] : []), neg[0]!],
			accepted: [...(forms.get('ConNeg') ?? [])]
		};
	}
	const tag = slots[turn % slots.length]!;
	const pronoun = PRONOUNS[PERSON.exec(tag)?.[0].slice(1) ?? ''];
	return {
		tag,
		labels: [tag],
		before: practice.pos === 'V' && pronoun && !tag.startsWith('Imprt') ? [pronoun] : [],
		accepted: [...(forms.get(tag) ?? [])]
	};
}

/**
 * The other forms offered with the right one on the choice rung: the same word's forms, those of the
 * same group first (the plural next to the owner form is the real question), never one that is also
 * right here, each once.
 */
export function formChoices(
	practice: FormsPractice,
	ask: FormAsk,
	count = 3,
	random: () => number = Math.random
): string[] {
	const right = new Set(ask.accepted);
	const group = new Set<string>(
		(FORM_GROUPS[practice.pos] as Record<string, readonly string[]>)[practice.group]
	);
	const candidates = practice.forms.flatMap(([tag, forms]) =>
		forms.filter((form) => !right.has(form)).map((form) => ({ form, near: group.has(tag) ? 0 : 1 }))
	);
	const ranked = candidates
		.map((candidate) => ({ ...candidate, key: candidate.near + random() }))
		.sort((a, b) => a.key - b.key);
	const picked: string[] = [];
	for (const { form } of ranked) {
		if (picked.length === count) break;
		if (!picked.includes(form)) picked.push(form);
	}
	return picked;
}

/** The slots of the word whose forms include `form` (what a chosen or built wrong form was). */
export function slotsOfForm(practice: Pick<FormsPractice, 'forms'>, form: string): string[] {
	return practice.forms.filter(([, forms]) => forms.includes(form)).map(([tag]) => tag);
}
