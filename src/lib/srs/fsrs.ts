/**
 * The memory model: a thin, pure layer over ts-fsrs (FSRS-6).
 * Dates are stored as epoch milliseconds so IndexedDB can index `due` and backups stay plain JSON.
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type FSRS,
	type Grade
} from 'ts-fsrs';

import { MS_PER_DAY } from '$lib/calendar/days';

export { Rating, State };
export type { Grade };

/** The FSRS part of a card's progress, as it is stored. */
export interface Memory {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: State;
	lastReview: number | null;
}

/** Every field of a memory, in one place: what undo restores, what a backup compares. */
export const MEMORY_FIELDS = [
	'due',
	'stability',
	'difficulty',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview'
] as const satisfies readonly (keyof Memory)[];

/** Only the memory of a card's progress (its identity and introduction date left out). */
export function memoryOf(progress: Memory): Memory {
	return Object.fromEntries(MEMORY_FIELDS.map((field) => [field, progress[field]])) as unknown as Memory;
}

export interface SchedulerOptions {
	/** Desired probability of recall when a card comes due (0.7–0.97). */
	retention: number;
	/** Spread due dates a little so cards learned together do not all return on one day. */
	fuzz: boolean;
}

export const DEFAULT_SCHEDULER: SchedulerOptions = { retention: 0.9, fuzz: true };

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs instance per option set; they are cheap but there is no reason to rebuild them per answer. */
function scheduler({ retention, fuzz }: SchedulerOptions): FSRS {
	const key = `${retention}:${fuzz}`;
	let found = schedulers.get(key);
	if (!found) {
		found = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: fuzz }));
		schedulers.set(key, found);
	}
	return found;
}

function toCard(memory: Memory, now: number): Card {
	return {
		due: new Date(memory.due),
		stability: memory.stability,
		difficulty: memory.difficulty,
		elapsed_days:
			memory.lastReview === null ? 0 : Math.max(0, Math.floor((now - memory.lastReview) / MS_PER_DAY)),
		scheduled_days: memory.scheduledDays,
		learning_steps: memory.learningSteps,
		reps: memory.reps,
		lapses: memory.lapses,
		state: memory.state,
		last_review: memory.lastReview === null ? undefined : new Date(memory.lastReview)
	};
}

function fromCard(card: Card): Memory {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

/** The memory of a word never studied: due now, in state New. */
export function newMemory(now: number): Memory {
	return fromCard(createEmptyCard(new Date(now)));
}

/** The memory after one answer graded `grade` at `now`. */
export function review(memory: Memory, grade: Grade, now: number, options = DEFAULT_SCHEDULER): Memory {
	return fromCard(scheduler(options).next(toCard(memory, now), new Date(now), grade).card);
}

/** When each grade would bring the card back: shown on the flashcard buttons. */
export function preview(memory: Memory, now: number, options = DEFAULT_SCHEDULER): Record<Grade, number> {
	const s = scheduler(options);
	const card = toCard(memory, now);
	const at = new Date(now);
	return {
		[Rating.Again]: s.next(card, at, Rating.Again).card.due.getTime(),
		[Rating.Hard]: s.next(card, at, Rating.Hard).card.due.getTime(),
		[Rating.Good]: s.next(card, at, Rating.Good).card.due.getTime(),
		[Rating.Easy]: s.next(card, at, Rating.Easy).card.due.getTime()
	} as Record<Grade, number>;
}

/** Predicted probability (0–1) that the learner recalls the word at `now`. */
export function recall(memory: Memory, now: number, options = DEFAULT_SCHEDULER): number {
	if (memory.state === State.New) return 0;
	return scheduler(options).get_retrievability(toCard(memory, now), new Date(now), false);
}
