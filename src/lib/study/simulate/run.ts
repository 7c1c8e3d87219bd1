/**
 * The teaching benchmark: simulated learners study one deck for a month under each scheduler, with the
 * same daily minutes, new-word cap, exercise effects (practice.ts) and seconds per answer, and every
 * evening the deck's expected words recalled is measured. Seeded: the same configuration gives the same
 * figures; every scheduler meets the same learners (same strengths, same word difficulties).
 */
import type { StudyCard } from '../cards';
import { ADULT_PATH, CHILD_PATH, type LearningPath } from '../ladder';
import { DEFAULT_SETTINGS, type StudySettings } from '../settings';
import { AnkiScheduler } from './anki';
import { AppScheduler } from './app';
import { evening, studyStart, type StudyDays } from './clock';
import { GreedyScheduler } from './greedy';
import { LeitnerScheduler } from './leitner';
import { SimLearner, StudyDay } from './learner';
import { actrModel, fsrsModel, hlrModel, wordDifficulties, type MemoryModel, type ModelName } from './models';
import { normal, seeded } from './random';

export const SCHEDULERS = ['app', 'anki', 'leitner', 'greedy'] as const;
export type SchedulerName = (typeof SCHEDULERS)[number];

export interface LearnerProfile {
	minutesPerDay: number;
	path: LearningPath;
	/** The mean strength of this kind of learner, in standard deviations (learners vary by 1 around it). */
	strength: number;
}

/** A child studies 10 minutes a day without typing; an adult 20 minutes, typing once a word is known. */
export const PROFILES = {
	child: { minutesPerDay: 10, path: CHILD_PATH, strength: -0.5 },
	adult: { minutesPerDay: 20, path: ADULT_PATH, strength: 0 }
} as const satisfies Record<string, LearnerProfile>;
export type ProfileName = keyof typeof PROFILES;

export interface LearningSetup {
	/** The deck: every word's two study cards (the app's), in the order new words are taken. */
	cards: readonly StudyCard[];
	profile: LearnerProfile;
	model: ModelName;
	days: number;
	learners: number;
	/** New words a day for every scheduler but the app (whose own setting counts cards, see `settings`). */
	newWordsPerDay: number;
	/** The app's settings (its defaults unless a tuning run changes them). */
	settings?: StudySettings;
	seed: number;
	schedulers?: readonly SchedulerName[];
}

export interface SchedulerFigures {
	/** Mean over learners and evenings of the expected number of deck words recalled. */
	recalledAvg: number;
	/** Mean over learners and evenings of words at recall ≥ 0.9. */
	knownAvg: number;
	/** Mean minutes studied a day (a scheduler with nothing left stops before the budget). */
	minutes: number;
	recalledPerMinute: number;
	/** Expected words recalled each evening, averaged over learners (the picture). */
	perDay: number[];
	answersPerDay: number;
}

export function studyWindow(profile: LearnerProfile): StudyDays {
	return { startHour: 17, windowSeconds: profile.minutesPerDay * 60, measureHour: 21 };
}

/** One learner for one model: the same seed gives the same learner to every scheduler. */
export function makeModel(
	name: ModelName,
	days: StudyDays,
	words: number,
	strength: number,
	seed: number
): MemoryModel {
	const random = seeded(seed);
	const difficulty = wordDifficulties(words, seeded(0x5eed));
	const traits = { strength: normal(random, strength) };
	if (name === 'actr') return actrModel(days, difficulty, traits) as MemoryModel;
	if (name === 'hlr') return hlrModel(difficulty, traits) as MemoryModel;
	return fsrsModel(difficulty, traits, random) as MemoryModel;
}

function makeScheduler(
	name: SchedulerName,
	setup: LearningSetup,
	days: StudyDays,
	words: number,
	random: () => number
) {
	if (name === 'app')
		return new AppScheduler(
			setup.cards,
			{ settings: setup.settings ?? DEFAULT_SETTINGS, path: setup.profile.path },
			random
		);
	if (name === 'anki') return new AnkiScheduler(words, setup.newWordsPerDay);
	if (name === 'leitner') return new LeitnerScheduler(words, setup.newWordsPerDay);
	return new GreedyScheduler(words, setup.newWordsPerDay, days);
}

/** Every scheduler's figures for one learner model and profile. */
export function simulate(setup: LearningSetup): Record<SchedulerName, SchedulerFigures> {
	const days = studyWindow(setup.profile);
	const words = new Set(setup.cards.map((card) => `${card.deckId}/${card.word.id}`)).size;
	const out = {} as Record<SchedulerName, SchedulerFigures>;
	for (const name of setup.schedulers ?? SCHEDULERS) {
		const perDay = Array.from({ length: setup.days }, () => 0);
		let known = 0;
		let seconds = 0;
		let answers = 0;
		for (let i = 0; i < setup.learners; i++) {
			const seed = setup.seed * 1000 + i;
			const model = makeModel(setup.model, days, words, setup.profile.strength, seed);
			const learner = new SimLearner(model, words, seeded(seed + 77));
			const scheduler = makeScheduler(name, setup, days, words, seeded(seed + 99));
			for (let day = 0; day < setup.days; day++) {
				const today = new StudyDay(day, learner, studyStart(days, day), days.windowSeconds);
				scheduler.study(today);
				seconds += today.seconds;
				const at = evening(days, day);
				perDay[day]! += learner.expectedRecalled(at) / setup.learners;
				known += learner.known(at) / setup.learners / setup.days;
			}
			answers += learner.answers;
		}
		const recalledAvg = perDay.reduce((a, b) => a + b, 0) / setup.days;
		const minutes = seconds / 60 / setup.learners / setup.days;
		out[name] = {
			recalledAvg: round(recalledAvg),
			knownAvg: round(known),
			minutes: round(minutes),
			recalledPerMinute: round(minutes ? recalledAvg / minutes : 0, 3),
			perDay: perDay.map((value) => round(value)),
			answersPerDay: round(answers / setup.learners / setup.days)
		};
	}
	return out;
}

export function round(value: number, digits = 2): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}

/** What forms practice does to a learner's days, and what it costs in words recalled (`learning.forms`). */
export interface FormsFigures {
	/** Words recalled (mean over evenings and learners) by the app without and with forms practice. */
	recalledAvg: { words: number; withForms: number };
	/** Mean answers a day over the month: to word cards and to forms cards. */
	answersPerDay: { words: number; forms: number };
	/** Days 1, 3 and 10 as a learner meets them (means over learners). */
	days: Record<'1' | '3' | '10', DayTraceMean>;
}

export interface DayTraceMean {
	answers: number;
	formsAnswers: number;
	newWords: number;
	groupsOpened: number;
}

/**
 * The app with and without forms practice, for the same learners: the day-by-day picture (what is asked
 * on days 1, 3 and 10) and the cost in words recalled. The models hold one memory a word, so a forms
 * answer is answered, and practises, as its word: an approximation, stated where the figures are.
 */
export function simulateForms(
	setup: LearningSetup,
	forms: NonNullable<ConstructorParameters<typeof AppScheduler>[1]['forms']>
): FormsFigures {
	const days = studyWindow(setup.profile);
	const words = new Set(setup.cards.map((card) => `${card.deckId}/${card.word.id}`)).size;
	const recalled = { words: 0, withForms: 0 };
	const traces: DayTraceMean[] = Array.from({ length: setup.days }, () => ({
		answers: 0,
		formsAnswers: 0,
		newWords: 0,
		groupsOpened: 0
	}));
	for (const withForms of [false, true]) {
		for (let i = 0; i < setup.learners; i++) {
			const seed = setup.seed * 1000 + i;
			const model = makeModel(setup.model, days, words, setup.profile.strength, seed);
			const learner = new SimLearner(model, words, seeded(seed + 77));
			const app = new AppScheduler(
				setup.cards,
				{
					settings: setup.settings ?? DEFAULT_SETTINGS,
					path: setup.profile.path,
					...(withForms ? { forms } : {})
				},
				seeded(seed + 99)
			);
			for (let day = 0; day < setup.days; day++) {
				app.study(new StudyDay(day, learner, studyStart(days, day), days.windowSeconds));
				const value = learner.expectedRecalled(evening(days, day)) / setup.learners / setup.days;
				recalled[withForms ? 'withForms' : 'words'] += value;
			}
			if (!withForms) continue;
			app.trace.forEach((trace, day) => {
				for (const key of Object.keys(trace) as (keyof DayTraceMean)[])
					traces[day]![key] += trace[key] / setup.learners;
			});
		}
	}
	const mean = (trace: DayTraceMean): DayTraceMean => ({
		answers: round(trace.answers, 1),
		formsAnswers: round(trace.formsAnswers, 1),
		newWords: round(trace.newWords, 1),
		groupsOpened: round(trace.groupsOpened, 1)
	});
	const sum = (key: keyof DayTraceMean) => traces.reduce((total, trace) => total + trace[key], 0);
	return {
		recalledAvg: { words: round(recalled.words), withForms: round(recalled.withForms) },
		answersPerDay: {
			words: round((sum('answers') - sum('formsAnswers')) / setup.days, 1),
			forms: round(sum('formsAnswers') / setup.days, 1)
		},
		days: { '1': mean(traces[0]!), '3': mean(traces[2]!), '10': mean(traces[9]!) }
	};
}
