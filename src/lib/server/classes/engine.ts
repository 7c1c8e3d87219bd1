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
		close: () => pool.end()
	};
}
