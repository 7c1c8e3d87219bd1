/**
 * The class API's test bench: the same suite on PGlite (in memory) and on the real PostgreSQL that
 * `npm run postgres` starts, each on a database of its own, and a small client that speaks to the API
 * the way the app's service does.
 */
import pg from 'pg';
import { encode } from '$lib/teach/codes';
import type { Assignment } from '$lib/teach/assignment';
import { postgresUrl } from '../../../../scripts/postgres.mjs';
import { classApi, type Api, type ApiAnswer } from './api';
import { pgliteEngine, postgresEngine, type Engine } from './engine';
import { migrate } from './migrations';

export interface Bench {
	engine: Engine;
	api: Api;
	clock: { now: number };
	done(): Promise<void>;
}

const ORIGIN = 'http://lieredh.test';

/** A fresh, migrated PGlite in memory. */
export async function pgliteBench(): Promise<Bench> {
	const engine = await pgliteEngine();
	await migrate(engine);
	return benchOn(engine, async () => engine.close());
}

/** A fresh database of its own on the test PostgreSQL, dropped afterwards. */
export async function postgresBench(): Promise<Bench> {
	const name = `lieredh_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: postgresUrl() });
	try {
		await admin.connect();
	} catch (error) {
		throw new Error(
			`No PostgreSQL for the class API's tests at ${postgresUrl()}: run \`npm run postgres\` (npm test does). ${error}`
		);
	}
	await admin.query(`CREATE DATABASE ${name}`);
	const engine = await postgresEngine(postgresUrl(name), 4);
	await migrate(engine);
	return benchOn(engine, async () => {
		await engine.close();
		await admin.query(`DROP DATABASE ${name}`);
		await admin.end();
	});
}

function benchOn(engine: Engine, close: () => Promise<void>): Bench {
	const clock = { now: Date.UTC(2026, 11, 1, 9) };
	const api = classApi(engine, { now: () => clock.now });
	return {
		engine,
		api,
		clock,
		done: async () => {
			api.close();
			await close();
		}
	};
}

export const ENGINES: [string, () => Promise<Bench>][] = [
	['PGlite', pgliteBench],
	['PostgreSQL', postgresBench]
];

export interface Call {
	body?: unknown;
	/** Sent as the raw body instead of JSON (broken JSON, other types). */
	raw?: string;
	secret?: string;
	headers?: Record<string, string>;
	address?: string;
}

export function call(api: Api, method: string, path: string, options: Call = {}): Promise<ApiAnswer> {
	const headers = new Headers(options.headers);
	const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
	if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
	// HTTP cannot carry every string in a header: what it cannot, arrives percent-encoded.
	if (options.secret !== undefined) {
		try {
			headers.set('authorization', `Bearer ${options.secret}`);
		} catch {
			headers.set('authorization', `Bearer ${encodeURIComponent(options.secret)}`);
		}
	}
	return api.handle({
		method,
		path,
		headers,
		body: body !== undefined && new TextEncoder().encode(body).length > 256 * 1024 ? 'too-large' : body,
		address: options.address ?? '10.0.0.1',
		origin: ORIGIN
	});
}

export function testAssignment(id = 'reinW1ek', title = 'Rein, uke 49'): Assignment {
	return {
		v: 1,
		id,
		title,
		group: '5B',
		due: '2026-12-11',
		goal: { kind: 'recall', target: 80 },
		decks: [{ builtIn: 'reindeer-1' }]
	};
}

export const assignmentCode = (assignment: Assignment = testAssignment()) => encode('A', assignment);

export const result = (at: number, recall = 50) => ({
	words: [
		['reindeer-1/bovtse', recall, 1],
		['reindeer-1/miesie', 20, 0]
	],
	done: null,
	at
});
