/** The learner's progress screen: words known and being learned, days studied, the week ahead, decks. */
import { addDays } from '$lib/calendar/days';
import { database } from '$lib/db/database';
import type { Deck } from '$lib/decks/deck';
import { recall } from '$lib/srs/fsrs';
import { countWords, forecast, studyDays, wordStates, type WordCounts } from '$lib/study/stats';
import { decksForScope } from './decks';

export interface DeckProgress extends WordCounts {
	deck: Deck;
}

export interface ProgressReport {
	words: WordCounts;
	decks: DeckProgress[];
	days: { day: string; answers: number }[];
	forecast: number[];
}

const WEEKS = 12;

export async function progressReport(now = Date.now()): Promise<ProgressReport> {
	const db = database();
	const [cards, answerTimes, decks] = await Promise.all([
		db.cards.toArray(),
		db.reviews
			.where('at')
			.aboveOrEqual(addDays(now, -7 * WEEKS - 7))
			.keys() as Promise<number[]>,
		decksForScope(db, 'all').catch(() => [] as Deck[])
	]);
	const states = wordStates(cards, (card) => recall(card, now));
	return {
		words: countWords(states),
		decks: decks.map((deck) => ({ deck, ...countWords(states, deck.id) })),
		days: studyDays(answerTimes, now, WEEKS),
		forecast: forecast(cards, now)
	};
}
