/**
 * Homework as pupils do it: a 16-word assignment given in the afternoon, due the next evening, with
 * the form's default goal (know 80 % of the words at 80 % recall on the due date). Each pupil studies
 * on both evenings in the app's homework sessions, one after another, until the goal is met, the app
 * has nothing more to ask tonight ("come back tomorrow"), or the evening's time is up.
 */
import type { StudyCard } from '../cards';
import { CHILD_PATH } from '../ladder';
import { DEFAULT_SETTINGS, type StudySettings } from '../settings';
import { goalMet, wordProgress, type Goal } from '$lib/teach/assignment';
import { AppScheduler } from './app';
import { dayStart, studyStart, type StudyDays } from './clock';
import { SimLearner, StudyDay } from './learner';
import type { ModelName } from './models';
import { seeded } from './random';
import { makeModel, round } from './run';

export const PUPILS = { strong: 1, average: 0, weak: -1 } as const;
export type PupilKind = keyof typeof PUPILS;

export interface HomeworkSetup {
	/** The assignment's cards (16 words, both ways). */
	cards: readonly StudyCard[];
	pupils: number;
	seed: number;
	model?: ModelName;
	goal?: { target: number; share: number };
	/** The most a pupil studies in one evening. */
	eveningMinutes?: number;
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

const DEFAULT_GOAL = { target: 80, share: 80 };

export function simulateHomework(setup: HomeworkSetup, kind: PupilKind): HomeworkFigures {
	const goal = setup.goal ?? DEFAULT_GOAL;
	const days: StudyDays = {
		startHour: 17,
		windowSeconds: (setup.eveningMinutes ?? 45) * 60,
		measureHour: 21
	};
	const dueAt = dayStart(2) - 1000;
	const recallGoal: Goal = { kind: 'recall', ...goal };
	const keys = [...new Set(setup.cards.map((card) => `${card.deckId}/${card.word.id}`))];
	const settings = setup.settings ?? DEFAULT_SETTINGS;
	let reached = 0;
	let sessions = 0;
	let seconds = 0;
	for (let i = 0; i < setup.pupils; i++) {
		const seed = setup.seed * 1000 + i;
		const model = makeModel(setup.model ?? 'actr', days, keys.length, PUPILS[kind], seed);
		const learner = new SimLearner(model, keys.length, seeded(seed + 77));
		const app = new AppScheduler(
			setup.cards,
			{ settings, path: CHILD_PATH, homework: { dueAt, target: goal.target, aim: setup.aim ?? true } },
			seeded(seed + 99)
		);
		// The goal as the pupil's card and the teacher's table check it (teach/assignment.ts).
		const met = () =>
			goalMet(
				recallGoal,
				wordProgress(
					keys.map((key) => ({
						key,
						memories: ['recognition', 'production'].map((direction) =>
							app.progress.get(`${key}/${direction}`)
						),
						typedRight: false
					})),
					dueAt
				)
			);
		for (let day = 0; day < 2 && !met(); day++) {
			const evening = new StudyDay(day, learner, studyStart(days, day), days.windowSeconds);
			while (evening.open && !met() && app.session(evening)) {
				/* the next session, as "Øv videre på oppgaven" opens it */
			}
			seconds += evening.seconds;
		}
		if (met()) reached++;
		sessions += app.sessions;
	}
	return {
		reachedGoal: round(reached / setup.pupils, 3),
		sessions: round(sessions / setup.pupils, 1),
		minutes: round(seconds / 60 / setup.pupils, 1)
	};
}
