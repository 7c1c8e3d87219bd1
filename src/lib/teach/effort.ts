/**
 * How much homework an assignment is, worked out with the real scheduler for a pupil who answers right
 * every time: each word is introduced, chosen, then built or typed (the ladder), both ways, and for a
 * recall goal reviewed whenever FSRS says it is due, until the predicted recall on the due date reaches
 * the target. An assignment has no daily new-word limit and production starts the same day, so the
 * question is not "how many days" but "how many sessions, and is there time before the due date".
 */
import { localDay, startOfDay } from '$lib/calendar/days';
import { newMemory, Rating, recall, review, State, type Memory } from '$lib/srs/fsrs';
import type { Goal } from './assignment';

/** Answers in one session (an adult's; a child's holds 10). */
const SESSION_ANSWERS = 20;
/** About how long an answer takes, with reading the feedback. */
const SECONDS_AN_ANSWER = 12;
/** More than this many sessions in one evening is too much homework for a day. */
const SESSIONS_AN_EVENING = 4;
const STEP_MS = 10 * 60_000;
const SCHEDULER = { retention: 0.9, fuzz: false };

export interface Effort {
	/** Answers the whole class list takes (every word, both ways, plus reviews a recall goal needs). */
	answers: number;
	/** Sessions of 20 answers. */
	sessions: number;
	minutes: number;
	/** Days on which the pupil has to study (the first evening, and reviews before the due date). */
	days: number;
	/** The plan does not fit before the due date: too little time, or too much for the evenings there are. */
	tooSoon: boolean;
}

/** One card, answered right from new until it leaves its learning steps: how many answers, its memory, when last answered. */
function learnOneWay(start: number): { answers: number; memory: Memory; at: number } {
	let memory = newMemory(start);
	let at = start;
	let answers = 0;
	// Choose, then build/type (the ladder's first two rungs), each a Good, until FSRS graduates the card.
	for (;;) {
		memory = review(memory, Rating.Good, at, SCHEDULER);
		answers++;
		if (memory.state === State.Review || answers >= 10) return { answers, memory, at };
		at = Math.max(at + STEP_MS, memory.due);
	}
}

/**
 * The effort of `words` words for `goal`, starting `now`, due at `due` (epoch ms, the end of the due
 * day). A typed goal is met once every word is written right: one evening. A recall goal needs the
 * predicted recall on the due date at the target, so the reviews FSRS asks for in between count too,
 * and when the next one would come after the due date, one early review the day before ("Review early").
 */
export function homeworkEffort(words: number, goal: Goal, now: number, due: number): Effort {
	const learned = learnOneWay(now);
	let perWord = learned.answers * 2;
	const studyDays = new Set([localDay(now)]);
	let reached = goal.kind === 'typed';
	if (goal.kind === 'recall') {
		let { memory, at: last } = learned;
		for (let i = 0; i < 20 && !reached; i++) {
			if (recall(memory, due, SCHEDULER) * 100 >= goal.target) {
				reached = true;
				break;
			}
			// The evening before, by the calendar: on a day the clocks go back, 24 hours before the end of the
			// due day is still the due day.
			const at = memory.due <= due ? memory.due : startOfDay(due) - 1;
			if (at <= last) break; // no day left to review on
			memory = review(memory, Rating.Good, at, SCHEDULER);
			last = at;
			perWord += 2;
			studyDays.add(localDay(at));
		}
	}
	const answers = words * perWord;
	const firstEvening = Math.ceil((words * learned.answers * 2) / SESSION_ANSWERS);
	return {
		answers,
		sessions: Math.ceil(answers / SESSION_ANSWERS),
		minutes: Math.ceil((answers * SECONDS_AN_ANSWER) / 60),
		days: studyDays.size,
		tooSoon: due <= now || !reached || firstEvening > SESSIONS_AN_EVENING
	};
}
