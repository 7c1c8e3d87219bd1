/**
 * Assignments and result codes: what a teacher's link carries, what a student's code carries back,
 * and how far a student is towards the goal. Pure: codes come in as parsed JSON, progress as rows.
 */
import { attempt, BadField, integer, isObject, list, object, oneOf, plainText, time } from '$lib/data/fields';
import { recall, type Memory } from '$lib/srs/fsrs';
import type { Deck } from '$lib/decks/deck';
import { toBase64Url } from '$lib/data/base64';
import { addDays, dayStart, daysBetween } from '$lib/calendar/days';
import { wordKey, type LoggedVerdict, type ReviewLogRow } from '$lib/study/records';
import { isOwnDeckId, readOwnDeck, type OwnDeck } from './ownDeck';
import { PRACTICE_GROUPS } from '$lib/forms/practice';

/** "Every word answered right in typed recall at least once", or "predicted recall ≥ target on the due date". */
/**
 * What the homework asks. `typed`: every word written right once. `recall`: the pupil knows `share` %
 * of the words on the due date (all of them when `share` is absent, as in links made before it existed),
 * a word counting as known when its predicted recall then is at least `target` %.
 */
export type Goal = { kind: 'typed' } | { kind: 'recall'; target: number; share?: number };

/**
 * A built-in deck (all its words, or the listed ones), or a teacher's own deck travelling inside the
 * link. `forms`: the words are practised in one form group (forms/practice.ts: their cases, their
 * persons …), each word's forms card of that group counting for the word.
 */
export type AssignedDeck = { builtIn: string; words?: string[]; forms?: string } | { own: OwnDeck };

/** Every form group an assignment may ask for (forms/practice.ts, PRACTICE_GROUPS). */
const FORM_GROUP_NAMES = [...new Set(Object.values(PRACTICE_GROUPS).flat())];

export interface Assignment {
	v: 1;
	id: string;
	title: string;
	/** The class label ("5B", "Aajege voksenkurs"). */
	group: string;
	/** The due date, YYYY-MM-DD, the end of that day in the student's time zone. */
	due: string;
	goal: Goal;
	decks: AssignedDeck[];
}

/** What a student shows the teacher: a nickname they typed, per-word recall, when the goal was met. */
export interface ResultCode {
	v: 1;
	assignment: string;
	nick: string;
	/**
	 * [deckId/wordId, recall on the due date in %, answered right in typed recall (1) or not (0), answers
	 * given to the word's cards]. The answers were added later (absent in older codes): a word just
	 * started shows "practising, 3 answers" rather than 0 %.
	 */
	words: ([string, number, 0 | 1] | [string, number, 0 | 1, number])[];
	/** When the goal was met (epoch ms), or null. */
	done: number | null;
	at: number;
}

/** The most answers a result code says a word had (a bound for what comes from outside). */
export const MAX_ANSWERS = 100_000;

export type Reading<T> = { ok: true; value: T } | { ok: false; path: string; tooMany?: boolean };

const shortText = (value: unknown, path: string, max: number) => plainText(value, path, max).trim();

export function readAssignment(value: unknown): Reading<Assignment> {
	if (!isObject(value)) return { ok: false, path: 'assignment' };
	let tooMany = false;
	const read = attempt((): Assignment => {
		if (value.v !== 1) throw new BadField('v');
		const goal = object(value.goal, 'goal');
		const decks = list(
			value.decks,
			'decks',
			(entry, path): AssignedDeck => {
				const raw = object(entry, path);
				if (typeof raw.builtIn === 'string') {
					const deck: AssignedDeck = { builtIn: shortText(raw.builtIn, `${path}.builtIn`, 60) };
					if (raw.words !== undefined) {
						deck.words = list(raw.words, `${path}.words`, (w, p) => shortText(w, p, 80), 500);
					}
					if (raw.forms !== undefined) deck.forms = oneOf(raw.forms, `${path}.forms`, FORM_GROUP_NAMES);
					return deck;
				}
				const own = readOwnDeck(raw.own);
				if (!own.ok) {
					tooMany ||= own.tooMany === true;
					throw new BadField(`${path}.own.${own.path}`);
				}
				return { own: own.deck };
			},
			10
		);
		if (!decks.length) throw new BadField('decks');
		const due = shortText(value.due, 'due', 10);
		if (!/^\d{4}-\d\d-\d\d$/.test(due) || Number.isNaN(Date.parse(due))) throw new BadField('due');
		const id = shortText(value.id, 'id', 30);
		if (!/^[A-Za-z0-9_-]{6,30}$/.test(id)) throw new BadField('id');
		return {
			v: 1,
			id,
			title: shortText(value.title, 'title', 100),
			group: shortText(value.group ?? '', 'group', 60),
			due,
			goal:
				oneOf(goal.kind, 'goal.kind', ['typed', 'recall'] as const) === 'typed'
					? { kind: 'typed' }
					: {
							kind: 'recall',
							target: integer(goal.target, 'goal.target', 50, 99),
							...(goal.share === undefined ? {} : { share: integer(goal.share, 'goal.share', 10, 100) })
						},
			decks
		};
	});
	if (read.ok) return read;
	return tooMany ? { ok: false, path: read.path, tooMany } : read;
}

export function readResult(value: unknown): Reading<ResultCode> {
	return attempt((): ResultCode => {
		const raw = object(value, 'result');
		if (raw.v !== 1) throw new BadField('v');
		const nick = shortText(raw.nick, 'nick', 30);
		if (!nick) throw new BadField('nick');
		return {
			v: 1,
			assignment: shortText(raw.assignment, 'assignment', 30),
			nick,
			words: list(
				raw.words,
				'words',
				(entry, path) => {
					if (!Array.isArray(entry) || (entry.length !== 3 && entry.length !== 4)) throw new BadField(path);
					const typed = integer(entry[2], `${path}[2]`, 0, 1) as 0 | 1;
					const word: [string, number, 0 | 1] = [
						shortText(entry[0], `${path}[0]`, 140),
						integer(entry[1], `${path}[1]`, 0, 100),
						typed
					];
					return entry.length === 4 ? [...word, integer(entry[3], `${path}[3]`, 0, MAX_ANSWERS)] : word;
				},
				1000
			),
			done: raw.done === null ? null : time(raw.done, 'done'),
			at: time(raw.at, 'at')
		};
	});
}

/**
 * A new assignment of one deck: a built-in deck travels as its id (and the chosen words when not all),
 * an own deck travels whole, with only the chosen cards.
 */
export function newAssignment(
	{
		deck,
		words,
		title,
		group,
		due,
		goal,
		forms
	}: {
		deck: Deck;
		words: readonly string[];
		title: string;
		group: string;
		due: string;
		goal: Goal;
		/** A form group of a built-in deck: `words` are those that have it. */
		forms?: string;
	},
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): Assignment {
	const chosen = new Set(words);
	const assigned: AssignedDeck = isOwnDeckId(deck.id)
		? { own: { ...(deck as OwnDeck), cards: (deck as OwnDeck).cards.filter((card) => chosen.has(card.id)) } }
		: forms
			? // The words with the group are listed: the same on every device, whatever forms it has loaded.
				{ builtIn: deck.id, words: [...words], forms }
			: chosen.size === deck.cards.length
				? { builtIn: deck.id }
				: { builtIn: deck.id, words: [...words] };
	return {
		v: 1,
		id: assignmentId(random),
		title: title.trim(),
		group: group.trim(),
		due,
		goal,
		decks: [assigned]
	};
}

function assignmentId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
	return toBase64Url(random(new Uint8Array(8)));
}

/** The end of the due day, local time: what "predicted recall on the due date" is computed for. */
export function dueMoment(due: string): number {
	return addDays(dayStart(due), 1) - 1000;
}

/** Whole calendar days from today to the due day: 0 on the due day itself, negative after it. */
export function daysLeft(due: string, now: number): number {
	return daysBetween(now, dayStart(due));
}

/** An assignment kept on this device. */
export interface AssignmentEntry {
	assignment: Assignment;
	opened: number;
	/** Made on this device by a teacher (rather than opened from a link). */
	mine: boolean;
	/** Put away by the teacher: kept with its results, out of the everyday list. */
	archived?: boolean;
}

/** The same assignment again (for another class, or next year): a new id, so its results stay apart. */
export function copyOfAssignment(
	assignment: Assignment,
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)
): Assignment {
	return { ...assignment, id: assignmentId(random) };
}

/**
 * A copy's title: the original's with the first free number, "Reindrift 5B (2)", so two copies are
 * told apart on the teacher's list and on a pupil's home. Titles stay within 100 characters.
 */
export function copyTitle(title: string, taken: ReadonlySet<string>): string {
	const base = title.replace(/ \(\d+\)$/, '');
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = `${base.slice(0, 100 - suffix.length)}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** One word of an assignment as the student's progress shows it. */
export interface WordProgress {
	/** deckId/wordId */
	key: string;
	/** Predicted recall on the due date (the weaker of the word's two cards; 0 when unstudied). */
	recall: number;
	/** Answered right in typed recall at least once. */
	typed: boolean;
	/** Answers given to the word's cards (absent or 0 when unknown, as in an older result code). */
	answers?: number;
}

/** The minimum a word's progress needs: its cards' memories and whether a typed answer was right. */
export interface WordEvidence {
	key: string;
	memories: (Memory | undefined)[];
	typedRight: boolean;
	/** Answers given to the word's cards. */
	answers?: number;
}

/** Answers that count as "typed right": a typed answer judged correct or a spelling variant. */
const TYPED_RIGHT: ReadonlySet<LoggedVerdict> = new Set(['correct', 'variant']);

/**
 * Written answers: typed, or built letter by letter from tiles (a child never types: the tiles are
 * where their ladder stops, so a "typed" goal must be reachable with them).
 */
const WRITTEN: ReadonlySet<string> = new Set(['typing', 'tiles']);

/** The words (deckId/wordId) that some written answer in `rows` got right. */
export function typedRightWords(rows: readonly Pick<ReviewLogRow, 'cardId' | 'exercise' | 'verdict'>[]) {
	return new Set(
		rows
			.filter((row) => WRITTEN.has(row.exercise ?? '') && TYPED_RIGHT.has(row.verdict))
			.map((row) => wordKey(row.cardId))
	);
}

export function wordProgress(words: readonly WordEvidence[], at: number): WordProgress[] {
	return words.map(({ key, memories, typedRight, answers = 0 }) => ({
		key,
		recall: Math.min(...memories.map((memory) => (memory ? recall(memory, at) : 0))),
		typed: typedRight,
		answers
	}));
}

export function goalMet(goal: Goal, words: readonly WordProgress[]): boolean {
	return words.length > 0 && wordsMet(goal, words) >= wordsNeeded(goal, words.length);
}

/** How many of `count` words the goal needs: every one, or a recall goal's share of them (rounded up). */
export function wordsNeeded(goal: Goal, count: number): number {
	return goal.kind === 'recall' && goal.share !== undefined ? Math.ceil((goal.share / 100) * count) : count;
}

/** How many words already count towards the goal. */
export function wordsMet(goal: Goal, words: readonly WordProgress[]): number {
	return words.filter((word) => (goal.kind === 'typed' ? word.typed : word.recall * 100 >= goal.target))
		.length;
}
