/**
 * A phone keeping a live game's answers as reviews (#27), on a real (fake-indexeddb) database: each
 * shown answer once, whatever views repeat it; a word of a teacher's own list only where the device
 * has that list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/database';
import { keepAssignment } from '$lib/db/teaching';
import type { PlayerView } from '$lib/live/game';
import { ownReindeerDeck, reindeerAssignment } from '$lib/testing/fixtures';
import { keepAnswers, type Seat } from './live';

const now = new Date(2026, 11, 7, 10).getTime();
const seat: Seat = { code: 'ABCD2345', player: 'p1', token: 't'.repeat(43), nick: 'Ánne' };

/** A view that has shown these answers (the rest of a view does not matter to keeping them). */
const shown = (...history: PlayerView['history']) => ({ history }) as PlayerView;
const bovtse = {
	question: 0,
	key: 'reindeer-1/bovtse',
	kind: 'choose-sma',
	right: true,
	answer: 'bovtse'
} as const;
const gierte = {
	question: 1,
	key: `${ownReindeerDeck.id}/gierte`,
	kind: 'choose-meaning',
	right: false,
	answer: 'gjerde'
} as const;

const liveReviews = async () =>
	(await database().reviews.toArray()).filter((row) => row.exercise === 'live').map((row) => row.cardId);

beforeEach(async () => {
	const store = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => store.get(key) ?? null,
		setItem: (key: string, value: string) => void store.set(key, value),
		removeItem: (key: string) => void store.delete(key)
	});
	const db = database();
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => vi.unstubAllGlobals());

describe('keeping a live game’s answers', () => {
	it('keeps each shown answer once as a review of its card, however often a view repeats it', async () => {
		expect(await keepAnswers(seat, shown(bovtse), now)).toBe(1);
		expect(await keepAnswers(seat, shown(bovtse), now + 1000)).toBe(0);
		expect(await liveReviews()).toEqual(['reindeer-1/bovtse/production']);
		expect(await database().cards.get('reindeer-1/bovtse/production')).toMatchObject({ reps: 1 });
	});

	it("keeps a word of the teacher's own list only on a device that has the list", async () => {
		// A guest's phone: no list, no card to review (a memory with no deck would be due forever).
		expect(await keepAnswers(seat, shown(bovtse, gierte), now)).toBe(2);
		expect(await liveReviews()).toEqual(['reindeer-1/bovtse/production']);
		// A class member whose assignment brought the list: the next game's answer is kept.
		await keepAssignment(database(), reindeerAssignment, now, false);
		const again = { ...seat, code: 'EFGH6789' };
		expect(await keepAnswers(again, shown({ ...gierte, question: 0 }), now)).toBe(1);
		expect(await liveReviews()).toContain(`${ownReindeerDeck.id}/gierte/recognition`);
	});
});
