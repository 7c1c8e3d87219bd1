/**
 * What a device keeps of online classes. A teacher's device: each class it made, with the key that
 * proves it (the server has only a hash). A pupil's device: the class it joined, the nickname and the
 * token. And the results waiting to be sent, one per assignment, the newest replacing the older.
 * Pure: reading these back from storage checks every field, since storage may hold anything.
 */
import type { ResultCode } from '$lib/teach/assignment';
import { ID, SECRET, type ResultBody } from './protocol';

export const TEACHER_CLASSES_SETTING = 'onlineClasses';
export const MEMBERSHIP_SETTING = 'classMembership';

export interface TeacherClass {
	id: string;
	name: string;
	key: string;
	/** The class label of the on-device results and class list ("5B"): the same class, online. */
	group: string;
	created: number;
	/** Assignments sent to the class from this device. */
	sent: string[];
}

export interface Membership {
	className: string;
	nick: string;
	pupilId: string;
	token: string;
	joined: number;
	/** The class's assignments as the server last listed them. */
	assignments: string[];
	/** What the server last got for each assignment (`reportKey`): nothing new, nothing sent again. */
	reported: Record<string, string>;
	/** The teacher removed this pupil (or the class): the device stops sending. */
	removed?: boolean;
}

/** A result waiting for the network, stored before it is sent. */
export interface PendingResult {
	assignmentId: string;
	result: ResultBody;
	/** The learner's last answer when it was made (any answer: practising is news for the teacher). */
	practised: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 200): value is string =>
	typeof value === 'string' && value.length <= max;
const texts = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((item): item is string => isText(item, 30)) : [];

export function readTeacherClasses(value: unknown): TeacherClass[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((entry): TeacherClass[] =>
		isRecord(entry) &&
		isText(entry.id) &&
		ID.test(entry.id) &&
		isText(entry.key) &&
		SECRET.test(entry.key) &&
		isText(entry.name) &&
		typeof entry.created === 'number'
			? [
					{
						id: entry.id,
						name: entry.name,
						key: entry.key,
						group: isText(entry.group) ? entry.group : entry.name,
						created: entry.created,
						sent: texts(entry.sent)
					}
				]
			: []
	);
}

export function readMembership(value: unknown): Membership | undefined {
	if (
		!isRecord(value) ||
		!isText(value.className) ||
		!isText(value.nick) ||
		!isText(value.pupilId) ||
		!isText(value.token) ||
		!SECRET.test(value.token) ||
		typeof value.joined !== 'number'
	)
		return undefined;
	return {
		className: value.className,
		nick: value.nick,
		pupilId: value.pupilId,
		token: value.token,
		joined: value.joined,
		assignments: texts(value.assignments),
		reported: isRecord(value.reported)
			? Object.fromEntries(
					Object.entries(value.reported).filter((entry): entry is [string, string] =>
						isText(entry[1], 100_000)
					)
				)
			: {},
		...(value.removed === true ? { removed: true } : {})
	};
}

/** A result code's content as the API takes it (the nickname and assignment travel in the request). */
export function resultBody({ words, done, at }: ResultCode): ResultBody {
	return { words, done, at };
}

/**
 * What a report says: the result's words and goal, and the learner's last answer when it was made
 * (not the time it was made). The same key twice: nothing new for the teacher.
 */
export function reportKey({ words, done }: ResultBody, practised: number): string {
	return JSON.stringify([words, done, practised]);
}

/** The teacher class that `assignmentId` was sent to from this device, if any. */
export function classesWith(classes: readonly TeacherClass[], assignmentId: string): TeacherClass[] {
	return classes.filter((cls) => cls.sent.includes(assignmentId));
}

/** The classes with `assignmentId` marked as sent to `classId` (or no longer). */
export function withSent(
	classes: readonly TeacherClass[],
	classId: string,
	assignmentId: string,
	sent: boolean
): TeacherClass[] {
	return classes.map((cls) => {
		if (cls.id !== classId) return cls;
		const others = cls.sent.filter((id) => id !== assignmentId);
		return { ...cls, sent: sent ? [...others, assignmentId] : others };
	});
}
