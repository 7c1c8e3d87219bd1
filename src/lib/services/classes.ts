/**
 * A teacher's online classes, between the screens, this device's storage and the class server: making,
 * recovering and deleting classes, joining codes, pupils, sending and taking back assignments, and
 * pulling results into the on-device class table. Requests go through the class API client
 * (classApi.ts); the pupil's side is pupilSync.ts.
 */
import { database } from '$lib/db/database';
import { changeTeacherClasses, teacherClasses } from '$lib/db/classes';
import { addResults } from '$lib/db/teaching';
import {
	readRecoveryCode,
	recoveryCode,
	type ClassResult,
	MAX_VOICE_BODY_BYTES,
	type ClassView,
	type CreatedClass
} from '$lib/classes/protocol';
import { classesWith, withSent, type TeacherClass } from '$lib/classes/device';
import type { Assignment } from '$lib/teach/assignment';
import { encode } from '$lib/teach/codes';
import { call, type ClassProblem, type Reply } from './classApi';
import { myPack, speakerOnDevice, takesOf } from './sound';
import { decksOfAssignment } from './teaching';
import { writePack } from '$lib/sound/pack';
import { toBase64 } from '$lib/data/base64';

export type { ClassProblem, Reply, TeacherClass };

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

export type VoiceSent =
	| Reply<{ stored: true }>
	| { ok: false; problem: 'no-speaker' | 'no-consent' | 'nothing' | 'pack-too-large' };

/**
 * The speaker's recordings of one deck, to a class: its pupils' devices fetch them on their next sync
 * and play them offline. Only with the speaker named and agreed (as a pack file).
 */
export async function sendVoiceToClass(cls: TeacherClass, deckId: string): Promise<VoiceSent> {
	const made = await myPack([deckId], deckId);
	if (!made.ok) return made;
	const pack = toBase64(writePack(made.pack));
	if (pack.length > MAX_VOICE_BODY_BYTES - 64) return { ok: false, problem: 'pack-too-large' };
	return call<{ stored: true }>('PUT', `/classes/${cls.id}/voices/${encodeURIComponent(made.pack.id)}`, {
		secret: cls.key,
		body: { pack }
	});
}

/**
 * The decks of an assignment that have the speaker's own takes, with how many words each: what
 * "send my recordings too" would send (nothing without a named, consenting speaker).
 */
export async function recordedDecksOf(assignment: Assignment): Promise<{ deckId: string; words: number }[]> {
	const speaker = await speakerOnDevice();
	if (!speaker?.speaker || !speaker.consent) return [];
	const decks = await decksOfAssignment(assignment);
	const counted = await Promise.all(
		decks.map(async (deck) => ({ deckId: deck.id, words: (await takesOf(deck.id)).size }))
	);
	return counted.filter((deck) => deck.words > 0);
}
