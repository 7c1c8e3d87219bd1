/**
 * The class service's schema, one versioned step at a time, the same SQL for PGlite and PostgreSQL.
 * Run at start-up; never edit a shipped step, add the next one. Each statement is its own entry, so
 * no runner has to split SQL (a semicolon in a string or a function body stays where it is). An advisory lock lets any number of
 * servers start together against one PostgreSQL: one migrates, the others wait and find it done.
 *
 * What is stored is what the guide (/teach/guide) says, and nothing else: a class's name, a hash of its
 * teacher key, its join code; each pupil's nickname and a hash of their device's token; the assignments
 * sent to the class; each pupil's results. No address, browser, e-mail or real name. Times are epoch ms.
 */
import type { Engine } from './engine';

export interface Migration {
	version: number;
	/** One SQL statement each, run in order in one transaction (never split by the runner). */
	statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		statements: [
			`CREATE TABLE classes (
				id text PRIMARY KEY,
				name text NOT NULL,
				key_hash bytea NOT NULL,
				-- null while the teacher has joining closed
				join_code text UNIQUE,
				created_at bigint NOT NULL,
				-- the last time the teacher or a pupil used the class: 13 months later it is deleted
				touched_at bigint NOT NULL
			)`,
			`CREATE INDEX classes_touched ON classes (touched_at)`,
			`CREATE TABLE pupils (
				id text PRIMARY KEY,
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				nickname text NOT NULL,
				token_hash bytea NOT NULL UNIQUE,
				joined_at bigint NOT NULL
			)`,
			`-- A nickname is the pupil, whatever its capitals (as in the on-device class table).
			CREATE UNIQUE INDEX pupils_nickname ON pupils (class_id, lower(nickname))`,
			`CREATE TABLE assignments (
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				id text NOT NULL,
				-- the assignment link's code: opened on a pupil's device exactly as the link would be
				code text NOT NULL,
				title text NOT NULL,
				due text NOT NULL,
				sent_at bigint NOT NULL,
				PRIMARY KEY (class_id, id)
			)`,
			`CREATE TABLE results (
				class_id text NOT NULL,
				assignment_id text NOT NULL,
				pupil_id text NOT NULL REFERENCES pupils (id) ON DELETE CASCADE,
				-- [deckId/wordId, recall on the due date in %, typed right 1/0], as in a result code
				words jsonb NOT NULL,
				done_at bigint,
				-- when the pupil's device made the result: the newest one wins
				at bigint NOT NULL,
				received_at bigint NOT NULL,
				PRIMARY KEY (class_id, assignment_id, pupil_id),
				FOREIGN KEY (class_id, assignment_id) REFERENCES assignments (class_id, id) ON DELETE CASCADE
			)`,
			`CREATE INDEX results_pupil ON results (pupil_id)`
		]
	},
	{
		// Nicknames unique by a key computed in TypeScript (NFC, lower case), so that both engines agree
		// (lower() on a PostgreSQL made with --locale=C leaves Ø and Á alone); rate limits shared by every
		// process on one PostgreSQL, and the secret their keys are made with.
		version: 2,
		statements: [
			'ALTER TABLE pupils ADD COLUMN nick_key text',
			'UPDATE pupils SET nick_key = lower(nickname)',
			// Two old nicknames that fold together now: the later one keeps its place with its id added.
			`UPDATE pupils p SET nick_key = p.nick_key || '#' || p.id WHERE EXISTS (
				SELECT 1 FROM pupils q WHERE q.class_id = p.class_id AND q.nick_key = p.nick_key
				AND (q.joined_at < p.joined_at OR (q.joined_at = p.joined_at AND q.id < p.id)))`,
			'ALTER TABLE pupils ALTER COLUMN nick_key SET NOT NULL',
			'DROP INDEX pupils_nickname',
			'CREATE UNIQUE INDEX pupils_nick_key ON pupils (class_id, nick_key)',
			`CREATE TABLE rate_buckets (
				name text NOT NULL,
				-- an HMAC of the address, class id or join code: never an address itself
				key text NOT NULL,
				tokens double precision NOT NULL,
				at bigint NOT NULL,
				PRIMARY KEY (name, key)
			)`,
			'CREATE TABLE server_secrets (name text PRIMARY KEY, secret bytea NOT NULL)'
		]
	},
	{
		// A teacher's recordings for the class: voice packs (checked zips, kept as base64 text so both
		// engines store them alike), size-capped per class, gone with the class.
		version: 3,
		statements: [
			`CREATE TABLE class_voices (
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				voice_id text NOT NULL,
				speaker text NOT NULL,
				pack text NOT NULL,
				bytes integer NOT NULL,
				updated_at bigint NOT NULL,
				PRIMARY KEY (class_id, voice_id)
			)`
		]
	},
	{
		// The live class game (#27): one row a game (the whole game as JSON, its revision one higher with
		// every step, so every process can tell it changed), and the hashes of its tokens. A game lives two
		// hours; it and its tokens are deleted then, and with its class.
		version: 4,
		statements: [
			`CREATE TABLE live_games (
				code text PRIMARY KEY,
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				state text NOT NULL,
				revision integer NOT NULL,
				expires_at bigint NOT NULL
			)`,
			`CREATE INDEX live_games_expires ON live_games (expires_at)`,
			`CREATE TABLE live_tokens (
				token_hash bytea PRIMARY KEY,
				code text NOT NULL REFERENCES live_games (code) ON DELETE CASCADE,
				-- null: the teacher's projector
				player_id text
			)`
		]
	}
];

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(engine: Engine): Promise<number[]> {
	return engine.transaction(async (tx) => {
		// Any constant of our own; the lock is held until this transaction ends.
		await tx.query('SELECT pg_advisory_xact_lock(7140917)');
		await tx.query(
			'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)'
		);
		const done = new Set(
			(await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
				Number(row.version)
			)
		);
		const applied: number[] = [];
		for (const { version, statements } of MIGRATIONS) {
			if (done.has(version)) continue;
			for (const statement of statements) await tx.query(statement);
			await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
				version,
				Date.now()
			]);
			applied.push(version);
		}
		return applied;
	});
}
