import { describe, expect, it } from 'vitest';
import type { CardProgress } from '$lib/study/records';
import { LieredhDb } from './database';
import { dueIn, nextDueIn, recordAnswer, savedSession, studiedIn, undoLastAnswer } from './progress';
import { newMemory, review, Rating, State } from '$lib/srs/fsrs';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24, 9);

function card(wordId: string, at: number): CardProgress {
	return {
		id: `reindeer-1/${wordId}/recognition`,
		deckId: 'reindeer-1',
		wordId,
		direction: 'recognition',
		introduced: at,
		...newMemory(at)
	};
}

describe('progress in IndexedDB', () => {
	it('stores an answer with the memory ts-fsrs scheduled, and the card leaves the due queue', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		const bovtse = card('bovtse', now);
		await db.cards.put(bovtse);
		expect((await dueIn(db, ['reindeer-1'], now)).map((c) => c.wordId)).toEqual(['bovtse']);

		const after = { ...bovtse, ...review(bovtse, Rating.Good, now) };
		expect(after.state).toBe(State.Learning);
		expect(after.due).toBeGreaterThan(now);
		await recordAnswer(db, after, {
			at: now,
			rating: Rating.Good,
			verdict: 'correct',
			answer: 'rein',
			elapsedMs: 2100,
			before: bovtse
		});

		expect(await dueIn(db, ['reindeer-1'], now)).toEqual([]);
		expect(await dueIn(db, ['reindeer-1'], now + DAY)).toHaveLength(1);
		const log = await db.reviews.where('cardId').equals(bovtse.id).toArray();
		expect(log).toMatchObject([{ rating: Rating.Good, verdict: 'correct', answer: 'rein' }]);
		db.close();
	});

	it('lists due cards most overdue first', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		await db.cards.bulkPut([card('a', now - DAY), card('b', now - 3 * DAY), card('c', now - 2 * DAY)]);
		expect((await dueIn(db, ['reindeer-1'], now)).map((c) => c.wordId)).toEqual(['b', 'c', 'a']);
		db.close();
	});

	it('reads due cards, studied ids and the next due time only from the session’s decks', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		const other = (wordId: string, at: number) => ({
			...card(wordId, at),
			id: `places/${wordId}/recognition`,
			deckId: 'places'
		});
		const later = { ...card('later', now), due: now + 2 * DAY };
		await db.cards.bulkPut([
			card('a', now - DAY),
			later,
			other('x', now - 5 * DAY),
			{ ...other('y', now), due: now + DAY }
		]);
		expect((await dueIn(db, ['reindeer-1'], now)).map((c) => c.wordId)).toEqual(['a']);
		expect((await dueIn(db, ['reindeer-1', 'places'], now)).map((c) => c.wordId)).toEqual(['x', 'a']);
		expect(await dueIn(db, [], now)).toEqual([]);
		expect([...(await studiedIn(db, ['reindeer-1']))].sort()).toEqual([
			'reindeer-1/a/recognition',
			'reindeer-1/later/recognition'
		]);
		expect(await nextDueIn(db, ['reindeer-1'], now)).toBe(now + 2 * DAY);
		expect(await nextDueIn(db, ['reindeer-1', 'places'], now)).toBe(now + DAY);
		expect(await nextDueIn(db, ['nothing'], now)).toBeNull();
		db.close();
	});
});

describe('undo', () => {
	it('restores the memory from before the answer and removes the log row', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		const first = card('bovtse', now);
		const afterFirst = { ...first, ...review(first, Rating.Good, now) };
		await recordAnswer(db, afterFirst, {
			at: now,
			rating: 3,
			verdict: 'correct',
			answer: 'rein',
			elapsedMs: 900,
			before: null
		});
		const later = now + DAY;
		const afterSecond = { ...afterFirst, ...review(afterFirst, Rating.Again, later) };
		await recordAnswer(db, afterSecond, {
			at: later,
			rating: 1,
			verdict: 'wrong',
			answer: 'hund',
			elapsedMs: 900,
			before: afterFirst
		});

		const undone = await undoLastAnswer(db, now, () => ({ scope: 'all', startedAt: now, queue: ['x'] }));
		expect(undone).toMatchObject({ answer: 'hund' });
		expect(await db.cards.get(first.id)).toEqual(afterFirst);
		expect(await db.reviews.count()).toBe(1);
		expect(await savedSession(db)).toEqual({ scope: 'all', startedAt: now, queue: ['x'] });

		await undoLastAnswer(db, now);
		expect(await db.cards.get(first.id)).toBeUndefined();
		expect(await db.reviews.count()).toBe(0);
		expect(await undoLastAnswer(db, now)).toBeUndefined();
		db.close();
	});

	it('does not reach back before the session started', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		const c = card('a', now);
		await recordAnswer(
			db,
			{ ...c, ...review(c, Rating.Good, now) },
			{ at: now, rating: 3, verdict: 'correct', answer: '', elapsedMs: 1, before: null }
		);
		expect(await undoLastAnswer(db, now + 1)).toBeUndefined();
		expect(await db.reviews.count()).toBe(1);
		db.close();
	});
});
