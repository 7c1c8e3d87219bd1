/**
 * 10,000 malformed or hostile requests against a class service holding two classes: wrong and swapped
 * keys and tokens, other classes' ids, oversized bodies, broken JSON, SQL-looking and HTML text, odd
 * methods and paths. None may crash it, none may answer 500 (or 503: the database is fine), none may
 * write anything, and nothing of either class may come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError, type CreatedClass, type Joined } from '$lib/classes/protocol';
import { assignmentCode, call, ENGINES, result, testAssignment, type Bench } from './testing';

const REQUESTS = 10_000;

/** A small seeded generator (mulberry32): the same 10,000 requests on every run and engine. */
function generator(seed: number) {
	let state = seed;
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	return { next, pick };
}

const NASTY = [
	"'; DROP TABLE classes;--",
	"' OR '1'='1",
	'1; DELETE FROM pupils',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'../../etc/passwd',
	'%00',
	'\u0000',
	'\u202Eevil',
	'𝕬'.repeat(200),
	'A'.repeat(22),
	'A'.repeat(43),
	'',
	' ',
	'null',
	'{"$gt":""}',
	'__proto__',
	'constructor'
];

async function dump(bench: Bench) {
	const tables = ['classes', 'pupils', 'assignments', 'results', 'schema_migrations'];
	const rows: Record<string, unknown[]> = {};
	for (const table of tables) {
		// Table names are constants of this test, never input.
		rows[table] = await bench.engine.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
	}
	return JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
}

describe.each(ENGINES)('the class API under 10,000 hostile requests on %s', (_name, open) => {
	let bench: Bench;
	let a: CreatedClass, b: CreatedClass;
	let pupilA: Joined, pupilB: Joined;

	beforeAll(async () => {
		bench = await open();
		const make = async (name: string) =>
			(await call(bench.api, 'POST', '/classes', { body: { name }, address: '10.0.0.2' }))
				.body as CreatedClass;
		[a, b] = [await make('Klasse A'), await make('Klasse B')];
		for (const [cls, id] of [
			[a, 'assignA1'],
			[b, 'assignB1']
		] as const) {
			await call(bench.api, 'PUT', `/classes/${cls.id}/assignments/${id}`, {
				secret: cls.key,
				body: { code: await assignmentCode(testAssignment(id)) },
				address: '10.0.0.2'
			});
		}
		const join = async (cls: CreatedClass, nick: string) =>
			(await call(bench.api, 'POST', '/join', { body: { code: cls.joinCode, nick }, address: '10.0.0.2' }))
				.body as Joined;
		[pupilA, pupilB] = [await join(a, 'Ada'), await join(b, 'Biret')];
		await call(bench.api, 'PUT', '/pupil/results/assignA1', {
			secret: pupilA.token,
			body: result(bench.clock.now - 1000),
			address: '10.0.0.2'
		});
	}, 60_000);
	afterAll(() => bench?.done());

	it('answers every one with a refusal code, writes nothing and gives nothing away', async () => {
		const before = await dump(bench);
		const { next, pick } = generator(20261201);
		const secrets = [a.key, b.key, pupilA.token, pupilB.token];
		const ids = [a.id, b.id, pupilA.pupil.id, pupilB.pupil.id, 'assignA1', 'assignB1', ...NASTY];
		/** Any class id and assignment, with any credential but that class's own key. */
		const anyAssignment = (): [string, string] => {
			const id = pick(ids);
			const wrong = secrets.filter(
				(secret) => !(id === a.id && secret === a.key) && !(id === b.id && secret === b.key)
			);
			return [`/classes/${id}/assignments/${pick(ids)}`, pick(wrong)];
		};
		// Swapped credentials: each class's key on the other, a pupil's token where a key belongs.
		const paths = (): [string, string | undefined][] => [
			[`/classes/${b.id}`, a.key],
			[`/classes/${a.id}`, pupilA.token],
			[`/classes/${a.id}/assignments/assignA1/results`, b.key],
			[`/classes/${b.id}/assignments/assignB1/results`, pupilB.token],
			[`/classes/${a.id}/pupils/${pupilA.pupil.id}`, b.key],
			[`/classes/${b.id}/join-code`, a.key],
			anyAssignment(),
			[`/classes/${encodeURIComponent(pick(NASTY))}`, pick([undefined, pick(NASTY)])],
			['/pupil/results/assignB1', pupilA.token],
			['/pupil/results/' + encodeURIComponent(pick(NASTY)), pupilA.token],
			['/pupil', pick([undefined, pick(NASTY), a.key])],
			['/join', undefined],
			['/classes', undefined],
			[`/${pick(NASTY)}/${pick(ids)}`, pick(secrets)],
			['/health/../classes', a.key]
		];
		const natural = (path: string): string =>
			/\/results$/.test(path)
				? 'GET'
				: /join-code$|^\/join$|^\/classes$/.test(path)
					? 'POST'
					: /\/pupils\//.test(path)
						? 'DELETE'
						: /^\/pupil\/results\//.test(path)
							? 'PUT'
							: /\/assignments\/[^/]*$/.test(path)
								? pick(['PUT', 'DELETE'])
								: pick(['GET', 'DELETE']);
		const bodies = (): Parameters<typeof call>[3][] => [
			{ raw: '{"name": "5B"' },
			{ raw: '['.repeat(5000) },
			{ raw: 'x'.repeat(300_000) },
			{ raw: JSON.stringify({ name: pick(NASTY) }), headers: { 'content-type': 'text/plain' } },
			{ body: { name: pick(NASTY), extra: 1 } },
			{ body: { name: 'x'.repeat(61) } },
			{ body: { name: 42 } },
			{ body: { code: pick(NASTY), nick: pick(NASTY) } },
			{ body: { code: 'ZZZZ-ZZZZ', nick: 'Ada' } },
			{ body: { open: 'yes' } },
			{ body: { code: `A1.${pick(NASTY)}.AAAAAAAA` } },
			{ body: { words: [['x', 101, 1]], done: null, at: 1 } },
			{ body: { words: 'all', done: null, at: 1 } },
			{ body: { words: [], done: null, at: -1 } },
			{ body: { words: Array.from({ length: 1001 }, () => ['w', 1, 0]), done: null, at: 1 } },
			{ body: JSON.parse('{"__proto__": {"admin": true}, "name": "x"}') },
			{ body: null },
			{ body: pick(NASTY) },
			{
				body: { name: '5B' },
				headers: { origin: pick(['https://evil.example', 'null', 'http://lieredh.test.evil']) }
			}
		];
		const leaks = [
			a.key,
			b.key,
			pupilA.token,
			pupilB.token,
			a.joinCode,
			b.joinCode,
			'Ada',
			'Biret',
			'Klasse'
		];
		const seen = new Map<string, number>();

		for (let i = 0; i < REQUESTS; i++) {
			const [path, secret] = pick(paths());
			// Mostly the method the route takes, so that requests get past the router to the deeper checks.
			const method =
				next() < 0.8 ? natural(path) : pick(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
			let options = { ...pick(bodies()), address: `10.${(i % 250) + 1}.0.${Math.floor(next() * 250)}` };
			// A well-formed class or join request from outside would be a real write: only its broken twins.
			if (
				path === '/classes' &&
				method === 'POST' &&
				'body' in options &&
				options.body?.constructor === Object
			) {
				const { name } = options.body as { name?: unknown };
				if (typeof name === 'string' && name.trim() && name.length <= 60 && !options.headers)
					options = { raw: '{', address: options.address };
			}
			const answer = await call(bench.api, method, path, {
				...options,
				secret: secret ?? options.headers?.authorization
			});
			const text = JSON.stringify(answer.body);
			expect(answer.status, `${method} ${path} → ${text}`).toBeGreaterThanOrEqual(400);
			expect(answer.status, `${method} ${path} → ${text}`).toBeLessThan(500);
			expect(isApiError((answer.body as { error?: unknown }).error), text).toBe(true);
			for (const leak of leaks) expect(text).not.toContain(leak);
			const code = (answer.body as { error: string }).error;
			seen.set(code, (seen.get(code) ?? 0) + 1);
		}

		expect(await dump(bench)).toBe(before);
		// The requests reached every kind of refusal, not only the first check.
		expect([...seen.keys()].sort()).toEqual(
			expect.arrayContaining([
				'bad-request',
				'key',
				'method',
				'not-found',
				'origin',
				'token',
				'too-large',
				'unsupported'
			])
		);
	}, 240_000);
});
