/**
 * Which live games changed, for the screens this process streams to. A step taken here is passed on
 * at once. A step taken by another process on the same PostgreSQL is told on a channel (NOTIFY at its
 * commit, liveStore.ts) that this process listens to; the changed games' rows are then read in one
 * query. A slower look at the watched games' revisions catches anything a dropped listening
 * connection missed — and is the only way on an engine that cannot listen (a test's second instance).
 */
import type { LiveGame } from '$lib/live/game';
import type { Engine, Sql } from './engine';
import { LIVE_CHANNEL } from './liveStore';

/** How often the watched games' revisions are read while nobody tells us (ms). */
export const WATCH_EVERY_MS = 40;
/** … and while the channel tells us: only a safety net then. */
export const WATCH_LISTENING_EVERY_MS = 1000;

type Listener = (game: LiveGame) => void;

interface Watched {
	/** The newest revision this process has passed on, and that game. */
	game: LiveGame;
	listeners: Set<Listener>;
}

export class LiveWatch {
	#sql: Sql;
	#listen: Engine['listen'];
	#games = new Map<string, Watched>();
	#timer: ReturnType<typeof setInterval> | undefined;
	/** Listening: the promise of its stop, from the first watch until the last screen goes. */
	#listening: Promise<(() => Promise<void>) | undefined> | undefined;
	#heard = false;
	/** Games told of and not yet read; a read in progress, so reads never overlap. */
	#due = new Set<string>();
	#reading = false;
	#looking = false;

	constructor(sql: Sql, listen?: Engine['listen']) {
		this.#sql = sql;
		this.#listen = listen;
	}

	/** Calls `listener` with the game each time it changes after `game`; returns the unwatch. */
	watch(game: LiveGame, listener: Listener): () => void {
		let entry = this.#games.get(game.code);
		if (!entry) this.#games.set(game.code, (entry = { game, listeners: new Set() }));
		// This screen read a step the others here have not heard of yet: they hear it now (it is never
		// told again once it is the newest here).
		else this.changed(game);
		entry.listeners.add(listener);
		// … and a step passed on while this screen was being opened (between reading its game and now):
		// the screen gets it here.
		if (entry.game.revision > game.revision) listener(entry.game);
		this.#start();
		return () => {
			entry.listeners.delete(listener);
			if (entry.listeners.size === 0) this.#games.delete(game.code);
			if (this.#games.size === 0) this.#stop();
		};
	}

	/**
	 * The newest game this process knows under `code`, while a screen here watches it: what the last
	 * step here left, or the last read after the channel told of one — a step may have come since (a
	 * step from it is written only if none did: liveStore.ts, stepFrom).
	 */
	latest(code: string): LiveGame | undefined {
		return this.#games.get(code)?.game;
	}

	/** A step this process took, or read: its screens hear of it now. */
	changed(game: LiveGame): void {
		const entry = this.#games.get(game.code);
		if (!entry || game.revision <= entry.game.revision) return;
		entry.game = game;
		for (const listener of [...entry.listeners]) listener(game);
	}

	/** The channel said `code revision`: read that game if a screen here is behind. */
	hear(payload: string): void {
		const [code, revision] = payload.split(' ');
		const entry = code ? this.#games.get(code) : undefined;
		if (!entry || !(Number(revision) > entry.game.revision)) return;
		this.#due.add(code!);
		if (!this.#reading) void this.#read();
	}

	/** Reads the games told of, in one query a round, until none is left. */
	async #read(): Promise<void> {
		this.#reading = true;
		try {
			while (this.#due.size) {
				const codes = [...this.#due];
				this.#due.clear();
				await this.#readGames(codes);
			}
		} finally {
			this.#reading = false;
		}
	}

	async #readGames(codes: string[]): Promise<void> {
		try {
			const rows = await this.#sql.query<{ state: string }>(
				'SELECT state FROM live_games WHERE code = ANY($1)',
				[codes]
			);
			for (const { state } of rows) this.changed(JSON.parse(state) as LiveGame);
		} catch (error) {
			console.error('Live games: reading failed:', error instanceof Error ? error.message : error);
		}
	}

	/** One look at the watched games' revisions (a look still running is not overtaken by the next). */
	async poll(): Promise<void> {
		if (this.#looking || this.#games.size === 0) return;
		this.#looking = true;
		try {
			const rows = await this.#sql.query<{ code: string; revision: number }>(
				'SELECT code, revision FROM live_games WHERE code = ANY($1)',
				[[...this.#games.keys()]]
			);
			const stale = rows.filter(
				(row) => Number(row.revision) > (this.#games.get(row.code)?.game.revision ?? Infinity)
			);
			if (stale.length) await this.#readGames(stale.map((row) => row.code));
		} catch (error) {
			console.error('Live games: watching failed:', error instanceof Error ? error.message : error);
		} finally {
			this.#looking = false;
		}
	}

	#start(): void {
		if (this.#listen && !this.#listening) {
			const listening: Promise<(() => Promise<void>) | undefined> = this.#listen(LIVE_CHANNEL, (payload) =>
				this.hear(payload)
			).then(
				(stop) => {
					// Still the listening wanted (no screen left and came back meanwhile): look less often.
					if (this.#listening === listening) {
						this.#heard = true;
						this.#restartLooks();
					}
					return stop;
				},
				(error) => {
					console.error('Live games: cannot listen:', error instanceof Error ? error.message : error);
					return undefined;
				}
			);
			this.#listening = listening;
		}
		if (!this.#timer) this.#restartLooks();
	}

	#restartLooks(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = undefined;
		if (this.#games.size === 0) return;
		const every = this.#heard ? WATCH_LISTENING_EVERY_MS : WATCH_EVERY_MS;
		this.#timer = setInterval(() => void this.poll(), every);
	}

	#stop(): void {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = undefined;
		const listening = this.#listening;
		this.#listening = undefined;
		this.#heard = false;
		void listening?.then((stop) => stop?.());
	}

	/** Stops watching everything (a test's end, a process stopping). */
	close(): void {
		this.#games.clear();
		this.#stop();
	}
}
