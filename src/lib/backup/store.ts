/**
 * Backups against the database: export everything, or import a validated backup by replacing or
 * merging. Each import is one transaction: it is written completely or not at all.
 */
import type { CardProgress, LieredhDb, ReviewLogRow } from '$lib/db/database';
import { loadSettings } from '$lib/db/settings';
import { newMemory, review, type Grade, type Memory } from '$lib/srs/fsrs';
import { allTeaching, restoreTeaching, TEACHING_TABLES } from '$lib/teach/store';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

const TABLES = ['cards', 'reviews', 'settings', ...TEACHING_TABLES] as const;

export async function exportBackup(db: LieredhDb, app: string, now: number): Promise<Backup> {
	return db.transaction('r', [...TABLES], async () => ({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		app,
		exportedAt: now,
		cards: await db.cards.toArray(),
		reviews: await db.reviews.orderBy('id').toArray(),
		settings: (await db.settings.toArray()).filter((setting) => setting.key !== 'session'),
		teaching: await allTeaching(db)
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
			const identity = local ?? incoming.get(cardId) ?? identityOf(cardId);
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

type Identity = Pick<CardProgress, 'id' | 'deckId' | 'wordId' | 'direction'>;

function pick({ id, deckId, wordId, direction }: Identity): Identity {
	return { id, deckId, wordId, direction };
}

/** A card id is `${deckId}/${wordId}/${direction}` (see study/cards.ts). */
function identityOf(cardId: string): Identity | undefined {
	const [deckId, wordId, direction, ...rest] = cardId.split('/');
	if (rest.length || !deckId || !wordId) return undefined;
	if (direction !== 'recognition' && direction !== 'production') return undefined;
	return { id: cardId, deckId, wordId, direction };
}

function sameMemory(a: Memory | null, b: Memory | null): boolean {
	if (a === null || b === null) return a === b;
	return (Object.keys(b) as (keyof Memory)[]).every((key) => a[key] === b[key]);
}
