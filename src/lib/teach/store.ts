/**
 * Teaching data on this device: own decks and their recordings, assignments (opened by a student or
 * made by a teacher), and the result codes a teacher collected. Nothing here leaves the device.
 */
import type { AssignmentRow, LieredhDb, ReviewLogRow } from '$lib/db/database';
import type { Deck } from '$lib/decks/deck';
import type { Assignment, ResultCode, WordEvidence } from './assignment';
import type { OwnDeck } from './ownDeck';

export async function saveOwnDeck(db: LieredhDb, deck: OwnDeck, now: number): Promise<void> {
	await db.ownDecks.put({ id: deck.id, updated: now, deck });
}

export async function ownDecks(db: LieredhDb): Promise<OwnDeck[]> {
	const rows = await db.ownDecks.orderBy('updated').reverse().toArray();
	return rows.map((row) => row.deck as OwnDeck);
}

export async function ownDeck(db: LieredhDb, id: string): Promise<OwnDeck | undefined> {
	return (await db.ownDecks.get(id))?.deck as OwnDeck | undefined;
}

export async function deleteOwnDeck(db: LieredhDb, id: string): Promise<void> {
	await db.transaction('rw', db.ownDecks, db.recordings, async () => {
		await db.ownDecks.delete(id);
		await db.recordings.where('deckId').equals(id).delete();
	});
}

export async function saveRecording(
	db: LieredhDb,
	deckId: string,
	cardId: string,
	audio: Blob
): Promise<void> {
	await db.recordings.put({ id: `${deckId}/${cardId}`, deckId, type: audio.type, audio });
}

export async function deleteRecording(db: LieredhDb, deckId: string, cardId: string): Promise<void> {
	await db.recordings.delete(`${deckId}/${cardId}`);
}

/** Recordings of a deck, by card id. */
export async function recordingsOf(db: LieredhDb, deckId: string): Promise<Map<string, Blob>> {
	const rows = await db.recordings.where('deckId').equals(deckId).toArray();
	return new Map(rows.map((row) => [row.id.slice(deckId.length + 1), row.audio]));
}

export interface AssignmentEntry {
	assignment: Assignment;
	opened: number;
	/** Made on this device by a teacher (rather than opened from a link). */
	mine: boolean;
}

/** How an assignment is kept: the checked assignment and who made it, indexed by due date. */
function assignmentRow({ assignment, mine, opened }: AssignmentEntry): AssignmentRow {
	return { id: assignment.id, due: Date.parse(assignment.due), opened, assignment: { assignment, mine } };
}

function entryOf(row: AssignmentRow): AssignmentEntry {
	const { assignment, mine } = row.assignment as { assignment: Assignment; mine: boolean };
	return { assignment, mine, opened: row.opened };
}

/**
 * Keeps an assignment, with the own decks travelling in it, so its words can be studied offline.
 * Called only with an assignment that passed `readAssignment`: one transaction, all or nothing.
 */
export async function keepAssignment(
	db: LieredhDb,
	assignment: Assignment,
	now: number,
	mine = false
): Promise<void> {
	await db.transaction('rw', db.assignments, db.ownDecks, async () => {
		const row = await db.assignments.get(assignment.id);
		const existing = row && entryOf(row);
		await db.assignments.put(
			assignmentRow({ assignment, mine: mine || existing?.mine === true, opened: existing?.opened ?? now })
		);
		for (const deck of assignment.decks) {
			if ('own' in deck && !(await db.ownDecks.get(deck.own.id))) {
				await db.ownDecks.put({ id: deck.own.id, updated: now, deck: deck.own });
			}
		}
	});
}

export async function assignments(db: LieredhDb): Promise<AssignmentEntry[]> {
	return (await db.assignments.orderBy('due').toArray()).map(entryOf);
}

export async function assignmentById(db: LieredhDb, id: string): Promise<AssignmentEntry | undefined> {
	const row = await db.assignments.get(id);
	return row && entryOf(row);
}

/** The decks of an assignment with only its words: `load` fetches a built-in deck. */
export async function assignedDecks(
	db: LieredhDb,
	assignment: Assignment,
	load: (id: string) => Promise<Deck | undefined>
): Promise<Deck[]> {
	const decks = await Promise.all(
		assignment.decks.map(async (entry) => {
			if ('own' in entry) return (await ownDeck(db, entry.own.id)) ?? entry.own;
			const deck = await load(entry.builtIn);
			if (!deck) return undefined;
			const words = entry.words ? new Set(entry.words) : undefined;
			return words ? { ...deck, cards: deck.cards.filter((card) => words.has(card.id)) } : deck;
		})
	);
	return decks.filter((deck): deck is Deck => deck !== undefined);
}

const TYPED_RIGHT = new Set<ReviewLogRow['verdict']>(['correct', 'variant']);

/** Each word's cards and whether it was ever typed right: what goal progress is computed from. */
export async function evidenceFor(db: LieredhDb, decks: readonly Deck[]): Promise<WordEvidence[]> {
	const words = decks.flatMap((deck) => deck.cards.map((card) => `${deck.id}/${card.id}`));
	const ids = words.flatMap((key) => [`${key}/recognition`, `${key}/production`]);
	const [cards, rows] = await Promise.all([
		db.cards.bulkGet(ids),
		db.reviews.where('cardId').anyOf(ids).toArray()
	]);
	const typed = new Set(
		rows
			.filter((row) => row.exercise === 'typing' && TYPED_RIGHT.has(row.verdict))
			.map((row) => row.cardId.slice(0, row.cardId.lastIndexOf('/')))
	);
	return words.map((key, i) => ({
		key,
		memories: [cards[2 * i], cards[2 * i + 1]],
		typedRight: typed.has(key)
	}));
}

/** One row per student and assignment: a nickname is the student, whatever its capitals. */
function resultId(result: ResultCode): string {
	return `${result.assignment}/${result.nick.toLocaleLowerCase()}`;
}

/** Keeps a student's result unless a newer code of theirs is already here. */
async function putResult(
	db: LieredhDb,
	result: ResultCode,
	received: number
): Promise<'added' | 'updated' | 'older'> {
	const id = resultId(result);
	const existing = await db.classResults.get(id);
	if (existing && (existing.result as ResultCode).at >= result.at) return 'older';
	await db.classResults.put({ id, assignmentId: result.assignment, received, result });
	return existing ? 'updated' : 'added';
}

export async function addResult(
	db: LieredhDb,
	result: ResultCode,
	now: number
): Promise<'added' | 'updated' | 'older'> {
	return db.transaction('rw', db.classResults, () => putResult(db, result, now));
}

export async function resultsFor(db: LieredhDb, assignmentId: string): Promise<ResultCode[]> {
	const rows = await db.classResults.where('assignmentId').equals(assignmentId).toArray();
	return rows.map((row) => row.result as ResultCode);
}

/** Everything a teacher made or collected on this device, as a backup carries it (recordings stay out). */
export interface Teaching {
	decks: { deck: OwnDeck; updated: number }[];
	assignments: AssignmentEntry[];
	results: { result: ResultCode; received: number }[];
}

export const TEACHING_TABLES = ['ownDecks', 'assignments', 'classResults'] as const;

/** Read inside the caller's transaction over TEACHING_TABLES. */
export async function allTeaching(db: LieredhDb): Promise<Teaching> {
	return {
		decks: (await db.ownDecks.orderBy('id').toArray()).map(({ deck, updated }) => ({
			deck: deck as OwnDeck,
			updated
		})),
		assignments: (await db.assignments.orderBy('id').toArray()).map(entryOf),
		results: (await db.classResults.orderBy('id').toArray()).map((row) => ({
			result: row.result as ResultCode,
			received: row.received
		}))
	};
}

/**
 * Writes a backup's teaching data inside the caller's transaction. `merge`: a deck only when newer,
 * an assignment only when missing, a result only when newer than the one here.
 */
export async function restoreTeaching(db: LieredhDb, teaching: Teaching, merge: boolean): Promise<void> {
	for (const { deck, updated } of teaching.decks) {
		const existing = merge ? await db.ownDecks.get(deck.id) : undefined;
		if (!existing || existing.updated < updated) await db.ownDecks.put({ id: deck.id, updated, deck });
	}
	for (const entry of teaching.assignments) {
		if (merge && (await db.assignments.get(entry.assignment.id))) continue;
		await db.assignments.put(assignmentRow(entry));
	}
	for (const { result, received } of teaching.results) await putResult(db, result, received);
}
