/**
 * The live games' rows (migration 4): a game is one JSON value in one row; a step reads it locked
 * (FOR UPDATE), applies the pure rule (live/game.ts) and writes it back with its revision, so any
 * number of processes on one PostgreSQL take turns on it and none overwrites another's answer.
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

/**
 * Who a token is, in a game that still lives: its teacher (player null) or one of its players, and the
 * game's class (whose budgets the teacher's calls spend). One query: the token is all a step needs.
 */
export async function tokenHolder(
	sql: Sql,
	tokenHash: Buffer,
	now: number
): Promise<{ code: string; player: string | null; classId: string } | undefined> {
	const [row] = await sql.query<{ code: string; player_id: string | null; class_id: string }>(
		`SELECT t.code, t.player_id, g.class_id FROM live_tokens t JOIN live_games g ON g.code = t.code
		 WHERE t.token_hash = $1 AND g.expires_at > $2`,
		[tokenHash, now]
	);
	return row && { code: row.code, player: row.player_id, classId: row.class_id };
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
 * One step on a game, in one transaction with the row locked: the step sees the game as the last step
 * left it, whichever process took that one. Nothing is written when the step is refused.
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
		const result = step(rowOf(row).game);
		// Written and told in one statement: every process listening hears `code revision` once the
		// step is committed (NOTIFY is delivered at COMMIT, never for a step rolled back).
		if (result.ok)
			await tx.query(
				`WITH stepped AS (UPDATE live_games SET state = $2, revision = $3 WHERE code = $1 RETURNING code)
				 SELECT pg_notify($4, code || ' ' || $3::text) FROM stepped`,
				[code, JSON.stringify(result.game), result.game.revision, LIVE_CHANNEL]
			);
		return result;
	});
}

/** Games past their two hours, and their tokens, are deleted: nothing of a game is kept. */
export async function deleteExpiredGames(sql: Sql, now: number): Promise<number> {
	const rows = await sql.query('DELETE FROM live_games WHERE expires_at <= $1 RETURNING code', [now]);
	return rows.length;
}
