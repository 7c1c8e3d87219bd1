/** What Home shows: per started deck how much is due, how many new cards are left today, recent activity. */
import { addDays } from '$lib/calendar/days';
import { wordKey } from '$lib/study/records';
import type { LieredhDb } from './database';

export interface DeckOverview {
	deckId: string;
	/** Words with a card due now (reviews and learning steps): counts speak of words, never of cards. */
	due: number;
	/** Words of this deck the learner has met. */
	seen: number;
}

export interface Overview {
	decks: DeckOverview[];
	/** New cards that may still be introduced today. */
	newLeft: number;
	/** When each answer of the last 60 days was given: streak and week. */
	answerTimes: number[];
}

export async function overview(
	db: LieredhDb,
	now: number,
	today: number,
	newPerDay: number
): Promise<Overview> {
	return db.transaction('r', db.cards, db.reviews, async () => {
		const byDeck = new Map<string, DeckOverview>();
		const entry = (deckId: string) => {
			let found = byDeck.get(deckId);
			if (!found) byDeck.set(deckId, (found = { deckId, due: 0, seen: 0 }));
			return found;
		};
		const started = await startedDeckIds(db);
		// Keys only, per deck (deckId and [deckId+due] indexes): no card is read. A card with progress
		// has been answered, so it is never in FSRS's New state: everything due is a review or a step.
		// A word's two cards count once.
		await Promise.all(
			started.map(async (deckId) => {
				const seen = await db.cards.where('deckId').equals(deckId).primaryKeys();
				entry(deckId).seen = wordsOf(seen as string[]);
				const due = await db.cards
					.where('[deckId+due]')
					.between([deckId, -Infinity], [deckId, now], true, true)
					.primaryKeys();
				entry(deckId).due = wordsOf(due as string[]);
			})
		);
		const introduced = await db.cards.where('introduced').aboveOrEqual(today).count();
		const answerTimes = (await db.reviews.where('at').aboveOrEqual(addDays(now, -60)).keys()) as number[];
		return { decks: [...byDeck.values()], newLeft: Math.max(0, newPerDay - introduced), answerTimes };
	});
}

function wordsOf(cardIds: readonly string[]): number {
	return new Set(cardIds.map(wordKey)).size;
}

/** Decks with any progress: the deckId index's keys, without reading a card. */
export async function startedDeckIds(db: LieredhDb): Promise<string[]> {
	return (await db.cards.orderBy('deckId').uniqueKeys()) as string[];
}
