/**
 * Backups against the database: export everything, or import a validated backup by replacing or
 * merging. Each import is one transaction: it is written completely or not at all.
 */
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	DEVICE_ONLY_SETTINGS,
	type Backup,
	type Preferences,
	type Teaching
} from '$lib/backup/format';
import { MEMORY_FIELDS, newMemory, review, type Grade, type Memory } from '$lib/srs/fsrs';
import { cardIdentity, type CardIdentity, type ReviewLogRow } from '$lib/study/records';
import type { OwnDeck } from '$lib/teach/ownDeck';
import type { ResultCode } from '$lib/teach/assignment';
import type { LieredhDb } from './database';
import { loadSettings } from './progress';
import { assignmentRow, entryOf, putResult } from './teaching';

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

const TABLES = ['cards', 'reviews', 'settings', ...TEACHING_TABLES] as const;

export async function exportBackup(
	db: LieredhDb,
	app: string,
	now: number,
	preferences?: Preferences
): Promise<Backup> {
	return db.transaction('r', [...TABLES], async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		app,
		exportedAt: now,
		cards: await db.cards.toArray(),
		reviews: await db.reviews.orderBy('id').toArray(),
		settings: (await db.settings.toArray()).filter((setting) => !DEVICE_ONLY_SETTINGS.has(setting.key)),
		teaching: await allTeaching(db),
		...(preferences ? { preferences } : {})
	}));
}

export type ImportMode = 'replace' | 'merge';

export interface ImportResult {
	/** Answers written that this device did not have. */
	answersAdded: number;
	/** Cards whose progress now comes from the backup (replace) or was rebuilt from the merged log. */
	cardsChanged: number;
}

/**
 * Replace: the device ends up exactly as the backup (export → wipe → import gives identical data).
 * Merge: answers the device lacks are appended (an answer is its card and its moment), and every card
 * that gained answers is rebuilt by replaying its whole log through ts-fsrs, oldest first. The device's
 * own settings stay.
 */
export async function importBackup(db: LieredhDb, backup: Backup, mode: ImportMode): Promise<ImportResult> {
	return mode === 'replace' ? replace(db, backup) : merge(db, backup);
}

async function replace(db: LieredhDb, backup: Backup): Promise<ImportResult> {
	return db.transaction('rw', [...TABLES], async () => {
		await Promise.all(TABLES.map((table) => db.table(table).clear()));
		await db.cards.bulkAdd(backup.cards);
		await db.reviews.bulkAdd(backup.reviews);
		await db.settings.bulkAdd(backup.settings);
		await restoreTeaching(db, backup.teaching, false);
		return { answersAdded: backup.reviews.length, cardsChanged: backup.cards.length };
	});
}

async function merge(db: LieredhDb, backup: Backup): Promise<ImportResult> {
	return db.transaction('rw', [...TABLES], async () => {
		await restoreTeaching(db, backup.teaching, true);
		const scheduler = { retention: (await loadSettings(db)).retention, fuzz: true };
		const fresh: ReviewLogRow[] = [];
		for (const row of backup.reviews) {
			const known = await db.reviews.where('[cardId+at]').equals([row.cardId, row.at]).count();
			if (!known) fresh.push(row);
		}
		// New rows get this device's ids: the log stays ordered by when rows arrived here.
		await db.reviews.bulkAdd(fresh.map(({ id: _id, ...row }) => row));

		const incoming = new Map(backup.cards.map((card) => [card.id, card]));
		const changed = [...new Set(fresh.map((row) => row.cardId))];
		for (const cardId of changed) {
			const log = await db.reviews.where('cardId').equals(cardId).sortBy('at');
			const local = await db.cards.get(cardId);
			const identity = local ?? incoming.get(cardId) ?? cardIdentity(cardId);
			if (!identity) continue; // an answer for a card id this app cannot read: kept in the log only
			let memory: Memory | null = null; // the card is new before its first answer
			for (const row of log) {
				// `before` is what undo restores: after a merge it is the replayed memory.
				if (!sameMemory(row.before, memory)) await db.reviews.update(row.id!, { before: memory });
				memory = review(memory ?? newMemory(row.at), row.rating as Grade, row.at, scheduler);
			}
			const introduced = Math.min(
				log[0]!.at,
				local?.introduced ?? Infinity,
				incoming.get(cardId)?.introduced ?? Infinity
			);
			await db.cards.put({ ...pick(identity), introduced, ...memory! });
		}
		return { answersAdded: fresh.length, cardsChanged: changed.length };
	});
}

function pick({ id, deckId, wordId, direction }: CardIdentity): CardIdentity {
	return { id, deckId, wordId, direction };
}

function sameMemory(a: Memory | null, b: Memory | null): boolean {
	if (a === null || b === null) return a === b;
	return MEMORY_FIELDS.every((key) => a[key] === b[key]);
}
