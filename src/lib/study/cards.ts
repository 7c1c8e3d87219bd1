/** Study cards: each deck word gives two, recognition (South Sami → meaning) and production (meaning → South Sami). */
import type { Card, Deck } from '$lib/decks/deck';
import { DIRECTIONS, studyCardId, type Direction } from './records';

export type { Direction };

export interface StudyCard {
	/** `${deckId}/${wordId}/${direction}`: the key of the learner's progress. */
	id: string;
	deckId: string;
	direction: Direction;
	word: Card;
}

/** Both cards of every word of a deck, recognition first, in the deck's order. */
export function studyCardsOf(deck: Pick<Deck, 'id' | 'cards'>): StudyCard[] {
	return deck.cards.flatMap((word) =>
		DIRECTIONS.map((direction) => ({
			id: studyCardId(deck.id, word.id, direction),
			deckId: deck.id,
			direction,
			word
		}))
	);
}
