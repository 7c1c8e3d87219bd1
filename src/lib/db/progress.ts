/** Reading and writing a learner's progress: card memories, the review log and the open session. */
import type { LieredhDb, CardProgress, ReviewLogRow } from './database';

/** A study session in progress, saved with every answer so a reload resumes it exactly. */
export interface SavedSession {
	/** 'all' or a deck id. */
	scope: string;
	startedAt: number;
	/** Card ids still to show, the current card first. */
	queue: string[];
}

const SESSION_KEY = 'session';

/** Stores an answer, the card's new memory and the session's next state together, or none of them. */
export async function recordAnswer(
	db: LieredhDb,
	card: CardProgress,
	row: Omit<ReviewLogRow, 'id' | 'cardId'>,
	session?: SavedSession
): Promise<number> {
	return db.transaction('rw', db.cards, db.reviews, db.settings, async () => {
		await db.cards.put(card);
		const id = (await db.reviews.add({ ...row, cardId: card.id })) as number;
		if (session) await db.settings.put({ key: SESSION_KEY, value: session });
		return id;
	});
}

/**
 * Takes back the newest answer given since `since`: the card gets its memory from before the answer
 * (or no progress at all, if it was new) and the log row goes. Returns the undone row.
 */
export async function undoLastAnswer(
	db: LieredhDb,
	since: number,
	session?: (undone: ReviewLogRow) => SavedSession
): Promise<ReviewLogRow | undefined> {
	return db.transaction('rw', db.cards, db.reviews, db.settings, async () => {
		const last = await db.reviews.orderBy('id').last();
		if (!last || last.at < since) return undefined;
		const card = await db.cards.get(last.cardId);
		if (card && last.before) await db.cards.put({ ...card, ...last.before });
		else await db.cards.delete(last.cardId);
		await db.reviews.delete(last.id!);
		if (session) await db.settings.put({ key: SESSION_KEY, value: session(last) });
		return last;
	});
}

export async function savedSession(db: LieredhDb): Promise<SavedSession | undefined> {
	return (await db.settings.get(SESSION_KEY))?.value as SavedSession | undefined;
}

export async function clearSession(db: LieredhDb): Promise<void> {
	await db.settings.delete(SESSION_KEY);
}

/** Cards due at `now`, most overdue first. */
export function dueCards(db: LieredhDb, now: number): Promise<CardProgress[]> {
	return db.cards.where('due').belowOrEqual(now).sortBy('due');
}

/** Progress of the given cards, by id (cards never studied are absent). */
export async function progressOf(db: LieredhDb, ids: readonly string[]): Promise<Map<string, CardProgress>> {
	const found = await db.cards.bulkGet([...ids]);
	return new Map(
		found.filter((card): card is CardProgress => card !== undefined).map((card) => [card.id, card])
	);
}

/** How many cards were introduced since `since` (the start of today): counts against the new-card limit. */
export function introducedSince(db: LieredhDb, since: number): Promise<number> {
	return db.cards.where('introduced').aboveOrEqual(since).count();
}

/** Answers given since `since`, oldest first. */
export function answersSince(db: LieredhDb, since: number): Promise<ReviewLogRow[]> {
	return db.reviews.where('at').aboveOrEqual(since).sortBy('at');
}

/** "I was right": replaces the rating of an automatic 'wrong'; the log row stays, marked as overruled. */
export async function overruleAnswer(
	db: LieredhDb,
	rowId: number,
	card: CardProgress,
	rating: number,
	session?: SavedSession
): Promise<void> {
	await db.transaction('rw', db.cards, db.reviews, db.settings, async () => {
		await db.cards.put(card);
		await db.reviews.update(rowId, { rating, overruled: true });
		if (session) await db.settings.put({ key: SESSION_KEY, value: session });
	});
}
