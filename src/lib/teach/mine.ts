/** The student's assignments with their progress, for Home (imported on demand: Dexie stays out of Home's first load). */
import { database } from '$lib/db/database';
import { assignmentStatus, type AssignmentStatus } from './status';
import { assignments } from './store';

export async function studentAssignments(now: number): Promise<AssignmentStatus[]> {
	const db = database();
	const entries = (await assignments(db)).filter((entry) => !entry.mine);
	return Promise.all(entries.map((entry) => assignmentStatus(db, entry, now)));
}
