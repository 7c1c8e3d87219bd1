/** Reading and writing a learner's progress: card memories and the review log. */
import type { LieredhDb, CardProgress, ReviewLogRow } from './database';

/** Stores an answer and the card's new memory together, or neither. */
export async function recordAnswer(
	db: LieredhDb,
	card: CardProgress,
	row: Omit<ReviewLogRow, 'id' | 'cardId'>
): Promise<number> {
	return db.transaction('rw', db.cards, db.reviews, async () => {
		await db.cards.put(card);
		return (await db.reviews.add({ ...row, cardId: card.id })) as number;
	});
}

/** Cards due at `now`, most overdue first. */
export function dueCards(db: LieredhDb, now: number): Promise<CardProgress[]> {
	return db.cards.where('due').belowOrEqual(now).sortBy('due');
}
