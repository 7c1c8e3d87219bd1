/**
 * The live games' rows (migration 4): a game is one JSON value in one row with its revision. A step
 * applies the pure rule (live/game.ts) to the game as read and writes it back only if the revision is
 * still the one read (else it is taken again with the row locked), so any number of processes on one
 * PostgreSQL take turns on a game and none overwrites another's answer.
 */
import type { LiveGame, Step } from '$lib/live/game';
import type { Sql } from './engine';

/** The channel a step is told on (PostgreSQL NOTIFY), as `code revision`: liveWatch.ts listens. */
export const LIVE_CHANNEL = 'live_games';

export interface LiveRow {
	code: string;
	class_id: string;
	game: LiveGame;
}

type Stored = {
	code: string;
	class_id: string;
	state: string;
};

const rowOf = (row: Stored): LiveRow => ({
	code: row.code,
	class_id: row.class_id,
	game: JSON.parse(row.state)
});

export async function createGame(
	sql: Sql,
	classId: string,
	game: LiveGame,
	teacherHash: Buffer
): Promise<void> {
	await sql.transaction(async (tx) => {
		await tx.query(
			'INSERT INTO live_games (code, class_id, state, revision, expires_at) VALUES ($1, $2, $3, $4, $5)',
			[game.code, classId, JSON.stringify(game), game.revision, game.expiresAt]
		);
		await tx.query('INSERT INTO live_tokens (token_hash, code, player_id) VALUES ($1, $2, NULL)', [
			teacherHash,
			game.code
		]);
	});
}

/** A game by its code, while it lives. */
export async function gameByCode(sql: Sql, code: string, now: number): Promise<LiveRow | undefined> {
	const [row] = await sql.query<Stored>(
		'SELECT code, class_id, state FROM live_games WHERE code = $1 AND expires_at > $2',
		[code, now]
	);
	return row && rowOf(row);
}

/** The game a class is playing now (the newest not over), for its pupils' devices to offer. */
export async function classGame(sql: Sql, classId: string, now: number): Promise<LiveGame | undefined> {
	const rows = await sql.query<{ state: string }>(
		'SELECT state FROM live_games WHERE class_id = $1 AND expires_at > $2',
		[classId, now]
	);
	return rows
		.map((row) => JSON.parse(row.state) as LiveGame)
		.filter((game) => game.phase !== 'ended')
		.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/**
 * Who a token is, in a game that still lives — its teacher (player null) or one of its players — with
 * the game's class and the game as it is now: one query is everything a screen's call needs to read.
 */
export async function holderOf(
	sql: Sql,
	tokenHash: Buffer,
	now: number
): Promise<{ player: string | null; classId: string; game: LiveGame } | undefined> {
	const [row] = await sql.query<{ player_id: string | null; class_id: string; state: string }>(
		`SELECT t.player_id, g.class_id, g.state FROM live_tokens t JOIN live_games g ON g.code = t.code
		 WHERE t.token_hash = $1 AND g.expires_at > $2`,
		[tokenHash, now]
	);
	return row && { player: row.player_id, classId: row.class_id, game: JSON.parse(row.state) };
}

export async function addPlayerToken(
	sql: Sql,
	code: string,
	player: string,
	tokenHash: Buffer
): Promise<void> {
	await sql.query('INSERT INTO live_tokens (token_hash, code, player_id) VALUES ($1, $2, $3)', [
		tokenHash,
		code,
		player
	]);
}

/**
 * Writes a step's game if the row is still at the revision the step began from (compare and set), and
 * tells it on the channel in the same statement: every process listening hears `code revision` once it
 * is committed. False when another step came first.
 */
async function written(sql: Sql, game: LiveGame, from: number, now: number): Promise<boolean> {
	const rows = await sql.query(
		`WITH stepped AS (
		   UPDATE live_games SET state = $2, revision = $3
		   WHERE code = $1 AND revision = $4 AND expires_at > $5 RETURNING code)
		 SELECT pg_notify($6, code || ' ' || $3::text) FROM stepped`,
		[game.code, JSON.stringify(game), game.revision, from, now, LIVE_CHANNEL]
	);
	return rows.length === 1;
}

/**
 * One step on a game a call has just read: written at once if no other step came in between (the
 * usual case: one write); else taken again on the game as it is then, under the row's lock (stepGame).
 * A game that `mayBeBehind` (this process's newest, not read for this call) is asked again before a
 * refusal counts: the question it refuses an answer to may have been shown elsewhere meanwhile.
 * Nothing is written when the step is refused.
 */
export async function stepFrom(
	sql: Sql,
	game: LiveGame,
	now: number,
	step: (game: LiveGame) => Step,
	{ mayBeBehind = false } = {}
): Promise<Step | undefined> {
	const result = step(game);
	if (result.ok ? await written(sql, result.game, game.revision, now) : !mayBeBehind) return result;
	return stepGame(sql, game.code, now, step);
}

/**
 * One step on a game, in one transaction with the row locked: the step sees the game as the last step
 * left it, whichever process took that one, and nobody else steps until it is written.
 */
export async function stepGame(
	sql: Sql,
	code: string,
	now: number,
	step: (game: LiveGame) => Step
): Promise<Step | undefined> {
	return sql.transaction(async (tx) => {
		const [row] = await tx.query<Stored>(
			'SELECT code, class_id, state FROM live_games WHERE code = $1 AND expires_at > $2 FOR UPDATE',
			[code, now]
		);
		if (!row) return undefined;
		const game = rowOf(row).game;
		const result = step(game);
		if (result.ok) await written(tx, result.game, game.revision, now);
		return result;
	});
}

/** Games past their two hours, and their tokens, are deleted: nothing of a game is kept. */
export async function deleteExpiredGames(sql: Sql, now: number): Promise<number> {
	const rows = await sql.query('DELETE FROM live_games WHERE expires_at <= $1 RETURNING code', [now]);
	return rows.length;
}
