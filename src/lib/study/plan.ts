/**
 * The plan of a study session, before any card shows: how long it is, which queued cards fit, and what
 * is saved with every answer so a reload resumes it exactly. Plain data and arithmetic, no clock.
 */
import type { StudyCard } from './cards';
import type { LearningPath } from './ladder';
import { buildQueue } from './queue';
import { formsGroupOf } from './records';

/**
 * New form groups a day, on top of the new words: a learner who knows 40 words would otherwise meet
 * nothing but forms. Five a day opens a known word's first group within days of knowing it, and keeps
 * the session mostly words (see the day-by-day trace in the teaching benchmark).
 */
export const FORMS_PER_DAY = 5;

/** A session in progress, saved with every answer so a reload resumes it exactly. */
export interface SavedSession {
	/** 'all', a deck id or an assignment scope. */
	scope: string;
	startedAt: number;
	/** Card ids still to show, the current card first (only the first `total − answered` are shown). */
	queue: string[];
	/** How many answers the session holds, fixed when it starts (absent in sessions saved before). */
	total?: number;
	/** New cards introduced in this session whose first exercise is still to come. */
	met?: string[];
}

/** How many answers a session holds at most: a child's is short enough to finish, an adult's longer. */
export function sessionLength(path: LearningPath): number {
	return path.child ? 10 : 20;
}

/**
 * The cards a session of at most `length` answers takes, in queue order, and its fixed total. A new
 * word takes two answers (its first exercise and one come-back in its learning steps), a known one one.
 */
export function fitSession(
	queue: readonly string[],
	studied: ReadonlySet<string>,
	length: number
): { queue: string[]; total: number } {
	const taken: string[] = [];
	let total = 0;
	for (const id of queue) {
		const cost = studied.has(id) ? 1 : 2;
		if (total + cost > length) break;
		taken.push(id);
		total += cost;
	}
	return { queue: taken, total };
}

/** The settings row the open session is saved under: it belongs to one device and moment. */
export const SESSION_SETTING = 'session';

/** Cards due within this long come back in the same session (FSRS learning steps are 1 and 10 minutes). */
export const SESSION_HORIZON_MS = 60 * 60 * 1000;

function formsOpenedIn(introducedToday: ReadonlySet<string>): number {
	return [...introducedToday].filter((id) => formsGroupOf(id) !== undefined).length;
}

/**
 * How many new form groups may still open today: the day's budget less those opened; none while
 * learning more words, reviewing early or catching up after a break; homework (an assignment of a form
 * group) is practised until its goal, all `cards` of it.
 */
export function formsLeftToday(
	introducedToday: ReadonlySet<string>,
	{
		homework,
		more = false,
		early = false,
		resting = false,
		cards = 0
	}: { homework: boolean; more?: boolean; early?: boolean; resting?: boolean; cards?: number }
): number {
	if (homework) return cards;
	if (more || early || resting) return 0;
	return Math.max(0, FORMS_PER_DAY - formsOpenedIn(introducedToday));
}

/** What a new session is planned from: the scope's cards and what the learner's history says of them. */
export interface SessionNeeds {
	cards: readonly StudyCard[];
	/** The scope's cards due now (or, reviewing early, all of them), most overdue first. */
	due: readonly { id: string; state: number }[];
	studied: ReadonlySet<string>;
	introducedToday: ReadonlySet<string>;
	/** The learner's daily new-card limit (settings). */
	newPerDay: number;
	path: LearningPath;
	/** The scope is an assignment: practised until its goal, not the daily limit. */
	homework: boolean;
	/** Back after a long break (stats.ts, LONG_BREAK_DAYS): known words first, new ones wait a day. */
	back: boolean;
	/** "Learn more": this many new words beyond the day's limit. */
	more?: number;
	/** "Review early": cards coming due soon, no new ones. */
	early?: boolean;
	/** Homework: the cards still below the goal, worth another answer tonight (homework.ts). */
	aimed?: readonly string[];
}

/**
 * A new session's cards and fixed length: the one rule the study screen and the teaching benchmark
 * (simulate/) both follow, so what the benchmark measures is what a learner gets.
 */
export function planSession(needs: SessionNeeds): { queue: string[]; total: number } {
	const { cards, due, studied, introducedToday, newPerDay, path, homework, back } = needs;
	const more = needs.more ?? 0;
	const early = needs.early ?? false;
	// Homework is practised until the goal, not the daily new-word limit, and production starts the
	// same day: a class can finish a list in one evening.
	const formsToday = formsOpenedIn(introducedToday);
	const resting = back && due.length > 0;
	const newLeft = homework
		? cards.length
		: more
			? more
			: resting
				? 0
				: Math.max(0, newPerDay - (introducedToday.size - formsToday));
	const formsLeft = formsLeftToday(introducedToday, {
		homework,
		more: more > 0,
		early,
		resting,
		cards: cards.length
	});
	// Learning more is about new words; reviewing early about known ones.
	return fitSession(
		buildQueue({
			cards,
			due: more ? [] : due,
			studied,
			introducedToday,
			newLeft: early ? 0 : newLeft,
			formsLeft,
			sameDay: homework,
			newWordsOnly: more > 0 && !homework,
			aimed: homework && !early ? (needs.aimed ?? []) : []
		}),
		studied,
		sessionLength(path)
	);
}
