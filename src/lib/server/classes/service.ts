/**
 * The one class service of this server process: PostgreSQL when `DATABASE_URL` is set, else PGlite in
 * `LIEREDH_DATA_DIR` (default `data/classes`). Started on the first request (never while prerendering),
 * migrated before it answers, swept of classes untouched for 13 months at start and every six hours.
 * Holds no state of its own: on PostgreSQL even the rate limits are shared, so any number of processes
 * can serve one school behind a load balancer.
 */
import { env } from '$env/dynamic/private';
import { classApi, type Api } from './api';
import { pgliteEngine, postgresEngine, type Engine } from './engine';
import { migrate } from './migrations';
import { MemoryLimits, SharedLimits } from './limits';
import { deleteUntouched, sharedSecret } from './store';
import { randomBytes } from 'node:crypto';

const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;
const FORGET_EVERY_MS = 5 * 60 * 1000;

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
	// On PostgreSQL every process spends the same budgets; PGlite is one process, which keeps its own.
	const limits =
		engine.name === 'postgres'
			? new SharedLimits(engine, await sharedSecret(engine, 'rate-limits', randomBytes(32)))
			: new MemoryLimits();
	const sweep = () =>
		Promise.all([deleteUntouched(engine, Date.now()), limits.forgetFull(Date.now())]).catch(
			(error: unknown) =>
				console.error('Class service: sweep failed:', error instanceof Error ? error.message : error)
		);
	await sweep();
	setInterval(sweep, SWEEP_EVERY_MS).unref();
	// Buckets that filled up again hold nothing: dropped every few minutes, not only at the sweep.
	setInterval(() => void limits.forgetFull(Date.now()).catch(() => undefined), FORGET_EVERY_MS).unref();
	// adapter-node's graceful stop: PGlite writes its last pages before the process ends.
	// (An event of adapter-node's own, which Node's types do not list.)
	(process as NodeJS.EventEmitter).once('sveltekit:shutdown', () => void engine.close());
	return classApi(engine, { limits, listen: engine.listen });
}
