/** The class API, request by request, on PGlite and on a real PostgreSQL: the same suite for both. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	readRecoveryCode,
	recoveryCode,
	type ClassView,
	type CreatedClass,
	type Joined
} from '$lib/classes/protocol';
import { showJoinCode } from '$lib/classes/joinCode';
import { counts, deleteUntouched, KEEP_UNTOUCHED_MS } from './store';
import { migrate } from './migrations';
import { MAX_CLASS_VOICES } from '$lib/classes/protocol';
import { writePack } from '$lib/sound/pack';
import { testRecording } from '$lib/testing/fixtures';
import { assignmentCode, call, ENGINES, result, testAssignment, type Bench } from './testing';

describe.each(ENGINES)('the class API on %s', (_name, open) => {
	let bench: Bench;
	beforeAll(async () => {
		bench = await open();
	}, 60_000);
	afterAll(() => bench?.done());

	const api = () => bench.api;
	async function newClass(name = '5B'): Promise<CreatedClass> {
		const created = await call(api(), 'POST', '/classes', { body: { name } });
		expect(created.status).toBe(200);
		return created.body as CreatedClass;
	}
	async function join(code: string, nick: string): Promise<Joined> {
		const joined = await call(api(), 'POST', '/join', { body: { code, nick } });
		expect(joined.status, JSON.stringify(joined.body)).toBe(200);
		return joined.body as Joined;
	}
	const send = async (cls: CreatedClass, assignment = testAssignment()) =>
		call(api(), 'PUT', `/classes/${cls.id}/assignments/${assignment.id}`, {
			secret: cls.key,
			body: { code: await assignmentCode(assignment) }
		});

	it('migrates once: a second start finds nothing to do', async () => {
		expect(await migrate(bench.engine)).toEqual([]);
	});

	it('makes a class with an id, a 256-bit key and a join code, and keeps only the key’s hash', async () => {
		const cls = await newClass('5B Røros');
		expect(cls.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(cls.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(cls.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		const [row] = await bench.engine.query('SELECT * FROM classes WHERE id = $1', [cls.id]);
		expect(JSON.stringify(row)).not.toContain(cls.key);
		expect(readRecoveryCode(`  ${recoveryCode(cls.id, cls.key)}\n`)).toEqual({ id: cls.id, key: cls.key });
	});

	it('shows a class only with its own key', async () => {
		const [mine, other] = [await newClass('5B'), await newClass('6A')];
		const seen = await call(api(), 'GET', `/classes/${mine.id}`, { secret: mine.key });
		expect(seen.status).toBe(200);
		expect((seen.body as ClassView).name).toBe('5B');
		for (const secret of [other.key, undefined, 'x', mine.key.slice(1) + 'A']) {
			const refused = await call(api(), 'GET', `/classes/${mine.id}`, { secret, address: '10.9.9.9' });
			expect(refused).toEqual({ status: 403, body: { error: 'key' } });
		}
		// A class that does not exist is refused the same way: ids cannot be probed.
		expect((await call(api(), 'GET', `/classes/${'A'.repeat(22)}`, { secret: mine.key })).body).toEqual({
			error: 'key'
		});
	});

	it('lets pupils join by code, however it is typed, each nickname once per class', async () => {
		const cls = await newClass();
		const ada = await join(showJoinCode(cls.joinCode).toLowerCase(), 'Ada');
		expect(ada.className).toBe('5B');
		expect(ada.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await call(api(), 'POST', '/join', { body: { code: cls.joinCode, nick: 'ADA' } })).toEqual({
			status: 409,
			body: { error: 'nick-taken' }
		});
		await join(`http://x/join#${showJoinCode(cls.joinCode)}`, 'Biret');
		const view = (await call(api(), 'GET', `/classes/${cls.id}`, { secret: cls.key })).body as ClassView;
		expect(view.pupils.map((p) => p.nick)).toEqual(['Ada', 'Biret']);
	});

	it('closes and renews the join code: an old code stops working', async () => {
		const cls = await newClass();
		const closed = await call(api(), 'POST', `/classes/${cls.id}/join-code`, {
			secret: cls.key,
			body: { open: false }
		});
		expect(closed.body).toEqual({ joinCode: null });
		expect((await call(api(), 'POST', '/join', { body: { code: cls.joinCode, nick: 'Ada' } })).body).toEqual({
			error: 'join-code'
		});
		const renewed = await call(api(), 'POST', `/classes/${cls.id}/join-code`, {
			secret: cls.key,
			body: { open: true }
		});
		const code = (renewed.body as { joinCode: string }).joinCode;
		expect(code).not.toBe(cls.joinCode);
		await join(code, 'Ada');
	});

	it('gives pupils the assignments sent to their class, checked as a link would be', async () => {
		const cls = await newClass();
		const pupil = await join(cls.joinCode, 'Ada');
		expect((await send(cls)).body).toEqual({ sent: true });
		const seen = await call(api(), 'GET', '/pupil', { secret: pupil.token });
		expect(seen.body).toEqual({
			className: '5B',
			nick: 'Ada',
			assignments: [{ id: 'reinW1ek', code: await assignmentCode() }],
			voices: []
		});
		// The id in the address must be the assignment's own; a code must be a whole, real assignment.
		const wrongId = await call(api(), 'PUT', `/classes/${cls.id}/assignments/otherId1`, {
			secret: cls.key,
			body: { code: await assignmentCode() }
		});
		expect(wrongId.status).toBe(400);
		const cut = (await assignmentCode()).slice(0, -3);
		const damaged = await call(api(), 'PUT', `/classes/${cls.id}/assignments/reinW1ek`, {
			secret: cls.key,
			body: { code: cut }
		});
		expect(damaged.status).toBe(400);
	});

	it('opens a short assignment link: the class’s code for its id, to anyone, and nothing for a wrong pair', async () => {
		const cls = await newClass();
		const other = await newClass('5C');
		await send(cls);
		const found = await call(api(), 'GET', `/assignments/${cls.id}/reinW1ek`);
		expect(found).toMatchObject({ status: 200, body: { code: await assignmentCode() } });
		// Another class's id with this assignment id, an unknown assignment, or a malformed id: not found.
		for (const path of [
			`/assignments/${other.id}/reinW1ek`,
			`/assignments/${cls.id}/otherId1`,
			'/assignments/x/y'
		])
			expect((await call(api(), 'GET', path)).status).toBe(404);
		// Taken back by the teacher: the short link stops working.
		await call(api(), 'DELETE', `/classes/${cls.id}/assignments/reinW1ek`, { secret: cls.key });
		expect((await call(api(), 'GET', `/assignments/${cls.id}/reinW1ek`)).status).toBe(404);
	});

	it('a class opening the short link together from one address never runs out; guessing does', async () => {
		const cls = await newClass();
		await send(cls);
		const address = '10.9.8.7';
		for (let i = 0; i < 90; i++)
			expect((await call(api(), 'GET', `/assignments/${cls.id}/reinW1ek`, { address })).status).toBe(200);
		const guesses = [];
		for (let i = 0; i < 70; i++)
			guesses.push((await call(api(), 'GET', `/assignments/${cls.id}/guess${i}xyz`, { address })).status);
		expect(guesses).toContain(429);
	});

	it('keeps the newest result of each pupil: sending twice, or late, changes nothing', async () => {
		const cls = await newClass();
		await send(cls);
		const ada = await join(cls.joinCode, 'Ada');
		const put = (body: unknown) => call(api(), 'PUT', '/pupil/results/reinW1ek', { secret: ada.token, body });
		const t = bench.clock.now - 60_000;
		expect((await put(result(t, 40))).body).toEqual({ stored: true });
		expect((await put(result(t, 40))).body).toEqual({ stored: false });
		expect((await put(result(t - 1000, 10))).body).toEqual({ stored: false });
		expect((await put(result(t + 1000, 90))).body).toEqual({ stored: true });
		const seen = await call(api(), 'GET', `/classes/${cls.id}/assignments/reinW1ek/results`, {
			secret: cls.key
		});
		expect(seen.body).toEqual({
			results: [{ pupil: ada.pupil.id, nick: 'Ada', words: result(0, 90).words, done: null, at: t + 1000 }]
		});
		const [row] = await bench.engine.query('SELECT count(*) AS n FROM results WHERE class_id = $1', [cls.id]);
		expect(Number(row!.n)).toBe(1);
	});

	it('never dates a result after now: a clock running ahead cannot win over later results', async () => {
		const cls = await newClass();
		await send(cls);
		const ada = await join(cls.joinCode, 'Ada');
		const put = (body: unknown) => call(api(), 'PUT', '/pupil/results/reinW1ek', { secret: ada.token, body });
		await put(result(bench.clock.now + 365 * 86_400_000, 10));
		bench.clock.now += 1000;
		expect((await put(result(bench.clock.now, 70))).body).toEqual({ stored: true });
	});

	it('takes results only for the pupil’s own class’s assignments', async () => {
		const [mine, other] = [await newClass(), await newClass()];
		await send(other, testAssignment('otherAs1'));
		const ada = await join(mine.joinCode, 'Ada');
		const refused = await call(api(), 'PUT', '/pupil/results/otherAs1', {
			secret: ada.token,
			body: result(bench.clock.now)
		});
		expect(refused).toEqual({ status: 404, body: { error: 'not-found' } });
		const theirs = await call(api(), 'GET', `/classes/${other.id}/assignments/otherAs1/results`, {
			secret: other.key
		});
		expect(theirs.body).toEqual({ results: [] });
	});

	it('deletes a pupil with their results, and a whole class with everything in it', async () => {
		const before = await counts(bench.engine);
		const cls = await newClass();
		await send(cls);
		const [ada, biret] = [await join(cls.joinCode, 'Ada'), await join(cls.joinCode, 'Biret')];
		for (const pupil of [ada, biret]) {
			await call(api(), 'PUT', '/pupil/results/reinW1ek', {
				secret: pupil.token,
				body: result(bench.clock.now)
			});
		}
		const removed = await call(api(), 'DELETE', `/classes/${cls.id}/pupils/${ada.pupil.id}`, {
			secret: cls.key
		});
		expect(removed.body).toEqual({ deleted: true });
		expect((await call(api(), 'GET', '/pupil', { secret: ada.token })).status).toBe(401);
		const left = await call(api(), 'GET', `/classes/${cls.id}/assignments/reinW1ek/results`, {
			secret: cls.key
		});
		expect((left.body as { results: { nick: string }[] }).results.map((r) => r.nick)).toEqual(['Biret']);

		expect((await call(api(), 'DELETE', `/classes/${cls.id}`, { secret: cls.key })).body).toEqual({
			deleted: true
		});
		expect(await counts(bench.engine)).toEqual(before);
		expect((await call(api(), 'GET', '/pupil', { secret: biret.token })).status).toBe(401);
	});

	it('lets a pupil leave: their nickname and results go with them', async () => {
		const cls = await newClass();
		const ada = await join(cls.joinCode, 'Ada');
		expect((await call(api(), 'DELETE', '/pupil', { secret: ada.token })).body).toEqual({ deleted: true });
		const view = (await call(api(), 'GET', `/classes/${cls.id}`, { secret: cls.key })).body as ClassView;
		expect(view.pupils).toEqual([]);
	});

	it('deletes classes nobody used for 13 months, and only those', async () => {
		const [idle, used] = [await newClass('idle'), await newClass('used')];
		bench.clock.now += KEEP_UNTOUCHED_MS - 86_400_000;
		await call(api(), 'GET', `/classes/${used.id}`, { secret: used.key });
		bench.clock.now += 2 * 86_400_000;
		expect(await deleteUntouched(bench.engine, bench.clock.now)).toBeGreaterThanOrEqual(1);
		const ids = (await bench.engine.query<{ id: string }>('SELECT id FROM classes')).map((row) => row.id);
		expect(ids).toContain(used.id);
		expect(ids).not.toContain(idle.id);
	});

	it('refuses what is not a well-formed request, each with its own code', async () => {
		const cls = await newClass();
		const cases: [string, string, Parameters<typeof call>[3], number, string][] = [
			['POST', '/classes', { raw: '{"name":' }, 400, 'bad-request'],
			['POST', '/classes', { body: { name: '' } }, 400, 'bad-request'],
			['POST', '/classes', { body: { name: 'x'.repeat(61) } }, 400, 'bad-request'],
			['POST', '/classes', { body: { name: '5B', admin: true } }, 400, 'bad-request'],
			['POST', '/classes', { body: { name: 'a\u202Eb' } }, 400, 'bad-request'],
			[
				'POST',
				'/classes',
				{ raw: 'name=5B', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
				415,
				'unsupported'
			],
			['POST', '/classes', { raw: 'x'.repeat(300_000) }, 413, 'too-large'],
			[
				'POST',
				'/classes',
				{ body: { name: '5B' }, headers: { origin: 'https://evil.example' } },
				403,
				'origin'
			],
			['GET', '/classes', {}, 405, 'method'],
			['GET', '/nowhere', {}, 404, 'not-found'],
			['POST', '/join', { body: { code: 'AAAA-AAAA', nick: 'Ada' } }, 404, 'join-code'],
			['POST', '/join', { body: { code: cls.joinCode, nick: 'x'.repeat(31) } }, 400, 'bad-request'],
			['PUT', '/pupil/results/reinW1ek', { body: result(1), secret: 'A'.repeat(43) }, 401, 'token']
		];
		for (const [method, path, options, status, error] of cases) {
			expect(
				await call(api(), method, path, { address: '10.1.1.1', ...options }),
				`${method} ${path}`
			).toEqual({
				status,
				body: { error }
			});
		}
	});

	it('a school behind one address: 25 wrong codes, then the right code, uploads and the teacher’s view all pass', async () => {
		const cls = await newClass();
		await send(cls);
		const school = { address: '10.20.0.1' };
		const joined = await join(cls.joinCode, 'Ada');
		for (let i = 0; i < 25; i++) {
			const typo = await call(api(), 'POST', '/join', {
				...school,
				body: { code: 'AAAA-AAA' + (i % 9), nick: `x${i}` }
			});
			expect(typo.body).toEqual({ error: 'join-code' });
		}
		const right = await call(api(), 'POST', '/join', {
			...school,
			body: { code: cls.joinCode, nick: 'Biret' }
		});
		expect(right.status).toBe(200);
		const upload = await call(api(), 'PUT', '/pupil/results/reinW1ek', {
			...school,
			secret: joined.token,
			body: result(bench.clock.now)
		});
		expect(upload.body).toEqual({ stored: true });
		expect((await call(api(), 'GET', `/classes/${cls.id}`, { ...school, secret: cls.key })).status).toBe(200);
	});

	it('refuses wrong keys and tokens without counting them: 100 in a row never lock the right one out', async () => {
		const cls = await newClass();
		const from = { address: '10.20.0.2' };
		for (let i = 0; i < 100; i++) {
			const wrongKey = await call(api(), 'GET', `/classes/${cls.id}`, { ...from, secret: 'B'.repeat(43) });
			expect(wrongKey.status).toBe(403);
			const wrongToken = await call(api(), 'GET', '/pupil', { ...from, secret: 'C'.repeat(43) });
			expect(wrongToken.status).toBe(401);
		}
		expect((await call(api(), 'GET', `/classes/${cls.id}`, { ...from, secret: cls.key })).status).toBe(200);
	});

	it('stops an address guessing join codes, before the database is asked, even all at once', async () => {
		const cls = await newClass();
		const guesses = await Promise.all(
			Array.from({ length: 120 }, (_, i) =>
				call(api(), 'POST', '/join', {
					address: '10.66.6.6',
					body: { code: `AAAA-${String(1000 + i).replace(/[01]/g, 'A')}`, nick: 'x' }
				})
			)
		);
		const statuses = guesses.map((g) => g.status);
		// 60 tries reach the database (all wrong), the rest wait, however many arrive together.
		expect(statuses.filter((s) => s === 404)).toHaveLength(60);
		expect(statuses.filter((s) => s === 429)).toHaveLength(60);
		// Even the right code waits now, from that address; other addresses are not held up.
		expect(
			(
				await call(api(), 'POST', '/join', {
					address: '10.66.6.6',
					body: { code: cls.joinCode, nick: 'Ada' }
				})
			).status
		).toBe(429);
		expect(
			(
				await call(api(), 'POST', '/join', {
					address: '10.66.6.7',
					body: { code: cls.joinCode, nick: 'Ada' }
				})
			).status
		).toBe(200);
	});

	it('a join flood with the code from the board: the class stops at its cap, and the teacher gets through', async () => {
		const cls = await newClass();
		const flood = await Promise.all(
			Array.from({ length: 80 }, (_, i) =>
				call(api(), 'POST', '/join', { address: '10.77.7.7', body: { code: cls.joinCode, nick: `bot${i}` } })
			)
		);
		expect(flood.filter((f) => f.status === 200)).toHaveLength(60);
		const more = await call(api(), 'POST', '/join', {
			address: '10.77.7.8',
			body: { code: cls.joinCode, nick: 'one-more' }
		});
		expect(more).toEqual({ status: 409, body: { error: 'class-full' } });
		// The teacher, meanwhile, sees the class and closes joining.
		const seen = await call(api(), 'GET', `/classes/${cls.id}`, { address: '10.1.2.3', secret: cls.key });
		expect((seen.body as ClassView).pupils).toHaveLength(60);
		const closed = await call(api(), 'POST', `/classes/${cls.id}/join-code`, {
			address: '10.1.2.3',
			secret: cls.key,
			body: { open: false }
		});
		expect(closed.body).toEqual({ joinCode: null });
	});

	it('refuses hidden characters and broken text in every field, storing nothing', async () => {
		const before = await counts(bench.engine);
		const cls = await newClass();
		await send(cls);
		const ada = await join(cls.joinCode, 'Sara');
		await join(cls.joinCode, 'Åsa');
		const refused: [string, string, Parameters<typeof call>[3]][] = [
			['POST', '/classes', { body: { name: 'Klasse\u0000' } }],
			['POST', '/classes', { body: { name: 'Klasse \ud800' } }],
			['POST', '/join', { body: { code: cls.joinCode, nick: 'Sara\u200B' } }],
			['POST', '/join', { body: { code: cls.joinCode, nick: 'Sa\u00ADra' } }],
			['POST', '/join', { body: { code: cls.joinCode, nick: 'Sara\u2060' } }],
			['POST', '/join', { body: { code: cls.joinCode, nick: '\u061CSara' } }],
			['POST', '/join', { body: { code: cls.joinCode, nick: '\u200FSara' } }],
			[
				'PUT',
				'/pupil/results/reinW1ek',
				{ secret: ada.token, body: { ...result(1), words: [['reindeer-1/bov\u0000tse', 40, 1]] } }
			],
			[
				'PUT',
				'/pupil/results/reinW1ek',
				{ secret: ada.token, body: { ...result(1), words: [['reindeer-1/\udc00', 40, 1]] } }
			],
			[
				'PUT',
				`/classes/${cls.id}/assignments/nulTitle1`,
				{ secret: cls.key, body: { code: await assignmentCode(testAssignment('nulTitle1', 'Rein\u0000')) } }
			]
		];
		for (const [method, path, options] of refused) {
			expect(
				await call(api(), method, path, options),
				`${method} ${path} ${JSON.stringify(options)}`
			).toEqual({
				status: 400,
				body: { error: 'bad-request' }
			});
		}
		// Å written as A and a combining ring is Åsa; capitals never make another pupil, on either engine.
		for (const nick of ['A\u030Asa', 'SARA', 'åsa']) {
			expect((await call(api(), 'POST', '/join', { body: { code: cls.joinCode, nick } })).body).toEqual({
				error: 'nick-taken'
			});
		}
		await join(cls.joinCode, 'Øystein');
		expect(
			(await call(api(), 'POST', '/join', { body: { code: cls.joinCode, nick: 'øystein' } })).body
		).toEqual({
			error: 'nick-taken'
		});
		// A body that is not UTF-8 is refused as it is, never stored with replacement characters.
		const malformed = await api().handle({
			method: 'POST',
			path: '/classes',
			headers: new Headers({ 'content-type': 'application/json' }),
			body: 'malformed',
			address: '10.0.0.1',
			origin: 'http://lieredh.test'
		});
		expect(malformed).toEqual({ status: 400, body: { error: 'bad-request' } });
		const view = (await call(api(), 'GET', `/classes/${cls.id}`, { secret: cls.key })).body as ClassView;
		expect(view.pupils.map((p) => p.nick)).toEqual(['Sara', 'Åsa', 'Øystein']);
		expect(view.assignments.map((a) => a.id)).toEqual(['reinW1ek']);
		const after = await counts(bench.engine);
		expect(after.classes - before.classes).toBe(1);
		expect(after.results - before.results).toBe(0);
	});

	it('stores a nickname that looks like HTML or SQL as the text it is', async () => {
		const cls = await newClass();
		const nick = `<b>Ada</b>'; DROP TABLE pupils;--`.slice(0, 30);
		await join(cls.joinCode, nick);
		const view = (await call(api(), 'GET', `/classes/${cls.id}`, { secret: cls.key })).body as ClassView;
		expect(view.pupils.map((p) => p.nick)).toEqual([nick]);
	});

	describe('voices', () => {
		const opus = testRecording();
		const voice = { speaker: 'Ella Sara', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' };
		const packOf = (id: string, takes = 2) =>
			Buffer.from(
				writePack({
					id,
					voice,
					takes: ['bovtse', 'vuencie', 'gaerpie'].slice(0, takes).map((cardId) => ({
						deckId: 'reindeer-1',
						cardId,
						extension: 'ogg' as const,
						bytes: opus
					}))
				})
			).toString('base64');
		const put = (cls: CreatedClass, id: string, pack: string, secret = cls.key) =>
			call(api(), 'PUT', `/classes/${cls.id}/voices/${id}`, { secret, body: { pack } });

		it('a teacher’s pack reaches the class’s pupils, and only them', async () => {
			const [cls, other] = [await newClass(), await newClass('6A')];
			const ada = await join(cls.joinCode, 'Ada');
			const outsider = await join(other.joinCode, 'Biret');
			expect(await put(cls, 'ella-sara-reindeer-1', packOf('ella-sara-reindeer-1'))).toEqual({
				status: 200,
				body: { stored: true }
			});
			// The class view lists them (a device fetches a pack only when it is new or changed).
			const view = (await call(api(), 'GET', '/pupil', { secret: ada.token })).body as { voices: unknown[] };
			expect(view.voices).toHaveLength(1);
			const listed = await call(api(), 'GET', '/pupil/voices', { secret: ada.token });
			expect(listed.body).toEqual({
				voices: [
					{
						id: 'ella-sara-reindeer-1',
						speaker: 'Ella Sara',
						bytes: expect.any(Number),
						updated: expect.any(Number)
					}
				]
			});
			const fetched = await call(api(), 'GET', '/pupil/voices/ella-sara-reindeer-1', { secret: ada.token });
			expect((fetched.body as { pack: string }).pack).toBe(packOf('ella-sara-reindeer-1'));
			// Another class's pupil, another class's key: nothing.
			expect((await call(api(), 'GET', '/pupil/voices', { secret: outsider.token })).body).toEqual({
				voices: []
			});
			expect(
				(await call(api(), 'GET', '/pupil/voices/ella-sara-reindeer-1', { secret: outsider.token })).status
			).toBe(404);
			expect((await put(cls, 'x-1', packOf('x-1'), other.key)).body).toEqual({ error: 'key' });
			// Sent again, it replaces; taken back, it is gone.
			expect((await put(cls, 'ella-sara-reindeer-1', packOf('ella-sara-reindeer-1', 3))).status).toBe(200);
			expect(
				((await call(api(), 'GET', '/pupil/voices', { secret: ada.token })).body as { voices: unknown[] })
					.voices
			).toHaveLength(1);
			expect(
				(await call(api(), 'DELETE', `/classes/${cls.id}/voices/ella-sara-reindeer-1`, { secret: cls.key }))
					.status
			).toBe(200);
			expect((await call(api(), 'GET', '/pupil/voices', { secret: ada.token })).body).toEqual({ voices: [] });
		});

		it.each<[string, string, string]>([
			['not base64', 'a-1', 'not base64!'],
			['not a zip', 'a-1', Buffer.from('hello').toString('base64')],
			['a pack whose id is another voice', 'a-1', ''],
			['an id that is not one', 'A%20B', '']
		])('refuses %s', async (_, id, pack) => {
			const cls = await newClass();
			const body = pack || packOf('b-2');
			expect((await put(cls, id, body)).body).toEqual({ error: 'bad-request' });
			expect((await call(api(), 'GET', `/classes/${cls.id}/voices`, { secret: cls.key })).body).toEqual({
				voices: []
			});
		});

		it('holds a class to its voices cap', async () => {
			const cls = await newClass();
			for (let i = 0; i < MAX_CLASS_VOICES; i++)
				expect((await put(cls, `v-${i}`, packOf(`v-${i}`))).status).toBe(200);
			expect((await put(cls, 'one-more', packOf('one-more'))).body).toEqual({ error: 'too-large' });
			// Replacing one it has is fine.
			expect((await put(cls, 'v-0', packOf('v-0', 3))).status).toBe(200);
		});
	});
});
