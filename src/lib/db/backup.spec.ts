import { describe, expect, it, vi } from 'vitest';
import {
	readBackup,
	writeBackup,
	MAX_BACKUP_BYTES,
	type Backup,
	type BackupProblem
} from '$lib/backup/format';
import { newMemory, review, Rating, type Grade } from '$lib/srs/fsrs';
import { answerCard, ownReindeerDeck, reindeerAssignment } from '$lib/testing/fixtures';
import { exportBackup, importBackup } from './backup';
import { LieredhDb } from './database';
import { saveSettings } from './progress';
import { addResult, keepAssignment, saveOwnDeck } from './teaching';

const MINUTE = 60_000;
const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2, 17);

function freshDb(): LieredhDb {
	return new LieredhDb(`backup-${crypto.randomUUID()}`);
}

function answer(db: LieredhDb, cardId: string, rating: Grade, at: number) {
	return answerCard(db, cardId, rating, at, { text: 'rein' });
}

/** A learner's month: three words, answered on several days, some wrong. */
async function studied(db: LieredhDb, cards: string[], from: number): Promise<void> {
	for (let day = 0; day < 12; day += 3) {
		for (const [index, cardId] of cards.entries()) {
			const at = from + day * DAY + index * MINUTE;
			await answer(db, cardId, index === 1 && day === 3 ? Rating.Again : Rating.Good, at);
		}
	}
}

/** A teacher's device: an own deck, an assignment made of it, one student's result. */
async function teach(db: LieredhDb): Promise<void> {
	await saveOwnDeck(db, ownReindeerDeck, start);
	await keepAssignment(db, reindeerAssignment, start, true);
	await addResult(
		db,
		{
			v: 1,
			assignment: reindeerAssignment.id,
			nick: 'Ole',
			words: [[`${ownReindeerDeck.id}/bovtse`, 80, 1]],
			done: start,
			at: start
		},
		start
	);
}

async function roundTrip(db: LieredhDb): Promise<Backup> {
	const reading = readBackup(writeBackup(await exportBackup(db, 'test', start + 30 * DAY)));
	if (!reading.ok) throw new Error(`unreadable: ${reading.problem.code}`);
	return reading.backup;
}

const BOVTSE = 'reindeer-1/bovtse/recognition';
const GIERTE = 'herding-work/gierte/production';
const PLAASSJA = 'places/plaassja/recognition';
const SAEMIE = 'plaassja-today/saemie/recognition';

describe('reading a backup file', () => {
	const valid = {
		format: 'lieredh-backup',
		version: 1,
		app: 'abc',
		exportedAt: start,
		cards: [],
		reviews: [],
		settings: []
	};
	const json = (value: unknown) => JSON.stringify(value);
	const review = {
		id: 1,
		cardId: BOVTSE,
		at: start,
		rating: 3,
		verdict: 'correct',
		answer: 'rein',
		elapsedMs: 1200,
		before: null
	};

	it.each<[string, string, BackupProblem]>([
		['an empty file', '  \n', { code: 'empty' }],
		['a text file', 'bovtse = rein', { code: 'not-json' }],
		['a file cut off in transfer', json(valid).slice(0, 60), { code: 'truncated' }],
		['other JSON', json({ decks: [] }), { code: 'not-backup' }],
		['a JSON list', '[1, 2]', { code: 'not-backup' }],
		['a deck file', json({ format: 1, id: 'reindeer-1', cards: [] }), { code: 'not-backup' }],
		['a newer format version', json({ ...valid, version: 2 }), { code: 'unknown-version', version: '2' }],
		['cards that are not a list', json({ ...valid, cards: {} }), { code: 'bad-field', path: 'cards' }],
		[
			'a rating out of range',
			json({ ...valid, reviews: [{ ...review, rating: 7 }] }),
			{ code: 'bad-field', path: 'reviews[0].rating' }
		],
		[
			'a time as text',
			json({ ...valid, reviews: [review, { ...review, id: 2, at: '2026-11-02' }] }),
			{ code: 'bad-field', path: 'reviews[1].at' }
		],
		[
			'an unknown verdict',
			json({ ...valid, reviews: [{ ...review, verdict: 'great' }] }),
			{ code: 'bad-field', path: 'reviews[0].verdict' }
		],
		[
			'a card with no memory',
			json({ ...valid, cards: [{ id: BOVTSE, deckId: 'reindeer-1', wordId: 'bovtse' }] }),
			{ code: 'bad-field', path: 'cards[0].direction' }
		],
		[
			'an endless answer',
			json({ ...valid, reviews: [{ ...review, answer: 'a'.repeat(5000) }] }),
			{ code: 'bad-field', path: 'reviews[0].answer' }
		],
		['a 50 MB file', ' '.repeat(50 * 1024 * 1024), { code: 'too-big' }]
	])('rejects %s', (_, text, problem) => {
		expect(readBackup(text)).toEqual({ ok: false, problem });
	});

	it('keeps hostile text exactly as text: it is data, never markup', () => {
		const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const reading = readBackup(
			json({ ...valid, app: hostile.slice(0, 100), reviews: [{ ...review, answer: hostile }] })
		);
		expect(reading.ok && reading.backup.reviews[0]?.answer).toBe(hostile);
	});

	it('never restores an open study session from another device', () => {
		const settings = [
			{ key: 'study', value: { newPerDay: 5 } },
			{ key: 'session', value: { scope: 'all', startedAt: start, queue: [] } }
		];
		const reading = readBackup(json({ ...valid, settings }));
		expect(reading.ok && reading.backup.settings.map((setting) => setting.key)).toEqual(['study']);
	});

	it('limits files well above years of study', () => {
		expect(MAX_BACKUP_BYTES).toBeGreaterThan(30 * 1024 * 1024);
	});
});

describe('export and import', () => {
	it('export → wipe → import reproduces identical data', async () => {
		const db = freshDb();
		await studied(db, [BOVTSE, GIERTE, PLAASSJA], start);
		await saveSettings(db, { newPerDay: 14, retention: 0.92, flashcards: true });
		await teach(db);
		const before = await exportBackup(db, 'test', start + 30 * DAY);
		expect(before.teaching.decks).toHaveLength(1);
		expect(before.teaching.assignments).toHaveLength(1);
		expect(before.teaching.results).toHaveLength(1);
		const backup = await roundTrip(db);
		await db.delete();

		const restored = freshDb();
		const result = await importBackup(restored, backup, 'replace');
		expect(result).toEqual({ answersAdded: 12, cardsChanged: 3 });
		expect(await exportBackup(restored, 'test', start + 30 * DAY)).toEqual(before);
		// Merging the same backup again adds nothing, teaching data included.
		await importBackup(restored, backup, 'merge');
		expect(await exportBackup(restored, 'test', start + 30 * DAY)).toEqual(before);
		restored.close();
	});

	it('merging into an empty device rebuilds every card exactly as it was studied', async () => {
		const db = freshDb();
		await studied(db, [BOVTSE, GIERTE, PLAASSJA], start);
		const backup = await roundTrip(db);

		const other = freshDb();
		expect(await importBackup(other, backup, 'merge')).toEqual({ answersAdded: 12, cardsChanged: 3 });
		expect(await other.cards.toArray()).toEqual(await db.cards.toArray());
		const strip = ({ id: _id, ...row }: { id?: number }) => row;
		expect((await other.reviews.toArray()).map(strip)).toEqual((await db.reviews.toArray()).map(strip));
		db.close();
		other.close();
	});

	it('merges two devices: every answer once, shared cards rebuilt from both logs', async () => {
		const tablet = freshDb();
		const phone = freshDb();
		await studied(tablet, [BOVTSE, GIERTE], start);
		await studied(phone, [GIERTE, SAEMIE], start + 2 * DAY + 7 * MINUTE);

		const result = await importBackup(tablet, await roundTrip(phone), 'merge');
		expect(result).toEqual({ answersAdded: 8, cardsChanged: 2 });
		expect(await tablet.reviews.count()).toBe(16);
		expect((await tablet.cards.toArray()).map((card) => card.id).sort()).toEqual(
			[BOVTSE, GIERTE, SAEMIE].sort()
		);
		// The shared card has seen eight answers now: its memory is the replay of all eight, in time order.
		const log = await tablet.reviews.where('cardId').equals(GIERTE).sortBy('at');
		expect(log).toHaveLength(8);
		const replayed = log.reduce(
			(memory, row) => review(memory, row.rating as Grade, row.at),
			newMemory(log[0]!.at)
		);
		expect(await tablet.cards.get(GIERTE)).toMatchObject({ ...replayed, introduced: start + MINUTE }); // first met on the tablet
		tablet.close();
		phone.close();
	});

	it('merging a device with its own backup changes nothing', async () => {
		const db = freshDb();
		await studied(db, [BOVTSE, PLAASSJA], start);
		const before = await exportBackup(db, 'test', start);
		expect(await importBackup(db, await roundTrip(db), 'merge')).toEqual({
			answersAdded: 0,
			cardsChanged: 0
		});
		expect(await exportBackup(db, 'test', start)).toEqual(before);
		db.close();
	});
});

describe('a full disk', () => {
	const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

	it('an answer that cannot be stored leaves no half-written state', async () => {
		const db = freshDb();
		await answer(db, BOVTSE, Rating.Good, start);
		const before = await exportBackup(db, 'test', start);
		vi.spyOn(db.reviews, 'add').mockRejectedValueOnce(quotaError());
		await expect(answer(db, BOVTSE, Rating.Again, start + DAY)).rejects.toThrow(/quota/);
		expect(await exportBackup(db, 'test', start)).toEqual(before);
		db.close();
	});

	it('an import that cannot be stored leaves the device as it was', async () => {
		const db = freshDb();
		await studied(db, [BOVTSE], start);
		const backup = await roundTrip(db);
		const other = freshDb();
		await studied(other, [PLAASSJA, GIERTE], start);
		const before = await exportBackup(other, 'test', start);
		vi.spyOn(other.reviews, 'bulkAdd').mockRejectedValueOnce(quotaError());
		await expect(importBackup(other, backup, 'replace')).rejects.toThrow(/quota/);
		expect(await exportBackup(other, 'test', start)).toEqual(before);
		db.close();
		other.close();
	});
});
