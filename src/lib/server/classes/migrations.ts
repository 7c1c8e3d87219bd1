/**
 * The class service's schema, one versioned step at a time, the same SQL for PGlite and PostgreSQL.
 * Run at start-up; never edit a shipped step, add the next one. An advisory lock lets any number of
 * servers start together against one PostgreSQL: one migrates, the others wait and find it done.
 *
 * What is stored is what the guide (/teach/guide) says, and nothing else: a class's name, a hash of its
 * teacher key, its join code; each pupil's nickname and a hash of their device's token; the assignments
 * sent to the class; each pupil's results. No address, browser, e-mail or real name. Times are epoch ms.
 */
import type { Engine } from './engine';

export const MIGRATIONS: readonly { version: number; sql: string }[] = [
	{
		version: 1,
		sql: `
			CREATE TABLE classes (
				id text PRIMARY KEY,
				name text NOT NULL,
				key_hash bytea NOT NULL,
				-- null while the teacher has joining closed
				join_code text UNIQUE,
				created_at bigint NOT NULL,
				-- the last time the teacher or a pupil used the class: 13 months later it is deleted
				touched_at bigint NOT NULL
			);
			CREATE INDEX classes_touched ON classes (touched_at);

			CREATE TABLE pupils (
				id text PRIMARY KEY,
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				nickname text NOT NULL,
				token_hash bytea NOT NULL UNIQUE,
				joined_at bigint NOT NULL
			);
			-- A nickname is the pupil, whatever its capitals (as in the on-device class table).
			CREATE UNIQUE INDEX pupils_nickname ON pupils (class_id, lower(nickname));

			CREATE TABLE assignments (
				class_id text NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
				id text NOT NULL,
				-- the assignment link's code: opened on a pupil's device exactly as the link would be
				code text NOT NULL,
				title text NOT NULL,
				due text NOT NULL,
				sent_at bigint NOT NULL,
				PRIMARY KEY (class_id, id)
			);

			CREATE TABLE results (
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
			);
			CREATE INDEX results_pupil ON results (pupil_id);
		`
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
		for (const { version, sql } of MIGRATIONS) {
			if (done.has(version)) continue;
			for (const statement of statements(sql)) await tx.query(statement);
			await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
				version,
				Date.now()
			]);
			applied.push(version);
		}
		return applied;
	});
}

/** A step's statements one by one (inside a transaction each must be sent on its own). */
function statements(sql: string): string[] {
	return sql
		.split('\n')
		.filter((line) => !line.trim().startsWith('--'))
		.join('\n')
		.split(';')
		.map((statement) => statement.trim())
		.filter(Boolean);
}
