/**
 * Teachers' own decks: the same card fields as `/decks/<id>.json`, read from untrusted places (deck
 * files, assignment links) with every field checked. A word a teacher kept although the lexicon does
 * not have it is marked `unverified` and shown as "not in the lexicon".
 */
import { DECK_FORMAT, type Card, type Deck } from '$lib/decks/deck';
import { fold } from '$lib/lexicon/search';
import { MAX_CARDS } from '$lib/decks/validate';
import { attempt, BadField, isObject, list, object, plainText } from '$lib/data/fields';

export const OWN_PREFIX = 'own-';

export interface OwnCard extends Card {
	/** Not in the bundled lexicon: kept because the teacher confirmed it. */
	unverified?: boolean;
	/** The translations are the teacher's own (pasted or edited), shown as "your translation". */
	teacherTranslation?: boolean;
}

export interface OwnDeck extends Deck {
	theme: 'own';
	cards: OwnCard[];
}

export function isOwnDeckId(id: string): boolean {
	return id.startsWith(OWN_PREFIX);
}

/** A fresh, empty deck with an id no built-in deck can have. */
export function newOwnDeck(title: string, random = crypto.getRandomValues.bind(crypto)): OwnDeck {
	const bytes = random(new Uint8Array(6));
	const suffix = [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('');
	return {
		format: DECK_FORMAT,
		id: `${OWN_PREFIX}${suffix}`,
		title: { nb: title, sv: title, en: title },
		theme: 'own',
		level: 1,
		description: { nb: '', sv: '', en: '' },
		cards: []
	};
}

/**
 * A deck kept beside one with the same id (an imported file, a colleague's link): a new id, so neither
 * overwrites the other, and the title the teacher will tell it apart by.
 */
export function copyOfOwnDeck(
	deck: OwnDeck,
	title: string,
	random = crypto.getRandomValues.bind(crypto)
): OwnDeck {
	return { ...deck, id: newOwnDeck(title, random).id, title: { nb: title, sv: title, en: title } };
}

/** Card ids from the word: stable while the word stays, unique within the deck. */
export function cardIdFor(sma: string, taken: ReadonlySet<string>): string {
	const base =
		fold(sma)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'word';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

export type OwnDeckReading = { ok: true; deck: OwnDeck } | { ok: false; path: string; tooMany?: boolean };

export function readOwnDeck(value: unknown): OwnDeckReading {
	if (isObject(value) && Array.isArray(value.cards) && value.cards.length > MAX_CARDS) {
		return { ok: false, path: 'cards', tooMany: true };
	}
	const read = attempt(() => ownDeckOf(value));
	return read.ok ? { ok: true, deck: read.value } : { ok: false, path: read.path };
}

const text = (value: unknown, path: string, max = 200) => {
	const found = plainText(value, path, max).trim();
	if (!found) throw new BadField(path);
	return found;
};
const glosses = (value: unknown, path: string) => list(value ?? [], path, (g, p) => text(g, p), 20);

function ownDeckOf(value: unknown): OwnDeck {
	const raw = object(value, 'deck');
	const id = text(raw.id, 'id', 40);
	if (!isOwnDeckId(id) || !/^[a-z0-9-]+$/.test(id)) throw new BadField('id');
	const title = object(raw.title, 'title');
	const ids = new Set<string>();
	const cards = list(
		raw.cards,
		'cards',
		(card, path) => {
			const read = cardOf(card, path);
			if (ids.has(read.id)) throw new BadField(`${path}.id`);
			ids.add(read.id);
			return read;
		},
		MAX_CARDS
	);
	return {
		format: DECK_FORMAT,
		id,
		title: { nb: text(title.nb, 'title.nb'), sv: text(title.sv, 'title.sv'), en: text(title.en, 'title.en') },
		theme: 'own',
		level: 1,
		description: { nb: '', sv: '', en: '' },
		cards
	};
}

function cardOf(value: unknown, path: string): OwnCard {
	const raw = object(value, path);
	const card: OwnCard = {
		id: text(raw.id, `${path}.id`, 80),
		sma: text(raw.sma, `${path}.sma`, 100),
		variants: glosses(raw.variants, `${path}.variants`),
		pos: text(raw.pos ?? '?', `${path}.pos`, 12),
		nb: glosses(raw.nb, `${path}.nb`),
		sv: glosses(raw.sv, `${path}.sv`),
		en: glosses(raw.en, `${path}.en`)
	};
	if (!card.nb.length && !card.sv.length && !card.en.length) throw new BadField(`${path}.nb`);
	if (raw.unverified === true) card.unverified = true;
	if (raw.teacherTranslation === true) card.teacherTranslation = true;
	return card;
}
