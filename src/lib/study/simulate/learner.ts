/**
 * A simulated learner: a memory model's state for every word, answers drawn from it, and the day's
 * study window that every scheduler spends the same way.
 */
import type { MemoryModel } from './models';
import {
	chanceRight,
	effectOf,
	INTRO,
	INTRO_SECONDS,
	secondsOf,
	type Effect,
	type Exercise
} from './practice';
import { SECOND } from './clock';

/** A word's memory in a what-if: its recall, and the memory after one more event. */
export interface WhatIf {
	recall(at: number): number;
	then(at: number, effect: Effect): WhatIf;
}

export class SimLearner {
	readonly #model: MemoryModel;
	readonly #states: unknown[];
	readonly #random: () => number;
	/** Answers given and words met, for the figures. */
	answers = 0;
	seen = 0;

	constructor(model: MemoryModel, words: number, random: () => number) {
		this.#model = model;
		this.#states = Array.from({ length: words }, () => undefined);
		this.#random = random;
	}

	get words(): number {
		return this.#states.length;
	}

	/** The true probability of recalling `word` at `at` (only the greedy reference may look). */
	recall(word: number, at: number): number {
		return this.#model.recall(word, this.#states[word], at);
	}

	/** What-if: the recall `word` would have at each of `times` after an event at `at`, by effect. */
	project(word: number, at: number, times: readonly number[]): (effect: Effect) => number[] {
		const state = this.#states[word];
		if (this.#model.project) return this.#model.project(word, state, at, times);
		return (effect) => {
			const after = this.#model.after(word, state, at, effect);
			return times.map((time) => this.#model.recall(word, after, time));
		};
	}

	/** What-if, step by step: the word's memory after an event, without it happening. */
	withEvent(word: number, at: number, effect: Effect): WhatIf {
		const model = this.#model;
		const make = (state: unknown): WhatIf => ({
			recall: (time) => model.recall(word, state, time),
			then: (time, next) => make(model.after(word, state, time, next))
		});
		return make(model.after(word, this.#states[word], at, effect));
	}

	met(word: number): boolean {
		return this.#states[word] !== undefined;
	}

	/** The intro card: the word shown with its meaning. */
	expose(word: number, at: number): void {
		if (!this.met(word)) this.seen++;
		this.#states[word] = this.#model.after(word, this.#states[word], at, INTRO);
	}

	/** One answer in `exercise`: right or not, drawn from the model; memory updated after it. */
	answer(word: number, exercise: Exercise, at: number, options = 4): boolean {
		const right = this.#random() < chanceRight(exercise, this.recall(word, at), options);
		if (!this.met(word)) this.seen++;
		this.#states[word] = this.#model.after(word, this.#states[word], at, effectOf(exercise, right));
		this.answers++;
		return right;
	}

	/** Expected words recalled at `at`: the sum of recall probabilities over the deck. */
	expectedRecalled(at: number): number {
		let sum = 0;
		for (let word = 0; word < this.#states.length; word++) sum += this.recall(word, at);
		return sum;
	}

	/** Words at recall ≥ `threshold` at `at`. */
	known(at: number, threshold = 0.9): number {
		let count = 0;
		for (let word = 0; word < this.#states.length; word++) if (this.recall(word, at) >= threshold) count++;
		return count;
	}
}

/** One day's study: the clock moves with every answer; a scheduler studies while `open`. */
export class StudyDay {
	readonly day: number;
	readonly learner: SimLearner;
	now: number;
	readonly end: number;
	/** Seconds actually studied today (a scheduler with nothing left stops early). */
	seconds = 0;

	constructor(day: number, learner: SimLearner, start: number, budgetSeconds: number) {
		this.day = day;
		this.learner = learner;
		this.now = start;
		this.end = start + budgetSeconds * SECOND;
	}

	/** Time is left in today's budget (an answer started before the end is finished). */
	get open(): boolean {
		return this.now < this.end;
	}

	spend(seconds: number): void {
		this.now += seconds * SECOND;
		this.seconds += seconds;
	}

	/** The intro card, shown and timed. */
	introduce(word: number): void {
		this.learner.expose(word, this.now);
		this.spend(INTRO_SECONDS);
	}

	/** One answer, timed by its exercise and outcome. */
	answer(word: number, exercise: Exercise, options = 4): boolean {
		const right = this.learner.answer(word, exercise, this.now, options);
		this.spend(secondsOf(exercise, right));
		return right;
	}
}
