/**
 * The words around a question in a session: which other words its prompt fits (they are right too,
 * unless a hint tells them apart), which real words an answer could be instead (wrong, never a typo),
 * and the hint that tells words with a shared meaning apart. Indexed once per session, so a question
 * never scans the whole scope.
 */
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import type { Card, Theme } from '$lib/decks/deck';
import type { Direction, StudyCard } from './cards';

export type PromptHint = { note: string } | { not: string[] } | { theme: Theme } | { pos: string };

/** Every gloss of a word's sense in a language (what a prompt in that language may mean). */
function meaningsOf(word: Card, lang: GlossLanguage): string[] {
	return word.accept?.[lang] ?? word[lang];
}

/**
 * True when a prompt showing `shown` fits `other` as well: every gloss shown is one of its meanings.
 * "vann" fits jaevrie (innsjø, sjø, vann) as well as tjaetsie (water); "innsjø, sjø, vann" fits only jaevrie.
 */
export function promptFits(shown: readonly string[], other: Card, lang: GlossLanguage): boolean {
	const meanings = new Set(meaningsOf(other, lang).map((gloss) => gloss.toLowerCase()));
	return shown.length > 0 && shown.every((gloss) => meanings.has(gloss.toLowerCase()));
}

/**
 * What tells a card's prompt apart from the other words it fits, in the learner's own words: the card's
 * note first; then "not …", what each other word means that the card does not show, its main meaning
 * or else its note ("vann, not innsjø"); then its deck's theme when none of the others shares it; then, for adults only, its part of
 * speech (a child is never shown a grammar term).
 */
export function sharingHint(
	card: StudyCard,
	sharing: readonly StudyCard[],
	lang: GlossLanguage,
	themeOf: (deckId: string) => Theme | undefined,
	child = false
): PromptHint | undefined {
	if (!sharing.length) return undefined;
	const note = card.word.note?.[lang];
	if (note) return { note };
	// What each other word means that the card does not show: its main meaning, else its own note.
	const shown = new Set(card.word[lang].map((gloss) => gloss.toLowerCase()));
	const apart = sharing.map((other) => {
		const main = other.word[lang][0];
		return main && !shown.has(main.toLowerCase()) ? main : other.word.note?.[lang];
	});
	if (apart.every(Boolean)) return { not: [...new Set(apart as string[])] };
	const theme = themeOf(card.deckId);
	if (theme && sharing.every((other) => themeOf(other.deckId) !== theme)) return { theme };
	if (!child && sharing.every((other) => other.word.pos !== card.word.pos)) return { pos: card.word.pos };
	return undefined;
}

/** The session's cards indexed by each meaning, per direction and language. */
export class WordsAround {
	#byMeaning = new Map<string, StudyCard[]>();
	#byDirection = new Map<Direction, Card[]>();

	constructor(cards: readonly StudyCard[]) {
		for (const card of cards) {
			const words = this.#byDirection.get(card.direction);
			if (words) words.push(card.word);
			else this.#byDirection.set(card.direction, [card.word]);
			for (const lang of ['nb', 'sv', 'en'] as const) {
				for (const gloss of meaningsOf(card.word, lang)) {
					const key = this.#key(card.direction, lang, gloss);
					const found = this.#byMeaning.get(key);
					if (found) found.push(card);
					else this.#byMeaning.set(key, [card]);
				}
			}
		}
	}

	#key(direction: Direction, lang: GlossLanguage, gloss: string): string {
		return `${direction}\u0000${lang}\u0000${gloss.toLowerCase()}`;
	}

	/** Other words (not spelled like the card's) that a prompt showing the card's glosses in `lang` fits. */
	fitting(card: StudyCard, lang: GlossLanguage): StudyCard[] {
		const shown = card.word[lang];
		const found = new Set<StudyCard>();
		for (const gloss of shown) {
			for (const other of this.#byMeaning.get(this.#key(card.direction, lang, gloss)) ?? []) {
				if (other.word.sma !== card.word.sma && promptFits(shown, other.word, lang)) found.add(other);
			}
		}
		return [...found];
	}

	/** The other words of the session asked in the same direction. */
	others(card: StudyCard): Card[] {
		return (this.#byDirection.get(card.direction) ?? []).filter((word) => word !== card.word);
	}
}
