/**
 * Decks as a session or a page needs them: built-in decks are served JSON (precached for offline use),
 * own decks and assignments live on the device.
 */
import type { LieredhDb } from '$lib/db/database';
import { startedDeckIds } from '$lib/db/overview';
import { assignedDecks, assignmentById, ownDeck, ownDecks } from '$lib/db/teaching';
import { summarize, type Deck, type DeckSummary } from '$lib/decks/deck';
import { loadBuiltInDeck, loadDecks, loadIndex } from '$lib/decks/library';
import { ALL_SCOPE, assignmentOfScope } from '$lib/decks/scope';
import { isOwnDeckId } from '$lib/teach/ownDeck';
import { database } from '$lib/db/database';

/** The decks of a study scope (see decks/scope.ts). Unknown ids give none. */
export async function decksForScope(db: LieredhDb, scope: string): Promise<Deck[]> {
	if (scope === ALL_SCOPE) return startedDecks(db);
	const assignmentId = assignmentOfScope(scope);
	if (assignmentId !== undefined) {
		const entry = await assignmentById(db, assignmentId);
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
	const started = await startedDeckIds(db);
	const known = new Set((await loadIndex()).decks.map((deck) => deck.id));
	const own = await Promise.all(started.filter(isOwnDeckId).map((id) => ownDeck(db, id)));
	return [
		...(await loadDecks(started.filter((id) => known.has(id)))),
		...own.filter((deck) => deck !== undefined)
	];
}

/** A teacher's own decks as the deck list shows them. */
export async function ownDeckSummaries(): Promise<DeckSummary[]> {
	return (await ownDecks(database())).map((deck) => ({ ...summarize(deck), url: '' }));
}
