import { describe, expect, it } from 'vitest';
import { Rating, State } from '$lib/srs/fsrs';
import { liveCardId, liveReview } from './live';

const now = Date.UTC(2026, 11, 7, 9);

describe('a live answer as a review on the device', () => {
	it.each([
		['the meaning shown, the word chosen: production', 'choose-sma', 'reindeer-1/bovtse/production'],
		['the word shown, its meaning chosen: recognition', 'choose-meaning', 'reindeer-1/bovtse/recognition'],
		['a key this app did not make', 'choose-sma', undefined]
	] as const)('%s', (_name, kind, id) => {
		const key = id ? 'reindeer-1/bovtse' : 'no-slash';
		expect(liveCardId({ key, kind })).toBe(id);
	});

	it.each([
		[true, Rating.Good, 'correct', 1],
		[false, Rating.Again, 'wrong', 0]
	] as const)('right %s: rated %i, logged %s as "live", rung %i', (right, rating, verdict, rung) => {
		const step = liveReview(
			undefined,
			{ key: 'reindeer-1/bovtse', kind: 'choose-meaning', right, answer: 'rein', elapsedMs: 2300.4 },
			now,
			0.9
		)!;
		expect(step.progress).toMatchObject({
			id: 'reindeer-1/bovtse/recognition',
			deckId: 'reindeer-1',
			wordId: 'bovtse',
			direction: 'recognition',
			introduced: now,
			reps: 1,
			rung
		});
		expect(step.progress.state).not.toBe(State.New);
		expect(step.row).toMatchObject({
			at: now,
			rating,
			verdict,
			exercise: 'live',
			elapsedMs: 2300,
			before: null
		});
	});
});
