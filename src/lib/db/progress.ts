/** Reading and writing a learner's progress: card memories, the review log, the open session, settings. */
import { wordKey, type CardProgress, type ReviewLogRow } from '$lib/study/records';
import { rungOf } from '$lib/study/ladder';
import { SESSION_SETTING as SESSION_KEY, type SavedSession } from '$lib/study/plan';
import { sanitizeSettings, type StudySettings } from '$lib/study/settings';
import type { LieredhDb } from './database';

const STUDY_KEY = 'study';

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

/** Stores the open session alone (a new word was introduced: it is not introduced again after a reload). */
export async function storeSession(db: LieredhDb, session: SavedSession): Promise<void> {
	await db.settings.put({ key: SESSION_KEY, value: session });
}

export async function clearSession(db: LieredhDb): Promise<void> {
	await db.settings.delete(SESSION_KEY);
}

/**
 * Cards of these decks due at `now`, most overdue first. One [deckId+due] range per deck, each read in
 * one go (getAll) inside one transaction: a cursor over many ranges is many times slower in browsers.
 */
export async function dueIn(db: LieredhDb, deckIds: readonly string[], now: number): Promise<CardProgress[]> {
	const perDeck = await db.transaction('r', db.cards, () =>
		Promise.all(
			deckIds.map((deckId) =>
				db.cards.where('[deckId+due]').between([deckId, -Infinity], [deckId, now], true, true).toArray()
			)
		)
	);
	return perDeck.flat().sort((a, b) => a.due - b.due);
}

/** Ids of the cards of these decks the learner has met: keys only (getAllKeys), no card is read. */
export async function studiedIn(db: LieredhDb, deckIds: readonly string[]): Promise<Set<string>> {
	const perDeck = await db.transaction('r', db.cards, () =>
		Promise.all(deckIds.map((deckId) => db.cards.where('deckId').equals(deckId).primaryKeys()))
	);
	return new Set(perDeck.flat() as string[]);
}

/** When the next card of these decks comes due after `now` (null when none will). */
export async function nextDueIn(
	db: LieredhDb,
	deckIds: readonly string[],
	now: number
): Promise<number | null> {
	const firsts = await Promise.all(
		deckIds.map((deckId) =>
			db.cards.where('[deckId+due]').between([deckId, now], [deckId, Infinity], false, true).first()
		)
	);
	const dues = firsts.filter((card) => card !== undefined).map((card) => card.due);
	return dues.length ? Math.min(...dues) : null;
}

/** Ids of the cards introduced since `since` (the start of today): they count against the new-card limit. */
export async function introducedSince(db: LieredhDb, since: number): Promise<Set<string>> {
	return new Set((await db.cards.where('introduced').aboveOrEqual(since).primaryKeys()) as string[]);
}

/** Answers given since `since`, oldest first. */
export function answersSince(db: LieredhDb, since: number): Promise<ReviewLogRow[]> {
	return db.reviews.where('at').aboveOrEqual(since).sortBy('at');
}

/** How many answers were given since `since`. */
/** When each answer since `since` was given (keys of the 'at' index only): the streak. */
export async function answerTimesSince(db: LieredhDb, since: number): Promise<number[]> {
	return (await db.reviews.where('at').aboveOrEqual(since).keys()) as number[];
}

/** Words (in any deck) with a card answered right more often than missed: "you know 12 words now". */
export async function countKnownWords(db: LieredhDb): Promise<number> {
	const known = new Set<string>();
	await db.cards.each((card) => {
		if (rungOf(card) > 0) known.add(wordKey(card.id));
	});
	return known.size;
}

/** When the learner last answered anything (0 before the first answer). */
export async function lastAnswerAt(db: LieredhDb): Promise<number> {
	return (await db.reviews.orderBy('at').last())?.at ?? 0;
}

export function countAnswersSince(db: LieredhDb, since: number): Promise<number> {
	return db.reviews.where('at').aboveOrEqual(since).count();
}

/** Progress of the given cards, by id (cards never studied are absent). */
export async function progressOf(db: LieredhDb, ids: readonly string[]): Promise<Map<string, CardProgress>> {
	const found = await db.cards.bulkGet([...ids]);
	return new Map(
		found.filter((card): card is CardProgress => card !== undefined).map((card) => [card.id, card])
	);
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

export async function loadSettings(db: LieredhDb): Promise<StudySettings> {
	return sanitizeSettings((await db.settings.get(STUDY_KEY))?.value);
}

export async function saveSettings(db: LieredhDb, settings: StudySettings): Promise<void> {
	await db.settings.put({ key: STUDY_KEY, value: sanitizeSettings(settings) });
}
