/**
 * Online classes, between the screens, this device's storage and the class server (`/api`, same
 * origin only). The only code that calls the class API. Everything it does also works without it:
 * a failed request is a problem code for the screen, and a pupil's results wait in the outbox until
 * the network is back (sent on start, on the `online` event and after a session).
 */
import { database } from '$lib/db/database';
import {
	changeTeacherClasses,
	forgetMembership,
	markSent,
	membership,
	pendingResults,
	queueResults,
	saveMembership,
	teacherClasses
} from '$lib/db/classes';
import { addResults, assignments } from '$lib/db/teaching';
import { lastAnswerAt } from '$lib/db/progress';
import {
	isApiError,
	readRecoveryCode,
	recoveryCode,
	type ApiError,
	type ClassResult,
	type ClassView,
	type CreatedClass,
	type Joined,
	type PupilView
} from '$lib/classes/protocol';
import {
	classesWith,
	withSent,
	reportKey,
	resultBody,
	type Membership,
	type PendingResult,
	type TeacherClass
} from '$lib/classes/device';
import type { Assignment } from '$lib/teach/assignment';
import { encode } from '$lib/teach/codes';
import { resultCode } from '$lib/teach/status';
import { openAssignmentLink, statusOf } from './teaching';

export type { Membership, TeacherClass };

/** What can go wrong, for a message: the API's own codes, no network, or no class server at all. */
export type ClassProblem = ApiError | 'offline' | 'no-service';
export type Reply<T> = { ok: true; value: T } | { ok: false; problem: ClassProblem };

async function call<T>(
	method: string,
	path: string,
	{ body, secret }: { body?: unknown; secret?: string } = {}
): Promise<Reply<T>> {
	// The browser knows it is offline: nothing to try (and no failed request in the console).
	if (typeof navigator !== 'undefined' && navigator.onLine === false)
		return { ok: false, problem: 'offline' };
	let response: Response;
	try {
		response = await fetch(`/api${path}`, {
			method,
			cache: 'no-store',
			headers: {
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...(secret ? { authorization: `Bearer ${secret}` } : {})
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch {
		return { ok: false, problem: 'offline' };
	}
	const data: unknown = await response.json().catch(() => undefined);
	if (response.ok && typeof data === 'object' && data !== null) return { ok: true, value: data as T };
	const error = (data as { error?: unknown } | undefined)?.error;
	// A static copy of the app answers /api with its 404 page, not with JSON: there is no class server.
	return {
		ok: false,
		problem: isApiError(error) ? error : data === undefined ? 'no-service' : 'unavailable'
	};
}

let reachable: Promise<boolean> | undefined;

/** Whether this copy of the app has a class server that answers now (remembered once it has). */
export function classServerReachable(): Promise<boolean> {
	// A static copy of the app answers `{ ok: false }` from a file, the service worker when nothing answers.
	reachable ??= call<{ ok: boolean }>('GET', '/health').then((reply) => {
		const answers = reply.ok && reply.value.ok === true;
		if (!answers) reachable = undefined;
		return answers;
	});
	return reachable;
}

// The teacher's side

export function myClasses(): Promise<TeacherClass[]> {
	return teacherClasses(database());
}

/**
 * A new online class for the class label `group`. The key is kept on this device; the recovery code
 * (the class id and its key) is for the teacher to print once: the server cannot give it again.
 */
export async function createOnlineClass(
	name: string,
	now = Date.now()
): Promise<Reply<{ cls: TeacherClass; joinCode: string; recovery: string }>> {
	const created = await call<CreatedClass>('POST', '/classes', { body: { name } });
	if (!created.ok) return created;
	const { id, key, joinCode } = created.value;
	const cls: TeacherClass = {
		id,
		name: created.value.name,
		key,
		group: created.value.name,
		created: now,
		sent: []
	};
	await changeTeacherClasses(database(), (classes) => [...classes, cls]);
	return { ok: true, value: { cls, joinCode, recovery: recoveryCode(id, key) } };
}

export const recoveryCodeOf = (cls: TeacherClass) => recoveryCode(cls.id, cls.key);

/** A class from its recovery code, kept on this device again (a new phone, a cleared browser). */
export async function recoverClass(text: string, now = Date.now()): Promise<Reply<TeacherClass>> {
	const read = readRecoveryCode(text);
	if (!read) return { ok: false, problem: 'bad-request' };
	const seen = await call<ClassView>('GET', `/classes/${read.id}`, { secret: read.key });
	if (!seen.ok) return seen;
	const cls: TeacherClass = {
		id: read.id,
		key: read.key,
		name: seen.value.name,
		group: seen.value.name,
		created: now,
		sent: seen.value.assignments.map((assignment) => assignment.id)
	};
	await changeTeacherClasses(database(), (classes) => [...classes.filter((c) => c.id !== cls.id), cls]);
	return { ok: true, value: cls };
}

export function classView(cls: TeacherClass): Promise<Reply<ClassView>> {
	return call<ClassView>('GET', `/classes/${cls.id}`, { secret: cls.key });
}

/** Closes joining, or opens it with a new code (an old code on an old photo of the board stops working). */
export function setJoining(cls: TeacherClass, open: boolean): Promise<Reply<{ joinCode: string | null }>> {
	return call('POST', `/classes/${cls.id}/join-code`, { secret: cls.key, body: { open } });
}

export function removePupil(cls: TeacherClass, pupilId: string): Promise<Reply<{ deleted: true }>> {
	return call('DELETE', `/classes/${cls.id}/pupils/${encodeURIComponent(pupilId)}`, { secret: cls.key });
}

/** Deletes the class on the server with everything in it, then here. A class already gone is gone here too. */
export async function deleteOnlineClass(cls: TeacherClass): Promise<Reply<{ deleted: true }>> {
	const deleted = await call<{ deleted: true }>('DELETE', `/classes/${cls.id}`, { secret: cls.key });
	if (deleted.ok || deleted.problem === 'key') {
		await changeTeacherClasses(database(), (classes) => classes.filter((c) => c.id !== cls.id));
		return { ok: true, value: { deleted: true } };
	}
	return deleted;
}

function noteSent(cls: TeacherClass, assignmentId: string, sent: boolean): Promise<TeacherClass[]> {
	return changeTeacherClasses(database(), (classes) => withSent(classes, cls.id, assignmentId, sent));
}

/** Sends an assignment to a class: its pupils' devices open it the next time they are online. */
export async function sendToClass(cls: TeacherClass, assignment: Assignment): Promise<Reply<{ sent: true }>> {
	const sent = await call<{ sent: true }>('PUT', `/classes/${cls.id}/assignments/${assignment.id}`, {
		secret: cls.key,
		body: { code: await encode('A', assignment) }
	});
	if (sent.ok) await noteSent(cls, assignment.id, true);
	return sent;
}

/**
 * The class's results for an assignment, kept here with the pasted and scanned ones (the same table,
 * class list and spreadsheet): a pupil's newest result wins, whichever way it came.
 */
export async function pullResults(
	cls: TeacherClass,
	assignmentId: string,
	now = Date.now()
): Promise<Reply<{ changed: number; results: number }>> {
	const pulled = await call<{ results: ClassResult[] }>(
		'GET',
		`/classes/${cls.id}/assignments/${assignmentId}/results`,
		{ secret: cls.key }
	);
	if (!pulled.ok) return pulled;
	const outcomes = await addResults(
		database(),
		pulled.value.results.map(({ nick, words, done, at }) => ({
			v: 1 as const,
			assignment: assignmentId,
			nick,
			words,
			done,
			at
		})),
		now
	);
	const changed = outcomes.filter((outcome) => outcome !== 'older').length;
	return { ok: true, value: { changed, results: pulled.value.results.length } };
}

// The pupil's side

export function myMembership(): Promise<Membership | undefined> {
	return membership(database());
}

export async function joinClass(code: string, nick: string, now = Date.now()): Promise<Reply<Membership>> {
	const joined = await call<Joined>('POST', '/join', { body: { code, nick } });
	if (!joined.ok) return joined;
	const member: Membership = {
		className: joined.value.className,
		nick: joined.value.pupil.nick,
		pupilId: joined.value.pupil.id,
		token: joined.value.token,
		joined: now,
		assignments: [],
		reported: {}
	};
	await saveMembership(database(), member);
	await syncClass(now);
	return { ok: true, value: (await myMembership()) ?? member };
}

/** Leaves the class: the server forgets the nickname and results, this device the membership. */
export async function leaveClass(): Promise<Reply<{ deleted: true }>> {
	const member = await myMembership();
	if (member && !member.removed) {
		const left = await call<{ deleted: true }>('DELETE', '/pupil', { secret: member.token });
		// Offline, the pupil cannot leave yet: say so, and keep everything as it is.
		if (!left.ok && left.problem !== 'token') return left;
	}
	await forgetMembership(database());
	return { ok: true, value: { deleted: true } };
}

export interface ClassSync {
	member?: Membership;
	/** Results still waiting for the network. */
	waiting: number;
	problem?: ClassProblem;
}

let syncing: Promise<ClassSync> | undefined;

/**
 * Brings this pupil's device and the class up to date: new assignments opened, waiting results sent.
 * One sync at a time (start, `online`, end of a session may come together).
 */
export function syncClass(now = Date.now()): Promise<ClassSync> {
	syncing ??= sync(now).finally(() => (syncing = undefined));
	return syncing;
}

async function sync(now: number): Promise<ClassSync> {
	const db = database();
	const member = await membership(db);
	if (!member || member.removed) return { member, waiting: 0 };
	const seen = await call<PupilView>('GET', '/pupil', { secret: member.token });
	if (!seen.ok) {
		// Offline or refused: what changed since it was last sent waits in the outbox (a removed
		// pupil sends nothing).
		if (seen.problem !== 'token') await queueChanged(member, now);
		return afterProblem(member, seen.problem);
	}
	for (const { code } of seen.value.assignments) await openAssignmentLink(code, now);
	const updated: Membership = {
		...member,
		className: seen.value.className,
		nick: seen.value.nick,
		assignments: seen.value.assignments.map(({ id }) => id)
	};
	await saveMembership(db, updated);
	// What changed since it was last sent, and a new assignment at once: the teacher sees who has it.
	await queueChanged(updated, now);
	return flush(updated);
}

async function afterProblem(member: Membership, problem: ClassProblem): Promise<ClassSync> {
	if (problem === 'token') {
		// The teacher removed this pupil, or the class is gone: stop sending, keep the learning.
		const removed = { ...member, removed: true };
		await saveMembership(database(), removed);
		return { member: removed, waiting: 0, problem };
	}
	return { member, waiting: (await pendingResults(database())).length, problem };
}

/**
 * The results of the class's assignments as of now, computed from the stored answers, put in the
 * outbox when the pupil has practised or the result changed since the server last got one. So no
 * result is lost, even when the page closed right after a session: the next start finds it again.
 */
async function queueChanged(member: Membership, now: number): Promise<void> {
	const db = database();
	const entries = (await assignments(db)).filter((entry) => member.assignments.includes(entry.assignment.id));
	const practised = await lastAnswerAt(db);
	// What waits already: one that says the same stays as it is (with its time).
	const waiting = new Map(
		(await pendingResults(db)).map((p) => [p.assignmentId, reportKey(p.result, p.practised)])
	);
	const changed: PendingResult[] = [];
	for (const entry of entries) {
		const id = entry.assignment.id;
		const result = resultBody(resultCode(await statusOf(entry, now), member.nick, now));
		const key = reportKey(result, practised);
		if (member.reported[id] !== key && waiting.get(id) !== key) {
			changed.push({ assignmentId: id, result, practised });
		}
	}
	await queueResults(db, changed);
}

async function flush(member: Membership): Promise<ClassSync> {
	const db = database();
	const reported = { ...member.reported };
	let outcome: ClassSync | undefined;
	for (const pending of await pendingResults(db)) {
		const sent = await call<{ stored: boolean }>('PUT', `/pupil/results/${pending.assignmentId}`, {
			secret: member.token,
			body: pending.result
		});
		if (!sent.ok && sent.problem !== 'not-found') {
			outcome = await afterProblem(member, sent.problem);
			break;
		}
		// Sent, or for an assignment the teacher took back: either way nothing more to send.
		reported[pending.assignmentId] = reportKey(pending.result, pending.practised);
		await markSent(db, pending);
	}
	const latest = await membership(db);
	if (latest && !latest.removed) await saveMembership(db, { ...latest, reported });
	return outcome ?? { member: latest, waiting: (await pendingResults(db)).length };
}

/** After a session: this pupil's results, queued, then sent if online. */
export function reportAfterSession(now = Date.now()): Promise<ClassSync> {
	return syncClass(now);
}

/**
 * After a teacher changed an assignment here (a new due date): every class it was sent to gets the new
 * version, which the pupils' devices open over the old one. Classes that could not be reached are named.
 */
export async function resendChanged(assignment: Assignment): Promise<TeacherClass[]> {
	const unreached: TeacherClass[] = [];
	for (const cls of classesWith(await myClasses(), assignment.id)) {
		if ((await sendToClass(cls, assignment)).ok) continue;
		unreached.push(cls);
		// Not sent after all: the share sheet offers "send to the class" again.
		await noteSent(cls, assignment.id, false);
	}
	return unreached;
}

/** An assignment deleted here is taken back from every class it was sent to (pupils keep what they learned). */
export async function takeBack(assignmentId: string): Promise<TeacherClass[]> {
	const unreached: TeacherClass[] = [];
	for (const cls of classesWith(await myClasses(), assignmentId)) {
		const taken = await call('DELETE', `/classes/${cls.id}/assignments/${assignmentId}`, { secret: cls.key });
		// Taken back, or already gone with its class: not sent any more either way.
		if (taken.ok || taken.problem === 'not-found' || taken.problem === 'key')
			await noteSent(cls, assignmentId, false);
		else unreached.push(cls);
	}
	return unreached;
}
