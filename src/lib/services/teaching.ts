/**
 * The teaching job between the teacher's and the student's screens and storage: own decks with their
 * recordings, assignments made or opened, result codes collected. The only code that opens the
 * database for teaching; it owns the clock. Nothing here leaves the device.
 */
import { database } from '$lib/db/database';
import {
	addResult,
	assignedDecks,
	assignmentById,
	assignments,
	deleteAssignment,
	deleteOwnDeck,
	deleteRecording,
	evidenceFor,
	keepAssignment,
	ownDeck,
	ownDecks,
	recordingsOf,
	resultCounts,
	resultsFor,
	saveOwnDeck,
	saveOwnDeckWithRecordings,
	rostersOf,
	saveRecording,
	saveRoster,
	updateAssignment
} from '$lib/db/teaching';
import type { Roster } from '$lib/teach/roster';
import type { Deck } from '$lib/decks/deck';
import { loadBuiltInDeck, loadDeck } from '$lib/decks/library';
import {
	copyOfAssignment,
	copyTitle,
	newAssignment,
	type Assignment,
	type AssignmentEntry,
	type ResultCode
} from '$lib/teach/assignment';
import { encode } from '$lib/teach/codes';
import {
	openAssignmentCode,
	openDeckCode,
	openResultCode,
	readShortLink,
	type OpenProblem
} from '$lib/teach/open';
import { call } from './classApi';
import { findResultCodes } from '$lib/teach/paste';
import { isOwnDeckId, type OwnDeck } from '$lib/teach/ownDeck';
import { assignmentStatus, resultCode, type AssignmentStatus } from '$lib/teach/status';
import { classOverview, type ClassOverview } from '$lib/teach/overview';
import { wordKeyOf } from '$lib/study/records';

export type { AssignmentEntry, AssignmentStatus };

// Own decks

export function listOwnDecks(): Promise<OwnDeck[]> {
	return ownDecks(database());
}

export function findOwnDeck(id: string): Promise<OwnDeck | undefined> {
	return ownDeck(database(), id);
}

export function saveDeck(deck: OwnDeck, now = Date.now()): Promise<void> {
	return saveOwnDeck(database(), deck, now);
}

export function removeOwnDeck(id: string): Promise<void> {
	return deleteOwnDeck(database(), id);
}

/** A deck file's deck and recordings, stored in one transaction. */
export function importOwnDeck(
	deck: OwnDeck,
	audio: ReadonlyMap<string, Blob>,
	now = Date.now()
): Promise<void> {
	return saveOwnDeckWithRecordings(database(), deck, audio, now);
}

/** Any deck an assignment can be made from: an own deck on this device or a built-in one. */
export async function deckForAssigning(id: string): Promise<Deck | undefined> {
	return isOwnDeckId(id) ? findOwnDeck(id) : loadDeck(id);
}

export function recordingsOfDeck(deckId: string): Promise<Map<string, Blob>> {
	return recordingsOf(database(), deckId);
}

export function keepRecording(deckId: string, cardId: string, audio: Blob): Promise<void> {
	return saveRecording(database(), deckId, cardId, audio);
}

export function removeRecording(deckId: string, cardId: string): Promise<void> {
	return deleteRecording(database(), deckId, cardId);
}

// Assignments

/** Makes and keeps a teacher's assignment; returns it with the link that carries it. */
export async function createAssignment(
	input: Parameters<typeof newAssignment>[0],
	origin: string,
	now = Date.now()
): Promise<{ assignment: Assignment; link: string }> {
	const assignment = newAssignment(input);
	const link = await assignmentLink(assignment, origin);
	await keepAssignment(database(), assignment, now, true);
	return { assignment, link };
}

/** The assignments this teacher made on this device. */
export async function myAssignments(): Promise<AssignmentEntry[]> {
	return (await assignments(database())).filter((entry) => entry.mine);
}

/** A teacher's assignment as the assignments page lists it. */
export interface TeacherAssignment extends AssignmentEntry {
	/** How many pupils' results came in. */
	results: number;
}

/** Every assignment this teacher made, newest first, with how many results came in. */
export async function teacherAssignments(): Promise<TeacherAssignment[]> {
	const db = database();
	const [mine, counts] = await Promise.all([myAssignments(), resultCounts(db)]);
	return mine
		.map((entry) => ({ ...entry, results: counts.get(entry.assignment.id) ?? 0 }))
		.sort((a, b) => b.opened - a.opened);
}

/** The link that carries an assignment (the same one every time: the code is the assignment). */
export async function assignmentLink(assignment: Assignment, origin: string): Promise<string> {
	return `${origin}/a#${await encode('A', assignment)}`;
}

/** The same assignment again under a new id (its results apart), with its link. */
export async function duplicateAssignment(
	assignment: Assignment,
	origin: string,
	now = Date.now()
): Promise<{ assignment: Assignment; link: string }> {
	const taken = new Set((await myAssignments()).map((entry) => entry.assignment.title));
	const copy = { ...copyOfAssignment(assignment), title: copyTitle(assignment.title, taken) };
	await keepAssignment(database(), copy, now, true);
	return { assignment: copy, link: await assignmentLink(copy, origin) };
}

/** A new due date. The link changes with it: pupils who opened the old one keep the old date. */
export function changeDueDate(id: string, due: string): Promise<AssignmentEntry | undefined> {
	return updateAssignment(database(), id, (entry) => ({
		...entry,
		assignment: { ...entry.assignment, due }
	}));
}

export function archiveAssignment(id: string, archived: boolean): Promise<AssignmentEntry | undefined> {
	return updateAssignment(database(), id, ({ archived: _, ...entry }) =>
		archived ? { ...entry, archived } : entry
	);
}

/** Deletes an assignment and its collected results. */
export function removeAssignment(id: string): Promise<void> {
	return deleteAssignment(database(), id);
}

/** Where one assignment stands for the learner on this device. */
export async function statusOf(entry: AssignmentEntry, now = Date.now()): Promise<AssignmentStatus> {
	const db = database();
	const decks = await assignedDecks(db, entry.assignment, loadBuiltInDeck);
	return assignmentStatus(entry, decks, await evidenceFor(db, decks), now);
}

/** The student's assignments (opened from links) with their progress, for Home. */
export async function studentAssignments(now = Date.now()): Promise<AssignmentStatus[]> {
	const entries = (await assignments(database())).filter((entry) => !entry.mine);
	return Promise.all(entries.map((entry) => statusOf(entry, now)));
}

export async function assignmentStatusById(
	id: string,
	now = Date.now()
): Promise<AssignmentStatus | undefined> {
	const entry = await assignmentById(database(), id);
	return entry && statusOf(entry, now);
}

/** Why a short link (#S1.…) could not be opened: it needs the class server, once. */
export type ShortLinkProblem =
	{ code: 'short-offline' } | { code: 'short-missing' } | { code: 'short-no-service' };

/** An assignment link opened: checked completely, then kept with its decks, or a problem and nothing kept. */
export async function openAssignmentLink(
	code: string,
	now = Date.now()
): Promise<{ ok: true; status: AssignmentStatus } | { ok: false; problem: OpenProblem | ShortLinkProblem }> {
	const short = readShortLink(code);
	if (short) {
		// The class server holds the code: fetched once, then opened and kept like a long link's.
		const reply = await call<{ code: string }>('GET', `/assignments/${short.classId}/${short.assignmentId}`);
		if (!reply.ok)
			return {
				ok: false,
				problem: {
					code:
						reply.problem === 'offline' || reply.problem === 'unreachable'
							? 'short-offline'
							: reply.problem === 'no-service'
								? 'short-no-service'
								: 'short-missing'
				}
			};
		return openAssignmentLink(reply.value.code, now);
	}
	const opened = await openAssignmentCode(code);
	if (!opened.ok) return opened;
	await keepAssignment(database(), opened.value, now);
	const status = await assignmentStatusById(opened.value.id, now);
	return status ? { ok: true, status } : { ok: false, problem: { code: 'invalid', path: '' } };
}

/** The student's result code for an assignment, as of now. */
export async function makeResultCode(
	entry: AssignmentEntry,
	nick: string,
	now = Date.now()
): Promise<{ status: AssignmentStatus; code: string }> {
	const status = await statusOf(entry, now);
	return { status, code: await encode('R', resultCode(status, nick, now)) };
}

// Collected results

/** The decks of an assignment (only its words), for labelling the class table. */
export function decksOfAssignment(assignment: Assignment): Promise<Deck[]> {
	return assignedDecks(database(), assignment, loadBuiltInDeck);
}

export function resultsOf(assignmentId: string): Promise<ResultCode[]> {
	return resultsFor(database(), assignmentId);
}

/** What became of one pasted or scanned result code. */
export type Collected =
	| { outcome: 'added' | 'updated' | 'older'; nick: string; label: string }
	/** For another of this teacher's assignments: filed there, with a note. */
	| { outcome: 'filed'; nick: string; title: string; label: string }
	/** For an assignment this device does not know. */
	| { outcome: 'other-assignment'; nick: string; label: string }
	| { outcome: 'problem'; problem: OpenProblem; label: string };

export interface CollectedPaste {
	items: Collected[];
	/** The paste was longer than what is read at once: only its first codes were opened. */
	capped: boolean;
}

/**
 * Every result code inside pasted text (a chat, an e-mail, one per line or not), each checked on its
 * own. A code for `assignmentId` is kept there; one for another of this teacher's assignments is filed
 * on that one; a newer code from the same pupil replaces the older.
 */
export async function collectResults(
	text: string,
	assignmentId: string,
	now = Date.now()
): Promise<CollectedPaste> {
	const db = database();
	const { codes, capped } = findResultCodes(text);
	const mine = new Map((await myAssignments()).map((entry) => [entry.assignment.id, entry.assignment]));
	const items: Collected[] = [];
	for (const { code, label } of codes) {
		const opened = await openResultCode(code);
		if (!opened.ok) {
			items.push({ outcome: 'problem', problem: opened.problem, label });
			continue;
		}
		const { nick, assignment } = opened.value;
		const other = assignment !== assignmentId ? mine.get(assignment) : undefined;
		if (assignment !== assignmentId && !other) items.push({ outcome: 'other-assignment', nick, label });
		else {
			const outcome = await addResult(db, opened.value, now);
			items.push(
				other && outcome !== 'older'
					? { outcome: 'filed', nick, title: other.title, label }
					: { outcome, nick, label }
			);
		}
	}
	return { items, capped };
}

// Sharing a deck with a colleague

/** A link that carries an own deck (its words and translations; no recordings, no results). */
export async function deckLink(deck: OwnDeck, origin: string): Promise<string> {
	return `${origin}/d#${await encode('D', deck)}`;
}

/** A shared deck from a link, checked, and whether this device already has a deck with its id. */
export async function openDeckLink(
	code: string
): Promise<{ ok: true; deck: OwnDeck; existing?: OwnDeck } | { ok: false; problem: OpenProblem }> {
	const opened = await openDeckCode(code);
	if (!opened.ok) return opened;
	const existing = await ownDeck(database(), opened.value.id);
	return { ok: true, deck: opened.value, ...(existing ? { existing } : {}) };
}

// Class lists

/** The class list of one class label, or an empty one. */
export async function rosterOf(group: string): Promise<Roster> {
	return (await rostersOf(database()))[group] ?? { names: [], aliases: {} };
}

export function keepRoster(group: string, roster: Roster): Promise<void> {
	return saveRoster(database(), group, roster);
}

/** The groups (classes) the teacher's assignments were made for, in alphabetical order. */
export async function assignmentGroups(): Promise<string[]> {
	const groups = new Set((await myAssignments()).map((entry) => entry.assignment.group?.trim() ?? ''));
	groups.delete('');
	return [...groups].sort((a, b) => a.localeCompare(b));
}

/** One group across its assignments (archived ones left out): who met which goal, who is practising. */
export async function overviewOf(group: string): Promise<ClassOverview> {
	const db = database();
	const entries = (await myAssignments()).filter(
		(entry) => !entry.archived && (entry.assignment.group?.trim() ?? '') === group
	);
	const [assigned, roster] = await Promise.all([
		Promise.all(
			entries.map(async (entry) => {
				const [results, decks] = await Promise.all([
					resultsFor(db, entry.assignment.id),
					assignedDecks(db, entry.assignment, loadBuiltInDeck)
				]);
				const wordKeys = decks.flatMap((deck) => deck.cards.map((card) => wordKeyOf(deck.id, card.id)));
				return { entry, results, wordKeys };
			})
		),
		rosterOf(group)
	]);
	return classOverview(group, assigned, roster);
}

/** What printable flashcards show: a deck (built-in or own), or an assignment's words. */
export async function cardsToPrint(
	source: { deck: string } | { assignment: string }
): Promise<{ title: string | Deck['title']; cards: Deck['cards'] } | undefined> {
	if ('deck' in source) {
		const deck = await deckForAssigning(source.deck);
		return deck && { title: deck.title, cards: deck.cards };
	}
	const entry = await assignmentById(database(), source.assignment);
	if (!entry) return undefined;
	const decks = await decksOfAssignment(entry.assignment);
	return { title: entry.assignment.title, cards: decks.flatMap((deck) => deck.cards) };
}
