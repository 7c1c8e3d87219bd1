/**
 * Homework as pupils do it, through the app's own homework sessions: each evening until the due day a
 * pupil opens one session after another ("Øv videre på oppgaven") until the goal is met, the app has
 * nothing more to ask tonight ("come back tomorrow"), or the evening's time is up.
 *
 * - `simulateHomework` (the benchmark): a 16-word assignment given in the afternoon and due the next
 *   evening, the form's default goal, strong, average and weak pupils whose memory is a learner model;
 * - `estimateHomework` (the assignment form): the teacher's own words, goal and due date, for a pupil
 *   who gets a given share of answers wrong, so the estimate is the app's real sessions, not a formula.
 */
import type { StudyCard } from '../cards';
import { ADULT_PATH, CHILD_PATH, type LearningPath } from '../ladder';
import { DEFAULT_SETTINGS, type StudySettings } from '../settings';
import { goalMet, wordProgress, type Goal } from '$lib/teach/assignment';
import { AppScheduler } from './app';
import { dayStart, HOUR, studyStart, type StudyDays } from './clock';
import { SimLearner, StudyDay } from './learner';
import type { MemoryModel, ModelName } from './models';
import { seeded } from './random';
import { makeModel, round } from './run';

export const PUPILS = { strong: 1, average: 0, weak: -1 } as const;
export type PupilKind = keyof typeof PUPILS;

/** The most a pupil studies in one evening, minutes. */
const EVENING_MINUTES = 45;
const DEFAULT_GOAL: Goal = { kind: 'recall', target: 80, share: 80 };

export interface HomeworkSetup {
	/** The assignment's cards (16 words, both ways). */
	cards: readonly StudyCard[];
	pupils: number;
	seed: number;
	model?: ModelName;
	goal?: Goal;
	settings?: StudySettings;
	/** Aim at the due date (study/homework.ts); false only to measure what the aiming rule adds. */
	aim?: boolean;
}

export interface HomeworkFigures {
	/** Share of pupils whose goal is met on the due evening, 0–1. */
	reachedGoal: number;
	/** Mean sessions a pupil opened. */
	sessions: number;
	/** Mean minutes a pupil studied. */
	minutes: number;
}

interface Pupil {
	learner: SimLearner;
	app: AppScheduler;
}

/** One pupil's homework: evenings of sessions; whether the goal was met on the due date, and the effort. */
function doHomework(
	pupil: Pupil,
	cards: readonly StudyCard[],
	goal: Goal,
	dueAt: number,
	evenings: readonly number[]
): Run {
	const { app, learner } = pupil;
	const keys = [...new Set(cards.map((card) => `${card.deckId}/${card.word.id}`))];
	// The goal as the pupil's card and the teacher's table check it (teach/assignment.ts).
	const met = () =>
		goalMet(
			goal,
			wordProgress(
				keys.map((key) => ({
					key,
					memories: ['recognition', 'production'].map((direction) => app.progress.get(`${key}/${direction}`)),
					typedRight: app.writtenRight.has(key)
				})),
				dueAt
			)
		);
	let seconds = 0;
	let studied = 0;
	evenings.forEach((start, day) => {
		if (met()) return;
		const evening = new StudyDay(day, learner, start, EVENING_MINUTES * 60);
		while (evening.open && !met() && app.session(evening)) {
			/* the next session, as "Øv videre på oppgaven" opens it */
		}
		seconds += evening.seconds;
		if (evening.seconds > 0) studied++;
	});
	return { met: met(), sessions: app.sessions, seconds, evenings: studied };
}

interface Run {
	met: boolean;
	sessions: number;
	seconds: number;
	/** Evenings with any study. */
	evenings: number;
}

function aimOf(goal: Goal, dueAt: number) {
	return goal.kind === 'recall' ? { dueAt, target: goal.target } : { dueAt, target: 0, typed: true };
}

function summary(runs: readonly Run[]): HomeworkFigures {
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
	return {
		reachedGoal: round(runs.filter((run) => run.met).length / Math.max(1, runs.length), 3),
		sessions: round(mean(runs.map((run) => run.sessions)), 1),
		minutes: round(mean(runs.map((run) => run.seconds / 60)), 1)
	};
}

export function simulateHomework(setup: HomeworkSetup, kind: PupilKind): HomeworkFigures {
	const goal = setup.goal ?? DEFAULT_GOAL;
	const days: StudyDays = { startHour: 17, windowSeconds: EVENING_MINUTES * 60, measureHour: 21 };
	const dueAt = dayStart(2) - 1000;
	const words = new Set(setup.cards.map((card) => `${card.deckId}/${card.word.id}`)).size;
	const settings = setup.settings ?? DEFAULT_SETTINGS;
	const homework = { ...aimOf(goal, dueAt), aim: setup.aim ?? true };
	const runs = Array.from({ length: setup.pupils }, (_, i) => {
		const seed = setup.seed * 1000 + i;
		const model = makeModel(setup.model ?? 'actr', days, words, PUPILS[kind], seed);
		const pupil = {
			learner: new SimLearner(model, words, seeded(seed + 77)),
			app: new AppScheduler(setup.cards, { settings, path: CHILD_PATH, homework }, seeded(seed + 99))
		};
		return doHomework(pupil, setup.cards, goal, dueAt, [studyStart(days, 0), studyStart(days, 1)]);
	});
	return summary(runs);
}

/**
 * A pupil who gets `wrong` of the answers they do not guess wrong, whatever the word: the "scripted"
 * pupil of the assignment form's estimate (FSRS, the ladder and the sessions are the app's own).
 */
export function scriptedModel(wrong: number): MemoryModel {
	return {
		name: 'scripted',
		recall: (_word, state) => (state === undefined ? 0 : 1 - wrong),
		after: () => true
	};
}

/** The evenings (17:00, or now if later) from `now` to the due day, local time. */
export function eveningsUntil(now: number, dueAt: number): number[] {
	const evenings: number[] = [];
	for (let day = new Date(now); ; day.setDate(day.getDate() + 1)) {
		const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 17).getTime();
		const at = Math.max(start, evenings.length ? start : now);
		if (at + HOUR > dueAt) break;
		evenings.push(at);
		if (evenings.length > 60) break;
	}
	return evenings;
}

export interface HomeworkEstimate extends HomeworkFigures {
	/** Evenings a pupil studies on, on average (of those until the due day). */
	evenings: number;
}

/** What the homework takes a pupil who gets `wrong` of the answers wrong (the assignment form). */
export function estimateHomework(
	cards: readonly StudyCard[],
	goal: Goal,
	now: number,
	dueAt: number,
	wrong: number,
	pupils = 8,
	path: LearningPath = CHILD_PATH
): HomeworkEstimate {
	const evenings = eveningsUntil(now, dueAt);
	const words = new Set(cards.map((card) => `${card.deckId}/${card.word.id}`)).size;
	const homework = aimOf(goal, dueAt);
	const runs = Array.from({ length: pupils }, (_, i) => {
		const learner = new SimLearner(scriptedModel(wrong), words, seeded(i + 1));
		const app = new AppScheduler(cards, { settings: DEFAULT_SETTINGS, path, homework }, seeded(i + 7));
		return doHomework({ learner, app }, cards, goal, dueAt, evenings);
	});
	const studied = runs.reduce((sum, run) => sum + run.evenings, 0);
	return { ...summary(runs), evenings: round(studied / Math.max(1, pupils), 1) };
}

/** A pupil who answers right nearly always, and a weaker one who gets 1 answer in 5 wrong. */
export const ESTIMATE_PUPILS = { average: 0.05, weaker: 0.2 } as const;
/** More than this a weaker pupil would need on one evening is too much homework for a day. */
export const MINUTES_AN_EVENING = 20;

export interface FormEstimate {
	average: HomeworkEstimate;
	weaker: HomeworkEstimate;
	/** The weaker pupil would not reach the goal in time, or only with more than 20 minutes an evening. */
	tooMuch: boolean;
}

/**
 * The assignment form's estimate: the chosen words, goal and due date, for both pupils, on the ladder
 * most pupils have (typing after the tiles: a phrase cannot be built from tiles, so without typing a
 * "typed" goal over phrases could not be met at all).
 */
export function formEstimate(
	cards: readonly StudyCard[],
	goal: Goal,
	now: number,
	dueAt: number
): FormEstimate {
	const average = estimateHomework(cards, goal, now, dueAt, ESTIMATE_PUPILS.average, 8, ADULT_PATH);
	const weaker = estimateHomework(cards, goal, now, dueAt, ESTIMATE_PUPILS.weaker, 8, ADULT_PATH);
	const evenings = eveningsUntil(now, dueAt).length;
	const tooMuch = weaker.reachedGoal < 1 || evenings === 0 || weaker.minutes / evenings > MINUTES_AN_EVENING;
	return { average, weaker, tooMuch };
}
