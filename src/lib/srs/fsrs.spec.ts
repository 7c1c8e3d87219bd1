import { describe, expect, it } from 'vitest';
import { newMemory, preview, recall, review, Rating, State, type Grade } from './fsrs';
import { CardState, Grade as GradeScale } from './scale';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24, 9);
const steady = { retention: 0.9, fuzz: false };

describe('fsrs memory', () => {
	it('starts new words due now and unrecalled', () => {
		const m = newMemory(now);
		expect(m).toMatchObject({ due: now, state: State.New, reps: 0, lastReview: null });
		expect(recall(m, now)).toBe(0);
	});

	it.each<[Grade, State]>([
		[Rating.Again, State.Learning],
		[Rating.Hard, State.Learning],
		[Rating.Good, State.Learning],
		[Rating.Easy, State.Review]
	])('a first answer rated %i moves the card to state %i', (rating, state) => {
		const m = review(newMemory(now), rating, now, steady);
		expect(m.state).toBe(state);
		expect(m.reps).toBe(1);
		expect(m.lastReview).toBe(now);
	});

	it('orders the flashcard previews Again < Hard < Good < Easy', () => {
		const learned = review(
			review(newMemory(now), Rating.Good, now, steady),
			Rating.Good,
			now + 600_000,
			steady
		);
		const later = learned.due + DAY;
		const p = preview(learned, later, steady);
		expect(p[Rating.Again]).toBeLessThan(p[Rating.Hard]);
		expect(p[Rating.Hard]).toBeLessThan(p[Rating.Good]);
		expect(p[Rating.Good]).toBeLessThan(p[Rating.Easy]);
	});

	it('predicts recall falling as time passes', () => {
		const m = review(newMemory(now), Rating.Easy, now, steady);
		const soon = recall(m, now + DAY, steady);
		const late = recall(m, now + 60 * DAY, steady);
		expect(soon).toBeGreaterThan(late);
		expect(soon).toBeLessThanOrEqual(1);
		expect(late).toBeGreaterThan(0);
	});

	it('keeps a higher desired retention bringing cards back sooner', () => {
		const m = review(newMemory(now), Rating.Easy, now, steady);
		const relaxed = review(m, Rating.Good, m.due, { retention: 0.8, fuzz: false });
		const strict = review(m, Rating.Good, m.due, { retention: 0.95, fuzz: false });
		expect(strict.due).toBeLessThan(relaxed.due);
	});
});

describe('the light copies of the FSRS scale', () => {
	it('match ts-fsrs', () => {
		expect(CardState).toEqual({
			New: State.New,
			Learning: State.Learning,
			Review: State.Review,
			Relearning: State.Relearning
		});
		expect(GradeScale).toEqual({
			Again: Rating.Again,
			Hard: Rating.Hard,
			Good: Rating.Good,
			Easy: Rating.Easy
		});
	});
});
