import { describe, expect, it } from 'vitest';
import { LieredhDb, type CardProgress } from './database';
import { dueCards, recordAnswer } from './progress';
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
		expect((await dueCards(db, now)).map((c) => c.wordId)).toEqual(['bovtse']);

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

		expect(await dueCards(db, now)).toEqual([]);
		expect(await dueCards(db, now + DAY)).toHaveLength(1);
		const log = await db.reviews.where('cardId').equals(bovtse.id).toArray();
		expect(log).toMatchObject([{ rating: Rating.Good, verdict: 'correct', answer: 'rein' }]);
		db.close();
	});

	it('lists due cards most overdue first', async () => {
		const db = new LieredhDb(`test-${crypto.randomUUID()}`);
		await db.cards.bulkPut([card('a', now - DAY), card('b', now - 3 * DAY), card('c', now - 2 * DAY)]);
		expect((await dueCards(db, now)).map((c) => c.wordId)).toEqual(['b', 'c', 'a']);
		db.close();
	});
});
