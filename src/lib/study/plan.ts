/**
 * The plan of a study session, before any card shows: how long it is, which queued cards fit, and what
 * is saved with every answer so a reload resumes it exactly. Plain data and arithmetic, no clock.
 */
import type { LearningPath } from './ladder';

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
