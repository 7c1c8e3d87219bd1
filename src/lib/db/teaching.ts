/**
 * Teaching data on this device: own decks and their recordings, assignments (opened by a student or
 * made by a teacher), and the result codes a teacher collected. Nothing here leaves the device.
 */
import type { Deck } from '$lib/decks/deck';
import { cardIdsOfWord, formsCardId, wordKey, wordKeyOf } from '$lib/study/records';
import {
	typedRightWords,
	type Assignment,
	type AssignmentEntry,
	type ResultCode,
	type WordEvidence
} from '$lib/teach/assignment';
import type { OwnDeck } from '$lib/teach/ownDeck';
import { readRosters, ROSTERS_SETTING, type Roster, type Rosters } from '$lib/teach/roster';
import type { AssignmentRow, LieredhDb } from './database';

export async function saveOwnDeck(db: LieredhDb, deck: OwnDeck, now: number): Promise<void> {
	await db.ownDecks.put({ id: deck.id, updated: now, deck });
}

/** A deck and its recordings (from a deck file) together: both are stored, or neither. */
export async function saveOwnDeckWithRecordings(
	db: LieredhDb,
	deck: OwnDeck,
	recordings: ReadonlyMap<string, Blob>,
	now: number
): Promise<void> {
	await db.transaction('rw', db.ownDecks, db.recordings, async () => {
		await saveOwnDeck(db, deck, now);
		for (const [cardId, audio] of recordings) await saveRecording(db, deck.id, cardId, audio);
	});
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
	await db.recordings.put({ id: wordKeyOf(deckId, cardId), deckId, type: audio.type, audio });
}

export async function deleteRecording(db: LieredhDb, deckId: string, cardId: string): Promise<void> {
	await db.recordings.delete(wordKeyOf(deckId, cardId));
}

/** Recordings of a deck, by card id. */
export async function recordingsOf(db: LieredhDb, deckId: string): Promise<Map<string, Blob>> {
	const rows = await db.recordings.where('deckId').equals(deckId).toArray();
	return new Map(rows.map((row) => [row.id.slice(deckId.length + 1), row.audio]));
}

/** How an assignment is kept: the checked assignment and who made it, indexed by due date. */
export function assignmentRow({ assignment, mine, opened, archived }: AssignmentEntry): AssignmentRow {
	return {
		id: assignment.id,
		due: Date.parse(assignment.due),
		opened,
		assignment: { assignment, mine, ...(archived ? { archived } : {}) }
	};
}

export function entryOf(row: AssignmentRow): AssignmentEntry {
	const { assignment, mine, archived } = row.assignment as {
		assignment: Assignment;
		mine: boolean;
		archived?: boolean;
	};
	return { assignment, mine, opened: row.opened, ...(archived ? { archived } : {}) };
}

/** Changes a kept assignment (its due date, or archived), keeping when it was made. */
export async function updateAssignment(
	db: LieredhDb,
	id: string,
	change: (entry: AssignmentEntry) => AssignmentEntry
): Promise<AssignmentEntry | undefined> {
	return db.transaction('rw', db.assignments, async () => {
		const row = await db.assignments.get(id);
		if (!row) return undefined;
		const changed = change(entryOf(row));
		await db.assignments.put(assignmentRow(changed));
		return changed;
	});
}

/** Deletes an assignment and every result collected for it, together. */
export async function deleteAssignment(db: LieredhDb, id: string): Promise<void> {
	await db.transaction('rw', db.assignments, db.classResults, async () => {
		await db.classResults.where('assignmentId').equals(id).delete();
		await db.assignments.delete(id);
	});
}

/** How many results came in for each assignment (keys of the assignmentId index only). */
export async function resultCounts(db: LieredhDb): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	for (const key of (await db.classResults.orderBy('assignmentId').keys()) as string[])
		counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
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
			// Opening an assignment again (its link, or the class sending it again) keeps it where it was:
			// an archived one stays archived.
			assignmentRow({
				assignment,
				mine: mine || existing?.mine === true,
				opened: existing?.opened ?? now,
				...(existing?.archived ? { archived: true } : {})
			})
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
			const chosen = words ? { ...deck, cards: deck.cards.filter((card) => words.has(card.id)) } : deck;
			return entry.forms ? { ...chosen, formsGroup: entry.forms } : chosen;
		})
	);
	return decks.filter((deck): deck is Deck => deck !== undefined);
}

/** Each word's cards and whether it was ever typed right: what goal progress is computed from. */
export async function evidenceFor(db: LieredhDb, decks: readonly Deck[]): Promise<WordEvidence[]> {
	// A word's cards: its two, or in a forms assignment its forms card of the group.
	const words = decks.flatMap((deck) =>
		deck.cards.map((card) => {
			const key = wordKeyOf(deck.id, card.id);
			return {
				key,
				ids: deck.formsGroup ? [formsCardId(deck.id, card.id, deck.formsGroup)] : cardIdsOfWord(key)
			};
		})
	);
	const ids = words.flatMap((word) => word.ids);
	const [cards, rows] = await Promise.all([
		db.cards.bulkGet(ids),
		db.reviews.where('cardId').anyOf(ids).toArray()
	]);
	const byId = new Map(ids.map((id, i) => [id, cards[i]]));
	const typed = typedRightWords(rows);
	const answers = new Map<string, number>();
	for (const row of rows) answers.set(wordKey(row.cardId), (answers.get(wordKey(row.cardId)) ?? 0) + 1);
	return words.map(({ key, ids }) => ({
		key,
		memories: ids.map((id) => byId.get(id)),
		typedRight: typed.has(key),
		answers: answers.get(key) ?? 0
	}));
}

/** One row per student and assignment: a nickname is the student, whatever its capitals. */
function resultId(result: ResultCode): string {
	return `${result.assignment}/${result.nick.toLocaleLowerCase()}`;
}

/** Keeps a student's result unless a newer code of theirs is already here. */
export async function putResult(
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

/** Several results in one transaction (a class's, pulled every few seconds), each kept unless older. */
export async function addResults(
	db: LieredhDb,
	results: readonly ResultCode[],
	now: number
): Promise<('added' | 'updated' | 'older')[]> {
	return db.transaction('rw', db.classResults, async () => {
		const outcomes: ('added' | 'updated' | 'older')[] = [];
		for (const result of results) outcomes.push(await putResult(db, result, now));
		return outcomes;
	});
}

export async function addResult(
	db: LieredhDb,
	result: ResultCode,
	now: number
): Promise<'added' | 'updated' | 'older'> {
	return (await addResults(db, [result], now))[0]!;
}

export async function resultsFor(db: LieredhDb, assignmentId: string): Promise<ResultCode[]> {
	const rows = await db.classResults.where('assignmentId').equals(assignmentId).toArray();
	return rows.map((row) => row.result as ResultCode);
}

/** Every class list on this device (one setting; see teach/roster.ts). */
export async function rostersOf(db: LieredhDb): Promise<Rosters> {
	return readRosters((await db.settings.get(ROSTERS_SETTING))?.value);
}

/** Stores one class's list, leaving the others as they are. */
export async function saveRoster(db: LieredhDb, group: string, roster: Roster): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const all = readRosters((await db.settings.get(ROSTERS_SETTING))?.value);
		await db.settings.put({ key: ROSTERS_SETTING, value: { ...all, [group]: roster } });
	});
}
