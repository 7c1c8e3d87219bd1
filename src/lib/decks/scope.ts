/**
 * Which decks a study session draws from: everything started, one deck (built-in or own), or the
 * words of an assignment. Own decks and assignments live in IndexedDB; built-in decks are served JSON.
 */
import type { LieredhDb } from '$lib/db/database';
import { assignedDecks, assignmentById, ownDeck } from '$lib/teach/store';
import { isOwnDeckId } from '$lib/teach/ownDeck';
import type { Deck } from './deck';
import { loadBuiltInDeck, loadDecks, loadIndex } from './library';

export const ASSIGNMENT_SCOPE = 'assignment:';

export async function decksForScope(db: LieredhDb, scope: string): Promise<Deck[]> {
	if (scope === 'all') return startedDecks(db);
	if (scope.startsWith(ASSIGNMENT_SCOPE)) {
		const entry = await assignmentById(db, scope.slice(ASSIGNMENT_SCOPE.length));
		return entry ? assignedDecks(db, entry.assignment, loadBuiltInDeck) : [];
	}
	if (isOwnDeckId(scope)) {
		const deck = await ownDeck(db, scope);
		return deck ? [deck] : [];
	}
	return loadDecks([scope]);
}

/** Decks with any progress (none for a new learner: Home then offers a first deck). */
async function startedDecks(db: LieredhDb): Promise<Deck[]> {
	// deckId index: the decks with any progress, without reading the cards themselves.
	const started = (await db.cards.orderBy('deckId').uniqueKeys()) as string[];
	const known = new Set((await loadIndex()).decks.map((deck) => deck.id));
	const own = await Promise.all(started.filter(isOwnDeckId).map((id) => ownDeck(db, id)));
	return [
		...(await loadDecks(started.filter((id) => known.has(id)))),
		...own.filter((deck) => deck !== undefined)
	];
}
