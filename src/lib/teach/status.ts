/** An assignment as the student sees it on this device: words towards the goal, days left. */
import type { Deck } from '$lib/decks/deck';
import {
	daysLeft,
	dueMoment,
	goalMet,
	MAX_ANSWERS,
	wordProgress,
	wordsMet,
	wordsNeeded,
	type Assignment,
	type AssignmentEntry,
	type ResultCode,
	type WordEvidence,
	type WordProgress
} from './assignment';

export interface AssignmentStatus {
	entry: AssignmentEntry;
	decks: Deck[];
	words: WordProgress[];
	met: number;
	total: number;
	/** How many words the goal needs (all, or a recall goal's share). */
	needed: number;
	goalMet: boolean;
	daysLeft: number;
}

/** Where an assignment stands at `now`, from its decks and the learner's evidence for each word. */
export function assignmentStatus(
	entry: AssignmentEntry,
	decks: Deck[],
	evidence: readonly WordEvidence[],
	now: number
): AssignmentStatus {
	const { assignment } = entry;
	// Recall is predicted for the due date; after it, for now.
	const at = Math.max(now, dueMoment(assignment.due));
	const words = wordProgress(evidence, at);
	return {
		entry,
		decks,
		words,
		met: wordsMet(assignment.goal, words),
		total: words.length,
		needed: wordsNeeded(assignment.goal, words.length),
		goalMet: goalMet(assignment.goal, words),
		daysLeft: daysLeft(assignment.due, now)
	};
}

/**
 * What the student shows the teacher, and nothing more: nickname, per-word recall and typed-right, and
 * (once the goal is met) when the code was made — the completion time as the teacher receives it.
 */
export function resultCode(status: AssignmentStatus, nick: string, now: number): ResultCode {
	const assignment: Assignment = status.entry.assignment;
	return {
		v: 1,
		assignment: assignment.id,
		nick: nick.trim(),
		words: status.words.map((word) => [
			word.key,
			Math.round(word.recall * 100),
			word.typed ? 1 : 0,
			Math.min(word.answers ?? 0, MAX_ANSWERS)
		]),
		done: status.goalMet ? now : null,
		at: now
	};
}
