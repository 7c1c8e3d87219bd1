import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, MemoryLimits, SharedLimits, type LimitName, type LimitStore } from './limits';
import { ENGINES, type Bench } from './testing';

/** `count` tries at once (in parallel), then how many passed. */
async function passed(store: LimitStore, name: LimitName, key: string, now: number, count: number) {
	const tries = await Promise.all(Array.from({ length: count }, () => store.take(name, key, now)));
	return tries.filter(Boolean).length;
}

const stores: [string, () => Promise<{ store: LimitStore; done: () => Promise<void> }>][] = [
	['memory', async () => ({ store: new MemoryLimits(), done: async () => undefined })],
	...ENGINES.map(([name, open]): (typeof stores)[number] => [
		`the database (${name})`,
		async () => {
			const bench: Bench = await open();
			return { store: new SharedLimits(bench.engine, Buffer.alloc(32, 7)), done: () => bench.done() };
		}
	])
];

describe.each(stores)('rate limits in %s', (_name, open) => {
	let store: LimitStore;
	let done: () => Promise<void>;
	beforeAll(async () => {
		({ store, done } = await open());
	}, 60_000);
	afterAll(() => done?.());

	let n = 0;
	const fresh = () => `key-${++n}`;

	it.each([
		// bucket, tries at once, then after how many ms, how many more pass
		['guess', 70, 0, 0],
		['guess', 70, 2000, 1],
		['guess', 70, 20_000, 10],
		['joins', 100, 5000, 5],
		['create', 61, 10_000, 1]
	] as const)(
		'%s: %i tries at once pass up to the burst, then after %i ms %i more',
		async (name, first, wait, more) => {
			const key = fresh();
			expect(await passed(store, name, key, 1_000_000, first)).toBe(Math.min(first, LIMITS[name].burst));
			expect(await passed(store, name, key, 1_000_000 + wait, LIMITS[name].burst)).toBe(more);
		}
	);

	it('keeps each bucket and each key apart: one budget spent never spends another', async () => {
		const key = fresh();
		await passed(store, 'guess', key, 0, LIMITS.guess.burst);
		expect(await store.take('guess', key, 0)).toBe(false);
		expect(await store.take('joins', key, 0)).toBe(true);
		expect(await store.take('guess', fresh(), 0)).toBe(true);
	});

	it('gives a token back (a right join code is not a guess)', async () => {
		const key = fresh();
		await passed(store, 'guess', key, 0, LIMITS.guess.burst);
		await store.giveBack('guess', key, 0);
		expect(await store.take('guess', key, 0)).toBe(true);
		expect(await store.take('guess', key, 0)).toBe(false);
	});

	it('forgets buckets that have filled up again', async () => {
		const key = fresh();
		expect(await store.take('teacher', key, 0)).toBe(true);
		await store.forgetFull(10 * 60_000);
		expect(await passed(store, 'teacher', key, 10 * 60_000, LIMITS.teacher.burst + 1)).toBe(
			LIMITS.teacher.burst
		);
	});
});
