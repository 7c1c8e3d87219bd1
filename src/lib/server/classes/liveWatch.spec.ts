/**
 * The watch that passes a game's steps on to this process's screens: what the channel says is read once
 * and only when a screen is behind, a screen opened while a step was passed on still gets it, and the
 * listening stops with the last screen.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveGame } from '$lib/live/game';
import type { Sql } from './engine';
import { LiveWatch, WATCH_EVERY_MS, WATCH_LISTENING_EVERY_MS } from './liveWatch';

const gameAt = (revision: number, code = 'AAAABBBB') => ({ code, revision }) as LiveGame;

/** A database holding games by code; it counts what is asked of it. */
function database(...games: LiveGame[]) {
	const rows = new Map(games.map((game) => [game.code, game]));
	const asked: string[] = [];
	const sql: Sql = {
		query: async <T>(text: string, params: readonly unknown[] = []) => {
			asked.push(text);
			const codes = params[0] as string[];
			const found = codes.flatMap((code) => rows.get(code) ?? []);
			return (
				text.startsWith('SELECT state')
					? found.map((game) => ({ state: JSON.stringify(game) }))
					: found.map((game) => ({ code: game.code, revision: game.revision }))
			) as T[];
		},
		transaction: (work) => work(sql)
	};
	return { sql, rows, asked };
}

/** A channel the test speaks on; `stopped` once the watch stops listening. */
function channel() {
	const heard: { hear?: (payload: string) => void; stopped: boolean } = { stopped: false };
	const listen = vi.fn(async (_channel: string, hear: (payload: string) => void) => {
		heard.hear = hear;
		return async () => void (heard.stopped = true);
	});
	return { heard, listen };
}

afterEach(() => vi.useRealTimers());

describe('the live games watch', () => {
	it('reads a game the channel tells of, once, and only when a screen here is behind', async () => {
		const db = database(gameAt(3));
		const { heard, listen } = channel();
		const watch = new LiveWatch(db.sql, listen);
		const seen: number[] = [];
		const unwatch = watch.watch(gameAt(1), (game) => seen.push(game.revision));
		await vi.waitFor(() => expect(heard.hear).toBeDefined());
		heard.hear!('AAAABBBB 3');
		heard.hear!('AAAABBBB 2');
		await vi.waitFor(() => expect(seen).toEqual([3]));
		// Told again of what the screens have, or of a game nobody here watches: nothing is read.
		const reads = db.asked.length;
		heard.hear!('AAAABBBB 3');
		heard.hear!('ZZZZYYYY 9');
		heard.hear!('nonsense');
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(db.asked.length).toBe(reads);
		unwatch();
		await vi.waitFor(() => expect(heard.stopped).toBe(true));
		watch.close();
	});

	it('gives a screen opened while a step was passed on that step at once', () => {
		const db = database();
		const watch = new LiveWatch(db.sql);
		const first: number[] = [];
		const second: number[] = [];
		watch.watch(gameAt(1), (game) => first.push(game.revision));
		watch.changed(gameAt(2));
		// The second screen read its game at revision 1, before the step: it is not left behind.
		watch.watch(gameAt(1), (game) => second.push(game.revision));
		expect(first).toEqual([2]);
		expect(second).toEqual([2]);
		watch.changed(gameAt(2));
		watch.changed(gameAt(3));
		expect(first).toEqual([2, 3]);
		expect(second).toEqual([2, 3]);
		watch.close();
	});

	it('passes on a step a newly opened screen read before the others here heard of it', () => {
		const watch = new LiveWatch(database().sql);
		const first: number[] = [];
		watch.watch(gameAt(1), (game) => first.push(game.revision));
		// Another process's step: the channel has not told this one yet, but a new screen read it.
		watch.watch(gameAt(2), () => undefined);
		expect(first).toEqual([2]);
		// When the channel's word arrives, nothing is passed on twice.
		watch.changed(gameAt(2));
		expect(first).toEqual([2]);
		watch.close();
	});

	it('looks for steps every few tens of ms without a channel, and only now and then with one', async () => {
		vi.useFakeTimers();
		const db = database(gameAt(1));
		const looks = () => db.asked.filter((text) => text.startsWith('SELECT code')).length;
		const alone = new LiveWatch(db.sql);
		alone.watch(gameAt(1), () => undefined);
		await vi.advanceTimersByTimeAsync(WATCH_EVERY_MS * 10);
		expect(looks()).toBe(10);
		alone.close();

		db.asked.length = 0;
		const { listen } = channel();
		const listening = new LiveWatch(db.sql, listen);
		const seen: number[] = [];
		listening.watch(gameAt(1), (game) => seen.push(game.revision));
		await vi.advanceTimersByTimeAsync(WATCH_LISTENING_EVERY_MS * 2);
		expect(looks()).toBe(2);
		// A step the channel never told (its connection was down) is still found by the look.
		db.rows.set('AAAABBBB', gameAt(4));
		await vi.advanceTimersByTimeAsync(WATCH_LISTENING_EVERY_MS);
		expect(seen).toEqual([4]);
		listening.close();
	});
});
