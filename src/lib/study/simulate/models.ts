/**
 * Learner memory models for the teaching benchmark, as published, none of them the app's own scheduler:
 *
 * - `actr`: ACT-R declarative memory with the spacing-dependent decay of Pavlik & Anderson (2005),
 *   "Practice and forgetting effects on vocabulary memory: an activation-based model of the spacing
 *   effect", Cognitive Science 29(4), 559–586, with its published parameters;
 * - `hlr`: half-life regression, Settles & Meeder (2016), "A trainable spaced repetition model for
 *   language learning", ACL 2016: p = 2^(−Δ/h), h = 2^(Θ·x);
 * - `fsrs`: FSRS-6 (ts-fsrs) with each learner's parameters drawn around the published defaults, a
 *   same-family check (the app schedules with FSRS-6's defaults), reported but not a goal.
 *
 * A state is one word's memory for one learner; a model is made per learner, with that learner's
 * strength and the words' difficulties. `recall` is the probability of producing the word (recall, no
 * guessing); practice.ts turns it into right answers per exercise.
 */
import { fsrs, generatorParameters, clipParameters, default_w, Rating, type FSRS } from 'ts-fsrs';
import { DAY, dayOf, psychologicalSeconds, type StudyDays } from './clock';
import type { Effect } from './practice';
import { normal } from './random';

export const MODELS = ['actr', 'hlr', 'fsrs'] as const;
export type ModelName = (typeof MODELS)[number];

export interface MemoryModel<S = unknown> {
	/** A published model, or a scripted pupil (homework.ts) who is wrong a fixed share of the time. */
	readonly name: ModelName | 'scripted';
	/** The probability of recalling `word` at `at` (ms); 0 for a word never met. */
	recall(word: number, state: S | undefined, at: number): number;
	/** The word's memory after a practice event at `at`. */
	after(word: number, state: S | undefined, at: number, effect: Effect): S;
	/**
	 * What-if, fast: the recall at each of `times` after one more event at `at`, for any effect (the
	 * greedy reference asks this for every word at every step). Absent: `after` then `recall`.
	 */
	project?(
		word: number,
		state: S | undefined,
		at: number,
		times: readonly number[]
	): (effect: Effect) => number[];
}

/** Who is learning: how strong their memory is (each model reads it its own way). */
export interface LearnerTraits {
	/** Standard deviations above (or below) the mean learner: 0 = average. */
	strength: number;
}

// ——— ACT-R, Pavlik & Anderson (2005) ———

/**
 * The published parameters (Pavlik & Anderson 2005, Table/fit of Experiment 1): decay scale c, decay
 * intercept a, retrieval threshold τ, activation noise s, and h, the rate of psychological time between
 * sessions.
 */
export interface ActrParameters {
	c: number;
	a: number;
	tau: number;
	s: number;
	h: number;
}
export const PAVLIK_ANDERSON_2005: Readonly<ActrParameters> = {
	c: 0.217,
	a: 0.177,
	tau: -0.704,
	s: 0.255,
	h: 0.025
};

/** Item and learner intercepts added to activation, as Pavlik & Anderson (2008) do: spread assumed. */
export const ACTR_SPREAD = { word: 0.2, learner: 0.15 } as const;

interface Trace {
	/** Psychological time of the presentation, seconds. */
	t: number;
	/** Its decay rate d = c·e^m + a, fixed when it was laid down. */
	d: number;
	/** Its weight (practice.ts: an easier exercise lays a weaker trace). */
	w: number;
}

/** Activation m = ln Σ w·(T − t)^−d (ages under a second count as a second). */
export function activation(traces: readonly Trace[], T: number): number {
	let sum = 0;
	for (const trace of traces) sum += trace.w * Math.max(1, T - trace.t) ** -trace.d;
	return sum > 0 ? Math.log(sum) : -Infinity;
}

/** Recall probability p = 1 / (1 + e^((τ − m)/s)). */
export function recallOfActivation(
	m: number,
	{ tau, s }: Pick<ActrParameters, 'tau' | 's'> = PAVLIK_ANDERSON_2005
): number {
	return m === -Infinity ? 0 : 1 / (1 + Math.exp((tau - m) / s));
}

export function actrModel(
	days: StudyDays,
	difficulty: readonly number[],
	traits: LearnerTraits,
	parameters: Readonly<ActrParameters> = PAVLIK_ANDERSON_2005
): MemoryModel<readonly Trace[]> {
	const { c, a, h } = parameters;
	const beta = (word: number) =>
		traits.strength * ACTR_SPREAD.learner - (difficulty[word] ?? 0) * ACTR_SPREAD.word;
	const T = (at: number) => psychologicalSeconds(days, h, at);
	// The sums Σ w·(T − t)^−d of a word's traces at the measurement times: they change only when the
	// word is practised (a new traces array), so they are kept per array.
	const sums = new WeakMap<readonly Trace[], { key: string; raw: number[] }>();
	const rawSums = (traces: readonly Trace[], times: readonly number[]) => {
		const key = times.join();
		let found = sums.get(traces);
		if (found?.key !== key) {
			found = { key, raw: times.map((time) => Math.exp(activation(traces, T(time)))) };
			sums.set(traces, found);
		}
		return found.raw;
	};
	return {
		name: 'actr',
		recall(word, traces, at) {
			if (!traces?.length) return 0;
			return recallOfActivation(activation(traces, T(at)) + beta(word), parameters);
		},
		after(word, traces = [], at, effect) {
			const now = T(at);
			const m = traces.length ? activation(traces, now) + beta(word) : -Infinity;
			// Spacing: a presentation while activation is high decays faster (d = c·e^m + a).
			return [...traces, { t: now, d: c * Math.exp(m) + a, w: effect.weight }];
		},
		project(word, traces = [], at, times) {
			const now = T(at);
			const m = traces.length ? activation(traces, now) + beta(word) : -Infinity;
			const d = c * Math.exp(m) + a;
			const raw = rawSums(traces, times);
			const fresh = times.map((time) => Math.max(1, T(time) - now) ** -d);
			return (effect) =>
				raw.map((sum, k) =>
					recallOfActivation(Math.log(sum + effect.weight * fresh[k]!) + beta(word), parameters)
				);
		}
	};
}

// ——— Half-life regression, Settles & Meeder (2016) ———

/**
 * Θ for the features x = (1, √(1 + right), √(1 + wrong)), half-life in days. The paper's weights were
 * fitted to Duolingo's data and not published as numbers, so these are chosen, not fitted: a word seen
 * once has a half-life of half a day (a quarter recalled the next day), about 8 spaced right answers
 * bring it to ≈ 5 days and ≈ 24 to ≈ 6 weeks, and a wrong answer shortens it (Θ_wrong < 0), the signs
 * and the square-root counts as in the paper.
 */
export const HLR_THETA = { bias: -2, right: 1.6, wrong: -0.6 } as const;
/** A word's difficulty and a learner's strength shift log2 of the half-life (the paper's lexeme weights). */
export const HLR_SPREAD = { word: 0.4, learner: 0.3 } as const;

interface HalfLife {
	right: number;
	wrong: number;
	last: number;
	/** The last day an answer counted: as in Duolingo's data, a word's practice counts once a session. */
	counted: number | null;
}

export function halfLifeDays(right: number, wrong: number, shift = 0, theta = HLR_THETA): number {
	return 2 ** (theta.bias + theta.right * Math.sqrt(1 + right) + theta.wrong * Math.sqrt(1 + wrong) + shift);
}

export function hlrModel(difficulty: readonly number[], traits: LearnerTraits): MemoryModel<HalfLife> {
	const shift = (word: number) =>
		traits.strength * HLR_SPREAD.learner - (difficulty[word] ?? 0) * HLR_SPREAD.word;
	return {
		name: 'hlr',
		recall(word, state, at) {
			if (!state) return 0;
			const days = Math.max(0, at - state.last) / DAY;
			return 2 ** (-days / halfLifeDays(state.right, state.wrong, shift(word)));
		},
		after(_word, state, at, effect) {
			const base = state ?? { right: 0, wrong: 0, last: at, counted: null };
			const day = dayOf(at);
			if (effect.kind === 'exposure' || base.counted === day) return { ...base, last: at };
			return {
				right: base.right + (effect.kind === 'right' ? effect.weight : 0),
				wrong: base.wrong + (effect.kind === 'wrong' ? 1 : 0),
				last: at,
				counted: day
			};
		}
	};
}

// ——— FSRS-6 with per-learner parameters ———

/** Each learner's w_i = default w_i · e^N(0, 0.1): close to the published defaults, not equal to them. */
export const FSRS_PARAMETER_SPREAD = 0.1;

interface Stability {
	stability: number;
	difficulty: number;
	last: number;
}

export function fsrsModel(
	difficulty: readonly number[],
	traits: LearnerTraits,
	random: () => number
): MemoryModel<Stability> {
	const w = clipParameters(
		default_w.map((value) => value * Math.exp(normal(random, 0, FSRS_PARAMETER_SPREAD))),
		2
	);
	const memory: FSRS = fsrs(generatorParameters({ w, enable_fuzz: false }));
	// A stronger learner keeps a word longer: stability × 1.25^strength.
	const keep = 1.25 ** traits.strength;
	return {
		name: 'fsrs',
		recall(_word, state, at) {
			if (!state) return 0;
			return memory.forgetting_curve(Math.max(0, at - state.last) / DAY, state.stability * keep);
		},
		after(word, state, at, effect) {
			const elapsed = state ? Math.floor(Math.max(0, at - state.last) / DAY) : 0;
			const grade = effect.kind === 'wrong' ? Rating.Again : Rating.Good;
			const next = memory.next_state(
				state ? { stability: state.stability, difficulty: state.difficulty } : null,
				elapsed,
				grade
			);
			// A harder word starts harder (difficulty is 1–10 in FSRS).
			const d = state
				? next.difficulty
				: Math.min(10, Math.max(1, next.difficulty + (difficulty[word] ?? 0)));
			// A weaker event moves stability only part of the way (practice.ts weights).
			const stability =
				state && effect.kind === 'right'
					? state.stability + effect.weight * (next.stability - state.stability)
					: next.stability;
			return { stability, difficulty: d, last: at };
		}
	};
}

/** `n` words' difficulties, in standard deviations (0 = an average word). */
export function wordDifficulties(n: number, random: () => number): number[] {
	return Array.from({ length: n }, () => normal(random));
}
