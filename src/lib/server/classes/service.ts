/**
 * The one class service of this server process: PostgreSQL when `DATABASE_URL` is set, else PGlite in
 * `LIEREDH_DATA_DIR` (default `data/classes`). Started on the first request (never while prerendering),
 * migrated before it answers, swept of classes untouched for 13 months at start and every six hours.
 * Holds no state of its own beyond rate limits: any number of processes can share one PostgreSQL.
 */
import { env } from '$env/dynamic/private';
import { classApi, type Api } from './api';
import { pgliteEngine, postgresEngine, type Engine } from './engine';
import { migrate } from './migrations';
import { deleteUntouched } from './store';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

let started: Promise<Api> | undefined;

export function classService(): Promise<Api> {
	started ??= start().catch((error: unknown) => {
		// Not started (a database that is not there yet): the next request tries again.
		started = undefined;
		throw error;
	});
	return started;
}

async function start(): Promise<Api> {
	const engine: Engine = env.DATABASE_URL
		? await postgresEngine(env.DATABASE_URL)
		: await pgliteEngine(env.LIEREDH_DATA_DIR || 'data/classes');
	await migrate(engine);
	const sweep = () =>
		deleteUntouched(engine, Date.now()).catch((error: unknown) =>
			console.error('Class service: sweep failed:', error instanceof Error ? error.message : error)
		);
	await sweep();
	setInterval(sweep, SWEEP_EVERY_MS).unref();
	// adapter-node's graceful stop: PGlite writes its last pages before the process ends.
	// (An event of adapter-node's own, which Node's types do not list.)
	(process as NodeJS.EventEmitter).once('sveltekit:shutdown', () => void engine.close());
	return classApi(engine);
}
