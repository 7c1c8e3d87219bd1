/**
 * The class service's storage: every query it makes, parameterised, on either engine. Times come in
 * from the caller (the API owns the clock). Deleting is always one statement or one transaction, so a
 * class or a pupil is either all there or all gone.
 */
import type { ClassAssignment, ClassPupil, ClassResult, ClassVoice, ResultBody } from '$lib/classes/protocol';
import type { Sql } from './engine';

export interface ClassRow {
	id: string;
	name: string;
	key_hash: Uint8Array;
	join_code: string | null;
}

export interface PupilRow {
	id: string;
	class_id: string;
	nickname: string;
	class_name: string;
}

/** 13 months, as the guide says: a class nobody used for that long is deleted with everything in it. */
export const KEEP_UNTOUCHED_MS = 13 * 31 * 24 * 60 * 60 * 1000;

export async function createClass(
	sql: Sql,
	row: { id: string; name: string; keyHash: Uint8Array; joinCode: string },
	now: number
): Promise<void> {
	await sql.query(
		`INSERT INTO classes (id, name, key_hash, join_code, created_at, touched_at)
		 VALUES ($1, $2, $3, $4, $5, $5)`,
		[row.id, row.name, row.keyHash, row.joinCode, now]
	);
}

export async function classById(sql: Sql, id: string): Promise<ClassRow | undefined> {
	const [row] = await sql.query<ClassRow & Record<string, unknown>>(
		'SELECT id, name, key_hash, join_code FROM classes WHERE id = $1',
		[id]
	);
	return row;
}

export async function classByJoinCode(sql: Sql, code: string): Promise<ClassRow | undefined> {
	const [row] = await sql.query<ClassRow & Record<string, unknown>>(
		'SELECT id, name, key_hash, join_code FROM classes WHERE join_code = $1',
		[code]
	);
	return row;
}

/** Marks a class as used (at most once an hour: 30 pupils sending results do not queue on one row). */
export async function touchClass(sql: Sql, id: string, now: number): Promise<void> {
	await sql.query('UPDATE classes SET touched_at = $2 WHERE id = $1 AND touched_at < $3', [
		id,
		now,
		now - 60 * 60 * 1000
	]);
}

export async function setJoinCode(sql: Sql, id: string, code: string | null): Promise<void> {
	await sql.query('UPDATE classes SET join_code = $2 WHERE id = $1', [id, code]);
}

/** Everything of a class, in one statement (its pupils, assignments and results cascade). */
export async function deleteClass(sql: Sql, id: string): Promise<boolean> {
	return (await sql.query('DELETE FROM classes WHERE id = $1 RETURNING id', [id])).length > 0;
}

/** Classes nobody used for 13 months, with all they hold. Returns how many went. */
export async function deleteUntouched(sql: Sql, now: number): Promise<number> {
	return (
		await sql.query('DELETE FROM classes WHERE touched_at < $1 RETURNING id', [now - KEEP_UNTOUCHED_MS])
	).length;
}

export async function pupilsOf(sql: Sql, classId: string): Promise<ClassPupil[]> {
	const rows = await sql.query<{ id: string; nickname: string; joined_at: unknown }>(
		'SELECT id, nickname, joined_at FROM pupils WHERE class_id = $1 ORDER BY joined_at, nick_key',
		[classId]
	);
	return rows.map((row) => ({ id: row.id, nick: row.nickname, joined: Number(row.joined_at) }));
}

/**
 * A new pupil; 'taken' when the class has that nickname already (by its key: NFC, any capitals), 'full'
 * when the class has `max` pupils. The class's row is locked while counting, so parallel joins cannot
 * pass the cap together.
 */
export async function addPupil(
	sql: Sql,
	row: { id: string; classId: string; nick: string; nickKey: string; tokenHash: Uint8Array },
	now: number,
	max: number
): Promise<'added' | 'taken' | 'full'> {
	return sql.transaction(async (tx) => {
		await tx.query('SELECT id FROM classes WHERE id = $1 FOR UPDATE', [row.classId]);
		const [count] = await tx.query<{ n: unknown }>('SELECT count(*) AS n FROM pupils WHERE class_id = $1', [
			row.classId
		]);
		if (Number(count!.n) >= max) return 'full';
		const inserted = await tx.query(
			`INSERT INTO pupils (id, class_id, nickname, nick_key, token_hash, joined_at)
			 VALUES ($1, $2, $3, $4, $5, $6)
			 ON CONFLICT (class_id, nick_key) DO NOTHING RETURNING id`,
			[row.id, row.classId, row.nick, row.nickKey, row.tokenHash, now]
		);
		return inserted.length ? 'added' : 'taken';
	});
}

/** The secret the servers sharing this database make their rate-limit keys with (made on first use). */
export async function sharedSecret(sql: Sql, name: string, fresh: Uint8Array): Promise<Buffer> {
	await sql.query('INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
		name,
		fresh
	]);
	const [row] = await sql.query<{ secret: Uint8Array }>('SELECT secret FROM server_secrets WHERE name = $1', [
		name
	]);
	return Buffer.from(row!.secret);
}

export async function pupilByToken(sql: Sql, tokenHash: Uint8Array): Promise<PupilRow | undefined> {
	const [row] = await sql.query<PupilRow & Record<string, unknown>>(
		`SELECT p.id, p.class_id, p.nickname, c.name AS class_name
		 FROM pupils p JOIN classes c ON c.id = p.class_id WHERE p.token_hash = $1`,
		[tokenHash]
	);
	return row;
}

/** A pupil and their results (cascade), only if they are in `classId`. */
export async function deletePupil(sql: Sql, classId: string, pupilId: string): Promise<boolean> {
	return (
		(await sql.query('DELETE FROM pupils WHERE id = $1 AND class_id = $2 RETURNING id', [pupilId, classId]))
			.length > 0
	);
}

export async function putAssignment(
	sql: Sql,
	classId: string,
	assignment: { id: string; code: string; title: string; due: string },
	now: number
): Promise<void> {
	await sql.query(
		`INSERT INTO assignments (class_id, id, code, title, due, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
		 ON CONFLICT (class_id, id) DO UPDATE SET code = excluded.code, title = excluded.title,
		   due = excluded.due, sent_at = excluded.sent_at`,
		[classId, assignment.id, assignment.code, assignment.title, assignment.due, now]
	);
}

export async function assignmentsOf(sql: Sql, classId: string): Promise<ClassAssignment[]> {
	const rows = await sql.query<{ id: string; title: string; due: string; sent_at: unknown }>(
		'SELECT id, title, due, sent_at FROM assignments WHERE class_id = $1 ORDER BY sent_at, id',
		[classId]
	);
	return rows.map((row) => ({ id: row.id, title: row.title, due: row.due, sent: Number(row.sent_at) }));
}

/** The code of an assignment a class holds (a short link's lookup), or undefined. */
export async function assignmentCode(sql: Sql, classId: string, id: string): Promise<string | undefined> {
	const rows = await sql.query<{ code: string }>(
		'SELECT code FROM assignments WHERE class_id = $1 AND id = $2',
		[classId, id]
	);
	return rows[0]?.code;
}

export async function assignmentCodesOf(sql: Sql, classId: string): Promise<{ id: string; code: string }[]> {
	return sql.query<{ id: string; code: string }>(
		'SELECT id, code FROM assignments WHERE class_id = $1 ORDER BY sent_at, id',
		[classId]
	);
}

export async function deleteAssignment(sql: Sql, classId: string, id: string): Promise<boolean> {
	return (
		(await sql.query('DELETE FROM assignments WHERE class_id = $1 AND id = $2 RETURNING id', [classId, id]))
			.length > 0
	);
}

/**
 * A pupil's result: stored unless the server has a newer one of theirs (`at` decides, so the same
 * result sent twice, or an old one arriving late, changes nothing). Undefined when the class has no
 * such assignment.
 */
export async function putResult(
	sql: Sql,
	pupil: PupilRow,
	assignmentId: string,
	result: ResultBody,
	now: number
): Promise<'stored' | 'older' | undefined> {
	const stored = await sql.query<{ stored: boolean }>(
		`INSERT INTO results (class_id, assignment_id, pupil_id, words, done_at, at, received_at)
		 SELECT $1, $2, $3, $4::jsonb, $5, $6, $7 WHERE EXISTS
		   (SELECT 1 FROM assignments WHERE class_id = $1 AND id = $2)
		 ON CONFLICT (class_id, assignment_id, pupil_id) DO UPDATE SET words = excluded.words,
		   done_at = excluded.done_at, at = excluded.at, received_at = excluded.received_at
		   WHERE results.at < excluded.at
		 RETURNING true AS stored`,
		[pupil.class_id, assignmentId, pupil.id, JSON.stringify(result.words), result.done, result.at, now]
	);
	if (stored.length) return 'stored';
	const known = await sql.query('SELECT 1 FROM assignments WHERE class_id = $1 AND id = $2', [
		pupil.class_id,
		assignmentId
	]);
	return known.length ? 'older' : undefined;
}

export async function resultsOf(sql: Sql, classId: string, assignmentId: string): Promise<ClassResult[]> {
	const rows = await sql.query<{
		pupil_id: string;
		nickname: string;
		words: ClassResult['words'] | string;
		done_at: unknown;
		at: unknown;
	}>(
		`SELECT r.pupil_id, p.nickname, r.words, r.done_at, r.at FROM results r
		 JOIN pupils p ON p.id = r.pupil_id
		 WHERE r.class_id = $1 AND r.assignment_id = $2 ORDER BY p.joined_at, p.nick_key`,
		[classId, assignmentId]
	);
	return rows.map((row) => ({
		pupil: row.pupil_id,
		nick: row.nickname,
		words: typeof row.words === 'string' ? JSON.parse(row.words) : row.words,
		done: row.done_at === null ? null : Number(row.done_at),
		at: Number(row.at)
	}));
}

/** Rows in each table, for tests and the benchmark's "nothing lost, nothing doubled". */
export async function counts(
	sql: Sql
): Promise<Record<'classes' | 'pupils' | 'assignments' | 'results', number>> {
	const [row] = await sql.query<Record<string, unknown>>(
		`SELECT (SELECT count(*) FROM classes) AS classes, (SELECT count(*) FROM pupils) AS pupils,
		   (SELECT count(*) FROM assignments) AS assignments, (SELECT count(*) FROM results) AS results`
	);
	return {
		classes: Number(row!.classes),
		pupils: Number(row!.pupils),
		assignments: Number(row!.assignments),
		results: Number(row!.results)
	};
}

/** The class's voices (without the packs): what a pupil's device compares with what it has. */
export async function voicesOf(sql: Sql, classId: string): Promise<ClassVoice[]> {
	const rows = await sql.query<{ voice_id: string; speaker: string; bytes: unknown; updated_at: unknown }>(
		'SELECT voice_id, speaker, bytes, updated_at FROM class_voices WHERE class_id = $1 ORDER BY voice_id',
		[classId]
	);
	return rows.map((row) => ({
		id: row.voice_id,
		speaker: row.speaker,
		bytes: Number(row.bytes),
		updated: Number(row.updated_at)
	}));
}

/**
 * Keeps a voice pack for the class, replacing the voice's earlier pack, when the class stays within its
 * caps (voices and bytes, counted without the pack it replaces): 'full' otherwise, nothing written.
 */
export async function putVoice(
	sql: Sql,
	classId: string,
	voice: { id: string; speaker: string; pack: string; bytes: number },
	caps: { voices: number; bytes: number },
	now: number
): Promise<'stored' | 'full'> {
	const others = (await voicesOf(sql, classId)).filter((other) => other.id !== voice.id);
	const bytes = others.reduce((sum, other) => sum + other.bytes, voice.bytes);
	if (others.length + 1 > caps.voices || bytes > caps.bytes) return 'full';
	await sql.query(
		`INSERT INTO class_voices (class_id, voice_id, speaker, pack, bytes, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
		 ON CONFLICT (class_id, voice_id) DO UPDATE SET speaker = excluded.speaker, pack = excluded.pack,
		   bytes = excluded.bytes, updated_at = excluded.updated_at`,
		[classId, voice.id, voice.speaker, voice.pack, voice.bytes, now]
	);
	return 'stored';
}

export async function voicePack(sql: Sql, classId: string, voiceId: string): Promise<string | undefined> {
	const rows = await sql.query<{ pack: string }>(
		'SELECT pack FROM class_voices WHERE class_id = $1 AND voice_id = $2',
		[classId, voiceId]
	);
	return rows[0]?.pack;
}

export async function deleteVoice(sql: Sql, classId: string, voiceId: string): Promise<boolean> {
	const rows = await sql.query<{ voice_id: string }>(
		'DELETE FROM class_voices WHERE class_id = $1 AND voice_id = $2 RETURNING voice_id',
		[classId, voiceId]
	);
	return rows.length > 0;
}
