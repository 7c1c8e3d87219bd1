import { describe, expect, it } from 'vitest';
import { newMemory, Rating, recall, review, State, type Grade } from '$lib/srs/fsrs';
import { reindeerDeck } from '$lib/testing/fixtures';
import { studyCardsOf } from '../cards';
import { ADULT_PATH } from '../ladder';
import { aimedCards, worthAnother } from '../homework';
import { answerCard, firstAnswer, type AnkiCard } from './anki';
import { DAY, dayStart, HOUR, psychologicalSeconds, studyStart } from './clock';
import { moveBox } from './leitner';
import {
	actrModel,
	activation,
	halfLifeDays,
	hlrModel,
	fsrsModel,
	PAVLIK_ANDERSON_2005,
	recallOfActivation
} from './models';
import { chanceRight } from './practice';
import { seeded } from './random';
import { simulate } from './run';
import { simulateHomework } from './homework';

const MINUTE = 60_000;
const days = { startHour: 17, windowSeconds: 600, measureHour: 21 };
const average = { strength: 0 };
const exposure = { kind: 'exposure', weight: 1 } as const;

describe('ACT-R, Pavlik & Anderson (2005)', () => {
	// Worked by hand from the paper's equations and parameters (c .217, a .177, τ −.704, s .255, h .025).
	it.each([
		// one presentation (d = a = .177) a day of real time ago: m = −.177·ln 86400 = −2.0119
		['a day-old exposure, real time', 86_400, 0.005887],
		// ... an hour ago: m = −.177·ln 3600 = −1.4494
		['an hour-old exposure', 3_600, 0.05102],
		// ... ten seconds ago: m = −.177·ln 10 = −.40756
		['a ten-second-old exposure', 10, 0.76179]
	])('%s: recall %f', (_name, age, expected) => {
		const m = activation([{ t: 0, d: PAVLIK_ANDERSON_2005.a, w: 1 }], age);
		expect(recallOfActivation(m)).toBeCloseTo(expected, 4);
	});

	it('counts time between study windows at h = .025: a day later is 600 + .025 × 85,800 = 2,745 s', () => {
		const start = studyStart(days, 0);
		expect(
			psychologicalSeconds(days, 0.025, studyStart(days, 1)) - psychologicalSeconds(days, 0.025, start)
		).toBeCloseTo(2745, 6);
		const model = actrModel(days, [0], average);
		const seen = model.after(0, undefined, start, exposure);
		// m = −.177·ln 2745 = −1.4014 → p = 1 / (1 + e^((−.704 + 1.4014)/.255)) = .06095
		expect(model.recall(0, seen, studyStart(days, 1))).toBeCloseTo(0.06095, 4);
	});

	it('spaces by decay: a presentation at high activation decays faster (d = c·e^m + a)', () => {
		const model = actrModel({ startHour: 0, windowSeconds: 86_400, measureHour: 23 }, [0], average);
		const start = dayStart(0);
		const once = model.after(0, undefined, start, exposure);
		const twice = model.after(0, once, start + 10_000, exposure);
		// m after 10 s = −.40756; d = .217 · e^−.40756 + .177 = .32136
		expect(twice[1]!.d).toBeCloseTo(0.32136, 4);
		const spaced = model.after(0, once, start + 3 * HOUR, exposure);
		expect(spaced[1]!.d).toBeLessThan(twice[1]!.d);
		// A week later the spaced pair is recalled better than the massed one.
		const later = start + 7 * DAY;
		expect(model.recall(0, spaced, later)).toBeGreaterThan(model.recall(0, twice, later));
	});

	it('the fast what-if equals practising and then asking', () => {
		const model = actrModel(days, [0.5], { strength: -1 });
		const start = studyStart(days, 0);
		const state = model.after(0, model.after(0, undefined, start, exposure), start + MINUTE, {
			kind: 'right',
			weight: 0.4
		});
		const times = [start + 4 * HOUR, start + 2 * DAY];
		const effect = { kind: 'wrong', weight: 0.5 } as const;
		const projected = model.project!(0, state, start + 5 * MINUTE, times)(effect);
		const after = model.after(0, state, start + 5 * MINUTE, effect);
		times.forEach((time, k) => expect(projected[k]).toBeCloseTo(model.recall(0, after, time), 10));
	});
});

describe('half-life regression, Settles & Meeder (2016)', () => {
	it.each([
		// h = 2^(−2 + 1.6·√(1+right) − .6·√(1+wrong)) days
		[0, 0, 0.5],
		[3, 0, 2 ** 0.6],
		[8, 0, 2 ** 2.2],
		[0, 3, 2 ** -1.6]
	])('%i right, %i wrong: half-life %f days', (right, wrong, expected) => {
		expect(halfLifeDays(right, wrong)).toBeCloseTo(expected, 10);
	});

	it('p = 2^(−Δ/h); a day’s answers count once (one observation a session, as in the data)', () => {
		const model = hlrModel([0], average);
		const start = studyStart(days, 0);
		const seen = model.after(0, undefined, start, exposure);
		expect(model.recall(0, seen, start + DAY)).toBeCloseTo(0.25, 10);
		const once = model.after(0, seen, start + MINUTE, { kind: 'right', weight: 1 });
		const twice = model.after(0, once, start + 2 * MINUTE, { kind: 'right', weight: 1 });
		expect(twice).toMatchObject({ right: 1, wrong: 0 });
		const tomorrow = model.after(0, twice, start + DAY, { kind: 'right', weight: 1 });
		expect(tomorrow).toMatchObject({ right: 2, wrong: 0 });
	});
});

describe('FSRS-6 learners', () => {
	it('recall is 90 % after one stability, by the definition of stability', () => {
		const model = fsrsModel([0], average, seeded(1));
		const start = studyStart(days, 0);
		const seen = model.after(0, undefined, start, exposure);
		expect(model.recall(0, seen, start + seen.stability * DAY)).toBeCloseTo(0.9, 6);
	});

	it('each learner has their own parameters', () => {
		const start = studyStart(days, 0);
		const a = fsrsModel([0], average, seeded(1)).after(0, undefined, start, exposure);
		const b = fsrsModel([0], average, seeded(2)).after(0, undefined, start, exposure);
		expect(a.stability).not.toBe(b.stability);
	});
});

describe('exercise effects', () => {
	it.each([
		['choice', 0, 0.25],
		['choice', 1, 1],
		['choice', 0.6, 0.7],
		['tiles', 0, 0.1],
		['typing', 0, 0],
		['typing', 0.6, 0.6]
	] as const)('%s at recall %f: right %f of the time', (exercise, p, expected) => {
		expect(chanceRight(exercise, p)).toBeCloseTo(expected, 10);
	});
});

describe("Anki SM-2 with Anki's defaults", () => {
	const day = (n: number) => dayStart(n) + 18 * HOUR;
	it('a worked example: learning steps, graduation, reviews, a lapse and a late review', () => {
		let card: AnkiCard = firstAnswer('again', day(0));
		expect(card).toMatchObject({ phase: 'learning', step: 0, due: day(0) + MINUTE });
		card = answerCard(card, 'good', day(0) + MINUTE);
		expect(card).toMatchObject({ phase: 'learning', step: 1, due: day(0) + 11 * MINUTE });
		card = answerCard(card, 'good', day(0) + 11 * MINUTE);
		expect(card).toMatchObject({ phase: 'review', interval: 1, ease: 2.5, due: dayStart(1) });
		card = answerCard(card, 'good', day(1)); // max(1 + 1, round(1.2), round(1 × 2.5)) = 3 (hard is 2)
		expect(card).toMatchObject({ interval: 3, due: dayStart(4) });
		card = answerCard(card, 'good', day(4)); // round(3 × 2.5) = 8
		expect(card).toMatchObject({ interval: 8, due: dayStart(12) });
		card = answerCard(card, 'good', day(12)); // 8 × 2.5 = 20
		expect(card).toMatchObject({ interval: 20, due: dayStart(32) });
		card = answerCard(card, 'again', day(32)); // lapse: ease 2.3, relearn 10 min, new interval 20 × 0 → 1
		expect(card).toMatchObject({ phase: 'relearning', interval: 1, ease: 2.3, due: day(32) + 10 * MINUTE });
		card = answerCard(card, 'good', day(32) + 10 * MINUTE);
		expect(card).toMatchObject({ phase: 'review', interval: 1, due: dayStart(33) });
		card = answerCard(card, 'good', day(35)); // two days late: round((1 + 2/2) × 2.3) = 5 (≥ hard + 1 = 3)
		expect(card).toMatchObject({ interval: 5, due: dayStart(40) });
		card = answerCard(card, 'easy', day(40)); // round(5 × 2.3 × 1.3) = 15, ease + .15
		expect(card.interval).toBe(15);
		expect(card.ease).toBeCloseTo(2.45, 10);
	});

	it('the easy interval is 4 days for a new card; the ease never falls below 130 %', () => {
		expect(firstAnswer('easy', day(0))).toMatchObject({ phase: 'review', interval: 4 });
		let card: AnkiCard = { phase: 'review', interval: 10, ease: 1.4, due: dayStart(0) };
		card = answerCard(card, 'again', day(0));
		expect(card.ease).toBe(1.3);
	});
});

describe('the Leitner box', () => {
	it.each([
		[{ box: 0, day: 3 }, true, 3, { box: 1, day: 5 }],
		[{ box: 1, day: 5 }, true, 5, { box: 2, day: 9 }],
		[{ box: 3, day: 9 }, true, 9, { box: 4, day: 25 }],
		[{ box: 4, day: 25 }, true, 25, { box: 4, day: 41 }],
		[{ box: 4, day: 25 }, false, 25, { box: 0, day: 26 }]
	])('%o answered %s on day %i → %o', (from, right, day, expected) => {
		expect(moveBox(from, right, day)).toEqual(expected);
	});
});

describe('the benchmark', () => {
	const cards = studyCardsOf(reindeerDeck);
	const setup = {
		cards,
		profile: { minutesPerDay: 6, path: ADULT_PATH, strength: 0 },
		model: 'hlr' as const,
		days: 8,
		learners: 2,
		newWordsPerDay: 4,
		seed: 7
	};

	it('is deterministic, and measures what each scheduler does with the same learners', () => {
		const first = simulate(setup);
		expect(simulate(setup)).toEqual(first);
		for (const figures of Object.values(first)) {
			expect(figures.perDay).toHaveLength(8);
			expect(figures.minutes).toBeGreaterThan(0);
			expect(figures.minutes).toBeLessThanOrEqual(6.5);
		}
		// The app really studied: words were met, so some are recalled every evening after the first.
		expect(first.app.perDay.every((value) => value > 0)).toBe(true);
		// The reference that sees the learner's memory does at least as well as SM-2.
		expect(first.greedy.recalledAvg).toBeGreaterThanOrEqual(first.anki.recalledAvg);
	});

	it('homework: pupils reach the default goal (80 % of the words at 80 %) by the due evening', () => {
		const homework = simulateHomework(
			{ cards: studyCardsOf({ ...reindeerDeck }), pupils: 3, seed: 2 },
			'weak'
		);
		expect(homework.reachedGoal).toBe(1);
		expect(homework.sessions).toBeGreaterThan(1);
	});
});

describe('homework aims at the due date', () => {
	// Local time, as the app's calendar counts days.
	const now = new Date(2027, 0, 4, 18).getTime();
	// Due tomorrow (the end of the day): cards FSRS brings back tomorrow are aimed at tonight too, as
	// the pupil may study tomorrow before they come due.
	const dueAt = new Date(2027, 0, 6).getTime() - 1000;
	const aim = { dueAt, target: 80, now, retention: 0.9 };
	const card = (id: string, answers: number[], grades: Grade[] = []) => {
		let memory = newMemory(answers[0]!);
		answers.forEach((at, k) => (memory = review(memory, grades[k] ?? Rating.Good, at)));
		return { id, ...memory };
	};
	/** Missed twice, then right twice, the last answer at `last`: learned tonight, but weakly. */
	const shaky = (id: string, last: number, misses = 2) =>
		card(
			id,
			Array.from({ length: misses + 2 }, (_, k) => last - (misses + 1 - k) * 15 * MINUTE),
			[...Array(misses).fill(Rating.Again), Rating.Good, Rating.Good]
		);

	it('the shaky card is what the rows below assume: reviewed, due on the due day, below 80 % on it', () => {
		const a = shaky('a', now - 30 * MINUTE);
		expect(a.state).toBe(State.Review);
		expect(new Date(a.due).getDate()).toBe(new Date(dueAt).getDate());
		expect(recall(a, dueAt)).toBeLessThan(0.8);
	});

	it.each([
		['a card learned weakly, last answered half an hour ago', shaky('a', now - 30 * MINUTE), true],
		[
			'the same, answered a minute ago (no wait: a wait would end the evening)',
			shaky('b', now - MINUTE),
			true
		],
		['a card in its learning steps (due now: asked anyway)', card('e', [now - 30 * MINUTE]), false],
		['a card never met', { id: 'c', ...newMemory(now) }, false],
		[
			'a card known for weeks (above the goal on the due date)',
			card('d', [now - 60 * DAY, now - 50 * DAY, now - 30 * DAY, now - DAY]),
			false
		]
	])('%s: aimed %s', (_name, progress, aimed) => {
		expect(aimedCards([progress], aim)).toEqual(aimed ? [progress.id] : []);
	});

	it('a card FSRS brings back before the due date is left to that review', () => {
		expect(aimedCards([shaky('a', now - 30 * MINUTE)], { ...aim, dueAt: now + 7 * DAY })).toEqual([]);
	});

	it('a typed goal: the production cards of words not written right yet', () => {
		const a = shaky('reindeer-1/bovtse/production', now - 30 * MINUTE);
		const b = shaky('reindeer-1/miesie/production', now - 30 * MINUTE);
		const c = shaky('reindeer-1/miesie/recognition', now - 30 * MINUTE);
		const typed = { ...aim, target: 0, written: new Set(['reindeer-1/bovtse']) };
		expect(aimedCards([a, b, c], typed)).toEqual(['reindeer-1/miesie/production']);
	});

	it('weakest on the due date first', () => {
		const weak = shaky('weak', now - 40 * MINUTE, 3);
		const less = shaky('less', now - 40 * MINUTE, 2);
		expect(recall(weak, dueAt)).toBeLessThan(recall(less, dueAt));
		expect(aimedCards([less, weak], aim)).toEqual(['weak', 'less']);
	});

	it('stops when another answer tonight no longer moves the due date (FSRS-6 same-day reviews saturate)', () => {
		const answers = Array.from({ length: 40 }, (_, k) => now - (40 - k) * 11 * MINUTE);
		const drilled = card('drilled', answers);
		expect(drilled.state).not.toBe(State.New);
		expect(worthAnother(drilled, aim)).toBe(false);
		// Tomorrow a review counts again.
		expect(worthAnother(drilled, { ...aim, now: now + DAY })).toBe(true);
		expect(recall(drilled, dueAt)).toBeGreaterThan(0.8);
	});
});
