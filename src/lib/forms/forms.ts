/**
 * A word's forms, from lessons/forms/forms.tsv (GPL-3.0 data generated with GiellaLT's lang-sma, see
 * lessons/forms/README.md): parsed, grouped into the groups a learner meets them in, and served per deck
 * (`/forms/<deck>.json`) for the deck's nouns, verbs and adjectives. Every form comes from the file:
 * nothing here makes a form.
 */
import type { Card, Deck } from '$lib/decks/deck';

export const FORMS_FORMAT = 1;

/** One lemma's paradigm: each tag's forms (variants in the file's order; empty when none). */
export interface Paradigm {
	sma: string;
	pos: string;
	forms: Map<string, string[]>;
}

const keyOf = (sma: string, pos: string) => `${sma}\t${pos}`;

/** Parses forms.tsv (`sma pos stem tags forms`): every lemma's paradigm. */
export function parseForms(tsv: string): Map<string, Paradigm> {
	const paradigms = new Map<string, Paradigm>();
	for (const line of tsv.split('\n').slice(1)) {
		if (!line.trim()) continue;
		const [sma, pos, , tags, forms = ''] = line.split('\t');
		if (!sma || !pos || !tags) continue;
		const key = keyOf(sma, pos);
		let paradigm = paradigms.get(key);
		if (!paradigm) paradigms.set(key, (paradigm = { sma, pos, forms: new Map() }));
		paradigm.forms.set(
			tags,
			forms
				.split(';')
				.map((form) => form.trim())
				.filter(Boolean)
		);
	}
	return paradigms;
}

/**
 * The groups of forms a learner meets, in Oahpa's Morfa order, with the tags of each. The labels live
 * in the interface languages (i18n `forms.group.*`, `forms.tag.*`), in plain words on a child's screen.
 */
export const FORM_GROUPS = {
	N: {
		number: ['Sg+Nom', 'Pl+Nom'],
		cases: ['Sg+Acc', 'Sg+Gen', 'Sg+Ill', 'Sg+Ine', 'Sg+Ela', 'Sg+Com', 'Ess'],
		plural: ['Pl+Acc', 'Pl+Gen', 'Pl+Ill', 'Pl+Ine', 'Pl+Ela', 'Pl+Com']
	},
	V: {
		present: [
			'Ind+Prs+Sg1',
			'Ind+Prs+Sg2',
			'Ind+Prs+Sg3',
			'Ind+Prs+Du1',
			'Ind+Prs+Du2',
			'Ind+Prs+Du3',
			'Ind+Prs+Pl1',
			'Ind+Prs+Pl2',
			'Ind+Prs+Pl3'
		],
		past: [
			'Ind+Prt+Sg1',
			'Ind+Prt+Sg2',
			'Ind+Prt+Sg3',
			'Ind+Prt+Du1',
			'Ind+Prt+Du2',
			'Ind+Prt+Du3',
			'Ind+Prt+Pl1',
			'Ind+Prt+Pl2',
			'Ind+Prt+Pl3'
		],
		imperative: ['Imprt+Sg2', 'Imprt+Du2', 'Imprt+Pl2'],
		negative: ['ConNeg'],
		other: ['Inf', 'PrfPrc', 'Ger', 'VGen']
	},
	A: {
		comparison: ['Attr', 'Comp+Sg+Nom', 'Superl+Sg+Nom'],
		compared: ['Comp+Attr', 'Comp+Pl+Nom', 'Superl+Attr', 'Superl+Pl+Nom']
	}
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type InflectedPos = keyof typeof FORM_GROUPS;

export function isInflected(pos: string): pos is InflectedPos {
	return pos in FORM_GROUPS;
}

/** One word's forms as served: [tag, variants] in the groups' order, tags without a form left out. */
export interface ServedWord {
	pos: InflectedPos;
	forms: [string, string[]][];
}

/** `/forms/<deck>.json`: the forms of a deck's nouns, verbs and adjectives, by card id. */
export interface DeckForms {
	format: typeof FORMS_FORMAT;
	deck: string;
	words: Record<string, ServedWord>;
	/** The negation verb's present forms (im, ih, ij …), for "I do not …" with a verb's ConNeg. */
	negation?: [string, string[]][];
}

/** A card's forms in the groups' order, or undefined when the file has none for it. */
export function formsOfCard(card: Pick<Card, 'sma' | 'pos'>, paradigms: ReadonlyMap<string, Paradigm>) {
	if (!isInflected(card.pos)) return undefined;
	const paradigm = paradigms.get(keyOf(card.sma, card.pos));
	if (!paradigm) return undefined;
	const forms: [string, string[]][] = [];
	for (const tags of Object.values(FORM_GROUPS[card.pos]) as readonly (readonly string[])[])
		for (const tag of tags) {
			const found = paradigm.forms.get(tag);
			if (found?.length) forms.push([tag, found]);
		}
	return forms.length ? { pos: card.pos, forms } : undefined;
}

/** A deck's served forms. */
export function formsOfDeck(
	deck: Pick<Deck, 'id' | 'cards'>,
	paradigms: ReadonlyMap<string, Paradigm>
): DeckForms {
	const words: Record<string, ServedWord> = {};
	let verbs = false;
	for (const card of deck.cards) {
		const served = formsOfCard(card, paradigms);
		if (!served) continue;
		words[card.id] = served;
		verbs ||= served.pos === 'V';
	}
	const negation = verbs ? formsOfCard({ sma: 'ij', pos: 'V' }, paradigms) : undefined;
	return {
		format: FORMS_FORMAT,
		deck: deck.id,
		words,
		...(negation ? { negation: negation.forms.filter(([tag]) => tag.startsWith('Ind+Prs')) } : {})
	};
}

/** The group a tag belongs to for this part of speech ("cases" for Sg+Ine). */
export function groupOf(pos: InflectedPos, tag: string): string | undefined {
	for (const [group, tags] of Object.entries(FORM_GROUPS[pos]))
		if ((tags as readonly string[]).includes(tag)) return group;
	return undefined;
}

/** The credit the data's README asks for, quoted as it is (never translated). */
export const FORMS_ATTRIBUTION =
	"Word forms generated with GiellaLT's South Sami analyser (lang-sma, GPL-3.0)";
/** Where the forms and the Numra words come from: the analyser's repository and commit. */
export const FORMS_SOURCE = {
	href: 'https://github.com/giellalt/lang-sma',
	name: 'giellalt/lang-sma',
	commit: '81ca29f2d'
};
/** The GPL's text, served with the app (static/licences/), as the licence asks. */
export const FORMS_LICENCE = { href: '/licences/GPL-3.0.txt', name: 'GNU General Public License, version 3' };

/** The form that shows a group best in an example ("i, inne i" for the cases). */
export const EXAMPLE_TAG: Record<string, string> = {
	number: 'Pl+Nom',
	cases: 'Sg+Ine',
	plural: 'Pl+Ine',
	present: 'Ind+Prs+Sg1',
	past: 'Ind+Prt+Sg1',
	imperative: 'Imprt+Sg2',
	negative: 'ConNeg',
	other: 'Inf',
	comparison: 'Comp+Sg+Nom',
	compared: 'Comp+Attr'
};

/**
 * A word's forms in their groups, for the paradigm table; the negative as the negation verb's person
 * forms with the verb's form after it (im byöpmedh): two forms from the data, side by side.
 */
export function groupedForms(
	word: ServedWord,
	deck: Pick<DeckForms, 'negation'>
): [string, [string, string[]][]][] {
	const groups: [string, [string, string[]][]][] = [];
	const rowsOf = (group: string) => {
		let found = groups.find(([name]) => name === group);
		if (!found) groups.push((found = [group, []]));
		return found[1];
	};
	for (const [tag, variants] of word.forms) {
		const rows = rowsOf(groupOf(word.pos, tag) ?? 'other');
		rows.push([tag, variants]);
		if (tag === 'ConNeg' && deck.negation)
			for (const [person, neg] of deck.negation)
				rows.push([person, neg.flatMap((n) => variants.map((v) => `${n} ${v}`))]);
	}
	return groups;
}

/**
 * An example for a group's explanation from the deck's own words: the first other word with the same
 * part of speech (in `cardIds`' order), in the form that shows the group best (EXAMPLE_TAG).
 */
export function exampleOf(
	deck: Pick<DeckForms, 'words'>,
	cardIds: readonly string[],
	cardId: string,
	group: string
): { cardId: string; tag: string; forms: string[] } | undefined {
	const pos = deck.words[cardId]?.pos;
	if (!pos) return undefined;
	for (const other of cardIds) {
		const word = deck.words[other];
		if (other === cardId || word?.pos !== pos) continue;
		const found = word.forms.find(([tag]) => tag === EXAMPLE_TAG[group]);
		if (found?.[1].length) return { cardId: other, tag: found[0], forms: found[1] };
	}
	return undefined;
}
