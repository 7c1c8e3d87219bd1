/** From pasted or linked text to a checked assignment or result: every problem named, nothing written. */
import { codeFromText, decode, type CodeProblem } from './codes';
import { readAssignment, readResult, type Assignment, type ResultCode } from './assignment';
import { readOwnDeck, type OwnDeck } from './ownDeck';

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

/** A deck a colleague shared (the deck only: no results, no recordings). */
export async function openDeckCode(text: string): Promise<Opened<OwnDeck>> {
	const decoded = await decode('D', codeFromText(text));
	if (!decoded.ok) return decoded;
	const read = readOwnDeck(decoded.value);
	if (read.ok) return { ok: true, value: read.deck };
	return { ok: false, problem: read.tooMany ? { code: 'too-many' } : { code: 'invalid', path: read.path } };
}

/**
 * A short assignment link, for a class on the class server: `/a#S1.<class id>.<assignment id>`. The
 * class holds the assignment's code, so the link need not carry it (a QR a phone reads from the back of
 * the classroom); the long link (`#A1.…`) still opens offline and without a class server.
 */
export function shortAssignmentLink(origin: string, classId: string, assignmentId: string): string {
	return `${origin}/a#S1.${classId}.${assignmentId}`;
}

/** The class and assignment ids of a short link's #fragment, or undefined when it is not one. */
export function readShortLink(fragment: string): { classId: string; assignmentId: string } | undefined {
	const match = /^S1\.([A-Za-z0-9_-]{6,64})\.([A-Za-z0-9_-]{6,30})$/.exec(fragment.trim());
	return match ? { classId: match[1]!, assignmentId: match[2]! } : undefined;
}
