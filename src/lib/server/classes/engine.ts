/**
 * The class service's database, whichever engine holds it: PGlite (PostgreSQL compiled to WebAssembly,
 * in a folder on disk, the default: nothing to install) or a real PostgreSQL server when `DATABASE_URL`
 * is set. Both speak the same SQL with `$1` parameters; nothing above this file knows which one it is.
 * Queries are always parameterised: no value is ever spliced into SQL text.
 */
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export type Row = Record<string, unknown>;

export interface Sql {
	query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
	/** Runs `work` in one transaction: all of it is stored, or (when it throws) none of it. */
	transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
}

export interface Engine extends Sql {
	name: 'pglite' | 'postgres';
	/** Several statements without parameters (migrations only). */
	exec(text: string): Promise<void>;
	close(): Promise<void>;
	/**
	 * Hears `channel`'s notifications (PostgreSQL's LISTEN, on a connection of its own) until the
	 * returned stop is called. Only a server several processes share has it: PGlite serves one process.
	 */
	listen?(channel: string, hear: (payload: string) => void): Promise<() => Promise<void>>;
}

/** An embedded PostgreSQL in `dataDir` (or in memory when none is given: tests). */
export async function pgliteEngine(dataDir?: string): Promise<Engine> {
	const { PGlite } = await import('@electric-sql/pglite');
	if (dataDir) mkdirSync(dataDir, { recursive: true });
	const db: PGlite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
	const on = (runner: Pick<PGlite, 'query'>, inside: boolean): Sql => {
		const sql: Sql = {
			query: async <T extends Row>(text: string, params: readonly unknown[] = []) =>
				(await runner.query<T>(text, [...params])).rows,
			// Work already inside a transaction stays in it.
			transaction: (work) => (inside ? work(sql) : db.transaction((tx) => work(on(tx, true))))
		};
		return sql;
	};
	return {
		name: 'pglite',
		...on(db, false),
		exec: async (text) => void (await db.exec(text)),
		close: () => db.close()
	};
}

/** A PostgreSQL server (`postgres://…`), through a small pool of connections. */
export async function postgresEngine(url: string, poolSize = 10): Promise<Engine> {
	const { default: postgres } = await import('pg');
	const pool: pg.Pool = new postgres.Pool({ connectionString: url, max: poolSize });
	// An idle connection the server dropped must not take the process with it.
	pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	const on = (runner: Pick<pg.Pool | pg.PoolClient, 'query'>, inside: boolean): Sql => {
		const sql: Sql = {
			query: async <T extends Row>(text: string, params: readonly unknown[] = []) =>
				(await runner.query<T>(text, [...params])).rows,
			transaction: async (work) => {
				if (inside) return work(sql);
				const client = await pool.connect();
				try {
					await client.query('BEGIN');
					const result = await work(on(client, true));
					await client.query('COMMIT');
					return result;
				} catch (error) {
					await client.query('ROLLBACK').catch(() => undefined);
					throw error;
				} finally {
					client.release();
				}
			}
		};
		return sql;
	};
	return {
		name: 'postgres',
		...on(pool, false),
		exec: async (text) => void (await pool.query(text)),
		close: () => pool.end(),
		listen: (channel, hear) => listenOn(postgres, url, channel, hear)
	};
}

/** How long a lost listening connection waits before it connects again (ms). */
const LISTEN_AGAIN_MS = 1000;

/**
 * LISTEN on a connection outside the pool (a pooled one would be handed to other work). A connection
 * that drops is made again a second later; whatever was said meanwhile is caught by the listener's own
 * slower look (liveWatch.ts), so a lost notification costs time, never a view.
 */
async function listenOn(
	postgres: typeof pg,
	url: string,
	channel: string,
	hear: (payload: string) => void
): Promise<() => Promise<void>> {
	let client: pg.Client | undefined;
	let stopped = false;
	let again: ReturnType<typeof setTimeout> | undefined;
	const connect = async (): Promise<void> => {
		const next = new postgres.Client({ connectionString: url });
		let dropped = false;
		const drop = (error: Error) => {
			if (dropped) return;
			dropped = true;
			console.error('PostgreSQL listening connection lost:', error.message);
			void next.end().catch(() => undefined);
			if (client === next) client = undefined;
			if (!stopped) again = setTimeout(() => void connect(), LISTEN_AGAIN_MS);
		};
		next.on('notification', (message) => {
			if (message.channel === channel) hear(message.payload ?? '');
		});
		next.on('error', drop);
		try {
			await next.connect();
			// A channel is an identifier, not a value: quoted as one (callers pass a constant).
			await next.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
		} catch (error) {
			return drop(error instanceof Error ? error : new Error(String(error)));
		}
		if (stopped) return void (await next.end().catch(() => undefined));
		client = next;
	};
	await connect();
	return async () => {
		stopped = true;
		clearTimeout(again);
		await client?.end().catch(() => undefined);
	};
}
