/**
 * The online-class service on a device (fake IndexedDB) against the real API on an in-memory PGlite,
 * with `fetch` routed to it and a switch for being offline: what is stored before it is sent, what
 * waits, what is sent once, and what happens when the teacher removes a pupil.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/database';
import { pendingResults } from '$lib/db/classes';
import { pgliteBench, type Bench } from '$lib/server/classes/testing';
import { answerCard, reindeerAssignment, ownReindeerDeck } from '$lib/testing/fixtures';
import { cardIdsOfWord, wordKeyOf } from '$lib/study/records';
import { Rating } from 'ts-fsrs';
import { keepAssignment, resultsFor } from '$lib/db/teaching';
import type { Assignment } from '$lib/teach/assignment';
import {
	classView,
	createOnlineClass,
	myClasses,
	pullResults,
	removePupil,
	sendToClass,
	takeBack
} from './classes';
import { joinClass, leaveClass, myMembership, reportAfterSession, syncClass } from './pupilSync';

const assignment: Assignment = { ...reindeerAssignment, decks: [{ own: ownReindeerDeck }] };
let bench: Bench;
let offline = false;
/** The network is there but the class server does not answer (down or restarting). */
let serverDown = false;
let requests = 0;
/** Holds the next request whose method and path match until `release`: a slow network, on demand. */
interface Held {
	method: string;
	path: RegExp;
	/** Resolves once the request has reached the network and is being held. */
	reached: Promise<void>;
	release: () => void;
}
let held: (Held & { reach: () => void; released: Promise<void> }) | undefined;
function hold(method: string, path: RegExp): Held {
	let release!: () => void;
	let reach!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const reached = new Promise<void>((resolve) => (reach = resolve));
	held = { method, path, reached, release, reach, released };
	return held;
}

beforeAll(async () => {
	bench = await pgliteBench();
	// The browser's own idea of being online follows the switch, as a phone's would.
	vi.stubGlobal('navigator', {
		get onLine() {
			return !offline;
		}
	});
	vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
		requests++;
		if (offline || serverDown) throw new TypeError('Failed to fetch');
		const method = init.method ?? 'GET';
		if (held && held.method === method && held.path.test(url)) {
			const waiting = held;
			held = undefined;
			waiting.reach();
			await waiting.released;
		}
		const answer = await bench.api.handle({
			method: init.method ?? 'GET',
			path: url.replace(/^\/api/, ''),
			headers: new Headers(init.headers),
			body: init.body as string | undefined,
			address: '10.0.0.1',
			origin: 'http://lieredh.test'
		});
		return new Response(JSON.stringify(answer.body), { status: answer.status });
	});
}, 60_000);
afterAll(async () => {
	vi.unstubAllGlobals();
	await bench.done();
});

async function freshDevice() {
	const db = database();
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
	offline = false;
}

/** A teacher's class with the assignment sent; the teacher's device is then wiped for the pupil's. */
async function classWithAssignment() {
	await freshDevice();
	const created = await createOnlineClass('5B');
	if (!created.ok) throw new Error(created.problem);
	await keepAssignment(database(), assignment, Date.now(), true);
	expect((await sendToClass(created.value.cls, assignment)).ok).toBe(true);
	const [cls] = await myClasses();
	await freshDevice();
	return { cls: cls!, joinCode: created.value.joinCode };
}

/** One word answered right by typing, as a session would store it. */
async function studyOneWord() {
	const [cardId] = cardIdsOfWord(wordKeyOf(ownReindeerDeck.id, 'bovtse'));
	await answerCard(database(), cardId!, Rating.Good, Date.now(), { exercise: 'typing', text: 'bovtse' });
}

const serverResults = async () =>
	(await bench.engine.query<{ n: string }>('SELECT count(*) AS n FROM results'))[0]!.n;

beforeEach(() => {
	requests = 0;
});

describe('a pupil’s device in an online class', () => {
	it('joins, opens the class’s assignment as a link would, and reports having it', async () => {
		const { cls, joinCode } = await classWithAssignment();
		const before = Number(await serverResults());
		const joined = await joinClass(joinCode, 'Ada');
		expect(joined.ok).toBe(true);
		expect(await myMembership()).toMatchObject({
			className: '5B',
			nick: 'Ada',
			assignments: [assignment.id]
		});
		expect((await database().assignments.get(assignment.id))?.id).toBe(assignment.id);
		expect(Number(await serverResults())).toBe(before + 1);
		expect(await pendingResults(database())).toEqual([]);
		expect(cls.sent).toEqual([assignment.id]);
	});

	it('keeps a result made offline in the outbox, and sends it once when back online', async () => {
		const { joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Biret');
		offline = true;
		// Unchanged, nothing to send; a session on the bus changes the result.
		expect(await reportAfterSession()).toMatchObject({ waiting: 0, problem: 'offline' });
		await studyOneWord();
		const waiting = await reportAfterSession();
		expect(waiting).toMatchObject({ waiting: 1, problem: 'offline' });
		expect((await pendingResults(database())).map((p) => p.assignmentId)).toEqual([assignment.id]);
		offline = false;
		expect(await syncClass()).toMatchObject({ waiting: 0 });
		expect(await pendingResults(database())).toEqual([]);
		// Nothing changed since: nothing is sent again.
		requests = 0;
		expect(await reportAfterSession()).toMatchObject({ waiting: 0 });
		expect(requests).toBe(1);
		const rows = await bench.engine.query(
			`SELECT r.at FROM results r JOIN pupils p ON p.id = r.pupil_id WHERE p.nickname = 'Biret'`
		);
		expect(rows).toHaveLength(1);
	});

	it('stops sending once the teacher removed the pupil, and keeps what was learned', async () => {
		const { cls, joinCode } = await classWithAssignment();
		const joined = await joinClass(joinCode, 'Cecilie');
		if (!joined.ok) throw new Error(joined.problem);
		expect((await removePupil(cls, joined.value.pupilId)).ok).toBe(true);
		expect(await syncClass()).toMatchObject({ problem: 'token', member: { removed: true } });
		requests = 0;
		expect(await reportAfterSession()).toMatchObject({ waiting: 0 });
		expect(requests).toBe(0);
		expect(await database().assignments.get(assignment.id)).toBeDefined();
	});

	it('leaves only when the server can be told, then forgets the class and what waited', async () => {
		const { joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Dávvet');
		offline = true;
		await studyOneWord();
		await reportAfterSession();
		expect(await pendingResults(database())).toHaveLength(1);
		expect(await leaveClass()).toEqual({ ok: false, problem: 'offline' });
		expect(await myMembership()).toBeDefined();
		offline = false;
		expect((await leaveClass()).ok).toBe(true);
		expect(await myMembership()).toBeUndefined();
		expect(await pendingResults(database())).toEqual([]);
	});

	it('a session ending while a sync sends: the sync goes round again and the server ends with the newest result', async () => {
		// The server's clock a minute ahead of the device's: results are dated by the device, as in a school.
		bench.clock.now = Date.now() + 60_000;
		const { cls, joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Elle');
		await studyOneWord();
		const slow = hold('PUT', /\/pupil\/results\//);
		const first = syncClass();
		await slow.reached;
		// The session that ends now answered one more word; its report is asked for while the old one is on its way.
		const [cardId] = cardIdsOfWord(wordKeyOf(ownReindeerDeck.id, 'bovtse'));
		await answerCard(database(), cardId!.replace('recognition', 'production'), Rating.Good, Date.now(), {
			exercise: 'typing',
			text: 'bovtse'
		});
		const second = reportAfterSession();
		slow.release();
		expect(await first).toMatchObject({ waiting: 0 });
		expect(await second).toMatchObject({ waiting: 0 });
		const pulled = await pullResults(cls, assignment.id);
		expect(pulled.ok).toBe(true);
		const [latest] = await resultsFor(database(), assignment.id);
		// The teacher sees the word known both ways: the upload in flight knew only one (recall 0).
		expect(latest!.words.find(([key]) => key.endsWith('/bovtse'))?.[1]).toBeGreaterThan(0);
		expect(await pendingResults(database())).toEqual([]);
	});

	it('leaving while a sync runs: the old sync writes nothing back, the membership stays gone', async () => {
		const { joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Finn');
		await studyOneWord();
		const slow = hold('GET', /\/pupil$/);
		const running = syncClass();
		await slow.reached;
		expect((await leaveClass()).ok).toBe(true);
		slow.release();
		await running;
		expect(await myMembership()).toBeUndefined();
		expect(await pendingResults(database())).toEqual([]);
	});

	it('tells a teacher the class server is not answering, not that they are offline', async () => {
		const { cls } = await classWithAssignment();
		serverDown = true;
		try {
			expect(await classView(cls)).toEqual({ ok: false, problem: 'unreachable' });
			offline = true;
			expect(await classView(cls)).toEqual({ ok: false, problem: 'offline' });
		} finally {
			serverDown = false;
			offline = false;
		}
	});

	it('makes no request at all on a device that never joined', async () => {
		await freshDevice();
		expect(await syncClass()).toEqual({ member: undefined, waiting: 0 });
		expect(await reportAfterSession()).toEqual({ member: undefined, waiting: 0 });
		expect(requests).toBe(0);
	});
});

describe('the teacher’s device', () => {
	it('pulls the class’s results into the on-device table, each pupil once, the newest kept', async () => {
		// The server's clock a minute ahead of the device's: results are dated by the device, as in a school.
		bench.clock.now = Date.now() + 60_000;
		const { cls, joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Elle');
		await freshDevice();
		const first = await pullResults(cls, assignment.id);
		expect(first).toEqual({ ok: true, value: { changed: 1, results: 1 } });
		expect(await pullResults(cls, assignment.id)).toEqual({ ok: true, value: { changed: 0, results: 1 } });
		expect((await resultsFor(database(), assignment.id)).map((r) => r.nick)).toEqual(['Elle']);
	});

	it('takes an assignment back from the class when it is deleted here', async () => {
		const { cls, joinCode } = await classWithAssignment();
		await joinClass(joinCode, 'Frank');
		await freshDevice();
		await database().settings.put({ key: 'onlineClasses', value: [cls] });
		expect(await takeBack(assignment.id)).toEqual([]);
		expect((await myClasses())[0]!.sent).toEqual([]);
		expect(await pullResults(cls, assignment.id)).toEqual({ ok: true, value: { changed: 0, results: 0 } });
	});
});
