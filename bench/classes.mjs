// The class service under a school's load: 30 classes × 30 pupils (900 simulated devices) on 127.0.0.1,
// each joining and sending its result, on PGlite and on PostgreSQL, through the production server
// (`node build-server`). Bounded concurrency (30 devices at a time); each device has an address of its
// own (X-Forwarded-For, as behind a load balancer) so the per-address limit sees 900 devices, not one.
// Figures: p50/p95 of sending a result, results a second, the whole run, and the rows counted afterwards.
// On PostgreSQL the same run also goes through two server processes at once (devices alternate between
// them, as behind a load balancer), whose rate limits are shared in the database.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import pg from 'pg';
import { postgresUrl } from '../scripts/postgres.mjs';
import { startServer, stopServer } from '../scripts/class-server.mjs';

const CLASSES = 30;
const PUPILS = 30;
const AT_ONCE = 30;
const PORTS = [4181, 4182];

/** An assignment link's code, as src/lib/teach/codes.ts makes it. */
function assignmentCode(assignment) {
	const body = deflateRawSync(Buffer.from(JSON.stringify(assignment))).toString('base64url');
	const sum = createHash('sha256').update(body).digest().subarray(0, 6).toString('base64url');
	return `A1.${body}.${sum}`;
}

/** The servers of the run now: a device always reaches the same one (its own connection, its own address). */
let ports = [PORTS[0]];
async function call(method, path, { body, secret, device = 0 } = {}) {
	const started = performance.now();
	const origin = `http://127.0.0.1:${ports[device % ports.length]}`;
	const response = await fetch(`${origin}/api${path}`, {
		method,
		headers: {
			'x-forwarded-for': `10.${(device >> 16) & 255}.${(device >> 8) & 255}.${device & 255}`,
			...(body ? { 'content-type': 'application/json' } : {}),
			...(secret ? { authorization: `Bearer ${secret}` } : {})
		},
		body: body ? JSON.stringify(body) : undefined
	});
	const data = await response.json();
	return { status: response.status, data, ms: performance.now() - started };
}

/** Runs `work` for every item, `AT_ONCE` at a time. */
async function bounded(items, work) {
	const out = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: AT_ONCE }, async () => {
			while (next < items.length) {
				const i = next++;
				out[i] = await work(items[i], i);
			}
		})
	);
	return out;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n) => Math.round(n * 10) / 10;

async function run() {
	const started = performance.now();
	const classes = [];
	for (let c = 0; c < CLASSES; c++) {
		const created = await call('POST', '/classes', { body: { name: `Klasse ${c + 1}` }, device: 60000 + c });
		if (created.status !== 200) throw new Error(`class ${c}: ${JSON.stringify(created.data)}`);
		const assignment = {
			v: 1,
			id: `bench${String(c).padStart(3, '0')}`,
			title: 'Rein',
			group: `Klasse ${c + 1}`,
			due: '2026-12-18',
			goal: { kind: 'recall', target: 80 },
			decks: [{ builtIn: 'reindeer-1' }]
		};
		const sent = await call('PUT', `/classes/${created.data.id}/assignments/${assignment.id}`, {
			secret: created.data.key,
			body: { code: assignmentCode(assignment) },
			device: 60000 + c
		});
		if (sent.status !== 200) throw new Error(`assignment ${c}: ${JSON.stringify(sent.data)}`);
		classes.push({ ...created.data, assignment: assignment.id });
	}
	const devices = classes.flatMap((cls, c) =>
		Array.from({ length: PUPILS }, (_, p) => ({ cls, device: c * PUPILS + p }))
	);
	const joined = await bounded(devices, async ({ cls, device }) => {
		const answer = await call('POST', '/join', {
			body: { code: cls.joinCode, nick: `Elev ${device}` },
			device
		});
		if (answer.status !== 200) throw new Error(`join ${device}: ${JSON.stringify(answer.data)}`);
		return { ...answer.data, cls, device };
	});
	const sendStart = performance.now();
	const words = Array.from({ length: 20 }, (_, i) => [`reindeer-1/w${i}`, 40 + (i % 60), i % 2]);
	const sent = await bounded(joined, async ({ token, cls, device }) =>
		call('PUT', `/pupil/results/${cls.assignment}`, {
			secret: token,
			body: { words, done: null, at: Date.now() },
			device
		})
	);
	const sendSeconds = (performance.now() - sendStart) / 1000;
	const ok = sent.filter((answer) => answer.status === 200 && answer.data.stored).length;
	let stored = 0;
	for (const cls of classes) {
		const answer = await call('GET', `/classes/${cls.id}/assignments/${cls.assignment}/results`, {
			secret: cls.key,
			device: 61000
		});
		stored += answer.data.results.length;
	}
	const latencies = sent.map((answer) => answer.ms).sort((a, b) => a - b);
	return {
		devices: devices.length,
		resultP50Ms: round(percentile(latencies, 50)),
		resultP95Ms: round(percentile(latencies, 95)),
		resultsPerSecond: Math.round(ok / sendSeconds),
		allResultsSeconds: round(sendSeconds),
		wholeRunSeconds: round((performance.now() - started) / 1000),
		sent: devices.length,
		accepted: ok,
		storedRows: stored,
		lost: devices.length - stored
	};
}

async function on(env, processes = 1) {
	ports = PORTS.slice(0, processes);
	const servers = [];
	try {
		for (const port of ports) servers.push(await startServer(env, port));
		return { processes, ...(await run()) };
	} finally {
		await Promise.all(servers.map(stopServer));
	}
}

export async function classesBench() {
	const dir = mkdtempSync(join(tmpdir(), 'lieredh-bench-'));
	const pglite = await on({ LIEREDH_DATA_DIR: dir }, 1);
	rmSync(dir, { recursive: true, force: true });

	const admin = new pg.Client({ connectionString: postgresUrl() });
	await admin.connect();
	/** A run on a database of its own on the test PostgreSQL, dropped afterwards. */
	const onPostgres = async (processes) => {
		const name = `lieredh_bench_${Date.now().toString(36)}_${processes}`;
		await admin.query(`CREATE DATABASE ${name}`);
		try {
			return await on({ DATABASE_URL: postgresUrl(name) }, processes);
		} finally {
			await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
		}
	};
	try {
		const postgres = await onPostgres(1);
		const postgresTwoProcesses = await onPostgres(2);
		return { pglite, postgres, postgresTwoProcesses };
	} finally {
		await admin.end();
	}
}

if (import.meta.url === `file://${process.argv[1]}`)
	console.log(JSON.stringify(await classesBench(), null, '\t'));
