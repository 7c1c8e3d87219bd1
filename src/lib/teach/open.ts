/** From pasted or linked text to a checked assignment or result: every problem named, nothing written. */
import { codeFromText, decode, type CodeProblem } from './codes';
import type { LieredhDb } from '$lib/db/database';
import { readAssignment, readResult, type Assignment, type ResultCode } from './assignment';
import { addResult } from './store';

export type OpenProblem = CodeProblem | { code: 'invalid'; path: string } | { code: 'too-many' };
export type Opened<T> = { ok: true; value: T } | { ok: false; problem: OpenProblem };

export async function openAssignmentCode(text: string): Promise<Opened<Assignment>> {
	const decoded = await decode('A', codeFromText(text));
	if (!decoded.ok) return decoded;
	const read = readAssignment(decoded.value);
	if (read.ok) return read;
	return { ok: false, problem: read.tooMany ? { code: 'too-many' } : { code: 'invalid', path: read.path } };
}

export async function openResultCode(text: string): Promise<Opened<ResultCode>> {
	const decoded = await decode('R', codeFromText(text));
	if (!decoded.ok) return decoded;
	const read = readResult(decoded.value);
	return read.ok ? read : { ok: false, problem: { code: 'invalid', path: read.path } };
}

/** What became of one pasted or scanned result code. */
export type Collected =
	| { outcome: 'added' | 'updated' | 'older'; nick: string }
	| { outcome: 'other-assignment'; nick: string }
	| { outcome: 'problem'; problem: OpenProblem };

/**
 * Result codes pasted together (separated by spaces or lines), each checked on its own and kept only
 * when it is for `assignmentId`.
 */
export async function collectResults(
	db: LieredhDb,
	text: string,
	assignmentId: string,
	now: number
): Promise<Collected[]> {
	const collected: Collected[] = [];
	for (const code of text.split(/\s+/).filter(Boolean)) {
		const opened = await openResultCode(code);
		if (!opened.ok) collected.push({ outcome: 'problem', problem: opened.problem });
		else if (opened.value.assignment !== assignmentId) {
			collected.push({ outcome: 'other-assignment', nick: opened.value.nick });
		} else {
			collected.push({ outcome: await addResult(db, opened.value, now), nick: opened.value.nick });
		}
	}
	return collected;
}
