/**
 * Study cards: each deck word gives two, recognition (South Sami → meaning) and production (meaning →
 * South Sami); a known noun, verb or adjective gives a forms card per form group too (forms/practice.ts).
 */
import type { Card, Deck } from '$lib/decks/deck';
import type { FormsPractice } from '$lib/forms/practice';
import { WORD_DIRECTIONS, studyCardId, type Direction } from './records';

export type { Direction };

export interface StudyCard {
	/** `${deckId}/${wordId}/${direction}` (`…/forms-<group>` for forms): the key of the learner's progress. */
	id: string;
	deckId: string;
	direction: Direction;
	word: Card;
	/** A forms card's group and the word's forms (direction 'forms' only). */
	forms?: FormsPractice;
}

/** Both cards of every word of a deck, recognition first, in the deck's order. */
export function studyCardsOf(deck: Pick<Deck, 'id' | 'cards'>): StudyCard[] {
	return deck.cards.flatMap((word) =>
		WORD_DIRECTIONS.map((direction) => ({
			id: studyCardId(deck.id, word.id, direction),
			deckId: deck.id,
			direction,
			word
		}))
	);
}
