/** Study cards: each deck word gives two, recognition (South Sami → meaning) and production (meaning → South Sami). */
import type { Card, Deck } from '$lib/decks/deck';
import type { Direction } from '$lib/db/database';

export type { Direction };

export interface StudyCard {
	/** `${deckId}/${wordId}/${direction}`: the key of the learner's progress. */
	id: string;
	deckId: string;
	direction: Direction;
	word: Card;
}

export function studyCardId(deckId: string, wordId: string, direction: Direction): string {
	return `${deckId}/${wordId}/${direction}`;
}

/** The two directions of one word share a sibling key; siblings are kept apart in a session. */
export function siblingKey(cardId: string): string {
	return cardId.slice(0, cardId.lastIndexOf('/'));
}

/** Both cards of every word of a deck, recognition first, in the deck's order. */
export function studyCardsOf(deck: Pick<Deck, 'id' | 'cards'>): StudyCard[] {
	return deck.cards.flatMap((word) =>
		(['recognition', 'production'] as const).map((direction) => ({
			id: studyCardId(deck.id, word.id, direction),
			deckId: deck.id,
			direction,
			word
		}))
	);
}
