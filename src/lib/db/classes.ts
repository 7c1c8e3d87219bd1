/** Online classes as this device keeps them: settings for the teacher's classes and the pupil's membership, a table for results waiting to be sent. */
import {
	MEMBERSHIP_SETTING,
	readMembership,
	readTeacherClasses,
	TEACHER_CLASSES_SETTING,
	type Membership,
	type PendingResult,
	type TeacherClass
} from '$lib/classes/device';
import type { LieredhDb } from './database';

export async function teacherClasses(db: LieredhDb): Promise<TeacherClass[]> {
	return readTeacherClasses((await db.settings.get(TEACHER_CLASSES_SETTING))?.value);
}

/** Changes the list of the teacher's classes in one transaction (two tabs cannot lose each other's class). */
export async function changeTeacherClasses(
	db: LieredhDb,
	change: (classes: TeacherClass[]) => TeacherClass[]
): Promise<TeacherClass[]> {
	return db.transaction('rw', db.settings, async () => {
		const classes = change(readTeacherClasses((await db.settings.get(TEACHER_CLASSES_SETTING))?.value));
		await db.settings.put({ key: TEACHER_CLASSES_SETTING, value: classes });
		return classes;
	});
}

export async function membership(db: LieredhDb): Promise<Membership | undefined> {
	return readMembership((await db.settings.get(MEMBERSHIP_SETTING))?.value);
}

export async function saveMembership(db: LieredhDb, value: Membership): Promise<void> {
	await db.settings.put({ key: MEMBERSHIP_SETTING, value });
}

/** Leaving the class: the membership and every result still waiting go together. */
export async function forgetMembership(db: LieredhDb): Promise<void> {
	await db.transaction('rw', db.settings, db.outbox, async () => {
		await db.settings.delete(MEMBERSHIP_SETTING);
		await db.outbox.clear();
	});
}

export async function queueResults(db: LieredhDb, pending: readonly PendingResult[]): Promise<void> {
	await db.outbox.bulkPut([...pending]);
}

export function pendingResults(db: LieredhDb): Promise<PendingResult[]> {
	return db.outbox.toArray();
}

/** Sent: gone from the outbox, unless a newer result for the same assignment was queued meanwhile. */
export async function markSent(db: LieredhDb, sent: PendingResult): Promise<void> {
	await db.transaction('rw', db.outbox, async () => {
		const waiting = await db.outbox.get(sent.assignmentId);
		if (waiting && waiting.result.at === sent.result.at) await db.outbox.delete(sent.assignmentId);
	});
}
