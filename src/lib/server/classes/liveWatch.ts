/**
 * Which live games changed, for the screens this process streams to: one query every few tens of
 * milliseconds for all the games watched here (their revisions), then the changed games' rows. A step
 * taken by any process — this one or another on the same PostgreSQL — reaches every screen within one
 * poll; a step taken here is passed on at once.
 */
import type { LiveGame } from '$lib/live/game';
import type { Sql } from './engine';

/** How often the watched games' revisions are read (ms): well inside the 150 ms an answer may take to show. */
export const WATCH_EVERY_MS = 40;

type Listener = (game: LiveGame) => void;

export class LiveWatch {
	#sql: Sql;
	#games = new Map<string, { revision: number; listeners: Set<Listener> }>();
	#timer: ReturnType<typeof setInterval> | undefined;
	#busy = false;

	constructor(sql: Sql) {
		this.#sql = sql;
	}

	/** Calls `listener` with the game each time it changes, from `game`'s revision on; returns the unwatch. */
	watch(game: LiveGame, listener: Listener): () => void {
		let entry = this.#games.get(game.code);
		if (!entry) this.#games.set(game.code, (entry = { revision: game.revision, listeners: new Set() }));
		entry.revision = Math.max(entry.revision, game.revision);
		entry.listeners.add(listener);
		this.#timer ??= setInterval(() => void this.poll(), WATCH_EVERY_MS);
		return () => {
			entry.listeners.delete(listener);
			if (entry.listeners.size === 0) this.#games.delete(game.code);
			if (this.#games.size === 0 && this.#timer) {
				clearInterval(this.#timer);
				this.#timer = undefined;
			}
		};
	}

	/** A step this process took: its screens hear of it now, not at the next poll. */
	changed(game: LiveGame): void {
		const entry = this.#games.get(game.code);
		if (!entry || game.revision <= entry.revision) return;
		entry.revision = game.revision;
		for (const listener of [...entry.listeners]) listener(game);
	}

	/** One look at the watched games (a poll still running is not overtaken by the next). */
	async poll(): Promise<void> {
		if (this.#busy || this.#games.size === 0) return;
		this.#busy = true;
		try {
			const codes = [...this.#games.keys()];
			const rows = await this.#sql.query<{ code: string; revision: number }>(
				'SELECT code, revision FROM live_games WHERE code = ANY($1)',
				[codes]
			);
			const stale = rows.filter(
				(row) => Number(row.revision) > (this.#games.get(row.code)?.revision ?? Infinity)
			);
			if (!stale.length) return;
			const games = await this.#sql.query<{ state: string }>(
				'SELECT state FROM live_games WHERE code = ANY($1)',
				[stale.map((row) => row.code)]
			);
			for (const { state } of games) this.changed(JSON.parse(state) as LiveGame);
		} catch (error) {
			console.error('Live games: watching failed:', error instanceof Error ? error.message : error);
		} finally {
			this.#busy = false;
		}
	}

	/** Stops watching everything (a test's end, a process stopping). */
	close(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = undefined;
		this.#games.clear();
	}
}
