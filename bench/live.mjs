// The live class game under a school's load (#27): 30 games × 30 pupils at once through two server
// processes (`node build-server`) on one PostgreSQL, devices alternating between them as behind a load
// balancer, each with an address of its own (X-Forwarded-For). Every screen follows its game as
// server-sent events. After the second question one process is killed (SIGKILL) while the class says the
// word together: its screens come back through the other, and an answer that failed is sent again there.
// Figures: question → every phone (from the teacher's "next" to each phone seeing the question),
// answer → teacher's screen (from a phone sending its answer to the projector showing it answered),
// and answers lost (sent by a phone, not in the game afterwards).
import pg from 'pg';
import { postgresUrl } from '../scripts/postgres.mjs';
import { startServer, stopServer } from '../scripts/class-server.mjs';

// LIVE_GAMES and LIVE_PUPILS make a smaller run (a quick look while working on it).
const GAMES = Number(process.env.LIVE_GAMES ?? 30);
const PUPILS = Number(process.env.LIVE_PUPILS ?? 30);
const QUESTIONS = 5;
const PORTS = [4183, 4184];
const WORDS = ['bovtse', 'miesie', 'aaltoe', 'sarva', 'soehpenje'].map((word) => `reindeer-1/${word}`);

/** The ports still up: a device reaches `alive[device % alive.length]`. */
let alive = [...PORTS];
const addressOf = (device) => `10.${(device >> 16) & 255}.${(device >> 8) & 255}.${device & 255}`;
const originOf = (device) => `http://127.0.0.1:${alive[device % alive.length]}`;

async function call(method, path, { body, secret, device }) {
	for (let attempt = 0; ; attempt++) {
		try {
			const response = await fetch(`${originOf(device + attempt)}/api${path}`, {
				method,
				headers: {
					'x-forwarded-for': addressOf(device),
					...(body ? { 'content-type': 'application/json' } : {}),
					...(secret ? { authorization: `Bearer ${secret}` } : {})
				},
				body: body ? JSON.stringify(body) : undefined
			});
			return { status: response.status, data: await response.json(), attempts: attempt + 1 };
		} catch (error) {
			// A process that went away: the same request again through another at once (a load balancer's
			// retry), then a little later.
			if (attempt >= 5) throw error;
			if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

/**
 * Follows a game's views as the app does (services/live.ts, followGame): one stream, opened again
 * elsewhere when it drops — at once for the projector, within `spreadMs` for a phone — or a second later
 * when it could not open.
 */
function follow(code, token, device, onView, spreadMs) {
	let stopped = false;
	let controller;
	let reconnects = 0;
	let worked = false;
	void (async () => {
		for (let attempt = 0; !stopped; attempt++) {
			controller = new AbortController();
			try {
				const response = await fetch(`${originOf(device + attempt)}/api/live/${code}/events`, {
					headers: { 'x-forwarded-for': addressOf(device), authorization: `Bearer ${token}` },
					signal: controller.signal
				});
				if (!response.ok) throw new Error(`stream ${response.status}`);
				let buffer = '';
				const decoder = new TextDecoder();
				worked = false;
				for await (const chunk of response.body) {
					buffer += decoder.decode(chunk, { stream: true });
					let end;
					while ((end = buffer.indexOf('\n\n')) !== -1) {
						const block = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						if (block.startsWith('data: ')) {
							worked = true;
							onView(JSON.parse(block.slice(6)));
						}
					}
				}
			} catch {
				if (stopped) return;
			}
			if (!stopped) {
				reconnects++;
				await new Promise((resolve) => setTimeout(resolve, worked ? Math.random() * spreadMs : 1000));
			}
		}
	})();
	return {
		stop() {
			stopped = true;
			controller?.abort();
		},
		get reconnects() {
			return reconnects;
		}
	};
}

/** Resolves when `test` holds, now or at a later view, or rejects after `ms` saying what was awaited. */
function until(waiters, test, what, ms = 30_000) {
	if (test()) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what()}`)), ms);
		waiters.push(() => {
			if (!test()) return false;
			clearTimeout(timer);
			resolve();
			return true;
		});
	});
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n) => Math.round(n * 10) / 10;

async function playGame(g, kill) {
	const teacherDevice = 60000 + g;
	const cls = (await call('POST', '/classes', { body: { name: `Klasse ${g + 1}` }, device: teacherDevice }))
		.data;
	const game = (
		await call('POST', `/classes/${cls.id}/live`, {
			secret: cls.key,
			body: { title: 'Reinen', words: WORDS, seconds: 30, teams: 0, ranking: true },
			device: teacherDevice
		})
	).data;
	if (!game.code) throw new Error(`game ${g}: ${JSON.stringify(game)}`);
	let projector;
	const waiters = [];
	const notify = () => {
		for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
	};
	const teacher = follow(
		game.code,
		game.token,
		teacherDevice,
		(view) => {
			projector = view;
			const now = performance.now();
			for (const player of view.players ?? [])
				if (player.answered && sentAt.has(player.id)) {
					answerMs.push({ question: view.current, ms: now - sentAt.get(player.id) });
					sentAt.delete(player.id);
				}
			notify();
		},
		0
	);
	const sentAt = new Map();
	const answerMs = [];
	const questionMs = [];
	let nextAt = 0;
	const failures = [];
	const pupils = [];
	for (let p = 0; p < PUPILS; p++) {
		const device = g * PUPILS + p;
		const joined = (
			await call('POST', `/live/${game.code}/players`, { body: { nick: `Elev ${p + 1}`, offset: 0 }, device })
		).data;
		if (!joined.token) throw new Error(`join ${g}/${p}: ${JSON.stringify(joined)}`);
		const pupil = { ...joined, device, seen: -1, sent: 0 };
		pupil.stream = follow(
			game.code,
			joined.token,
			device,
			(view) => {
				if (view.phase === 'question' && view.current > pupil.seen) {
					pupil.seen = view.current;
					questionMs.push(performance.now() - nextAt);
					inFlight.push(answer(pupil, view.current));
				}
			},
			1000
		);
		pupils.push(pupil);
	}
	const inFlight = [];
	async function answer(pupil, question) {
		// A pupil reads and taps: 0.3 to 3 s.
		await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 2700));
		sentAt.set(pupil.player, performance.now());
		try {
			const sent = await call('POST', `/live/${game.code}/answers`, {
				secret: pupil.token,
				body: { question, option: Math.floor(Math.random() * 4), answeredAt: Date.now() },
				device: pupil.device
			});
			// Sent again after the process it first went to died: it may have been kept there already,
			// and the answer may even have been shown since (everyone else had answered).
			const again = sent.attempts > 1 && sent.data.error === 'not-now';
			if (sent.status === 200 || sent.data.error === 'answered' || again) pupil.sent++;
			else failures.push(`answer ${sent.status} ${JSON.stringify(sent.data)}`);
		} catch (error) {
			failures.push(`answer: ${error.message}`);
		}
	}
	const seen = () =>
		`game ${g} (${game.code}): the projector at ${projector?.phase} ${projector?.current}, revision ${projector?.revision}, ${projector?.players?.length} players, ${projector?.players?.filter((p) => p.answered).length} answered`;
	await until(
		waiters,
		() => projector?.players?.length === PUPILS,
		() => `all to join; ${seen()}`
	);
	for (let q = 0; q < QUESTIONS; q++) {
		// The moment to say the word together before the next question (1.5 s); after the second
		// question one process dies in it, and its screens come back through the other.
		if (q > 0)
			await Promise.all([new Promise((resolve) => setTimeout(resolve, 1500)), q === 2 ? kill() : undefined]);
		nextAt = performance.now();
		const next = await call('POST', `/live/${game.code}/control`, {
			secret: game.token,
			body: { action: 'next' },
			device: teacherDevice
		});
		if (next.status !== 200) throw new Error(`next ${g}/${q}: ${JSON.stringify(next.data)}`);
		// Everyone has answered: the server shows the answer by itself.
		await until(
			waiters,
			() => projector?.current === q && projector.phase === 'reveal',
			() => `question ${q} to be answered; ${seen()}`,
			60_000
		);
	}
	await Promise.all(inFlight);
	await call('POST', `/live/${game.code}/control`, {
		secret: game.token,
		body: { action: 'end' },
		device: teacherDevice
	});
	teacher.stop();
	for (const pupil of pupils) pupil.stream.stop();
	return {
		code: game.code,
		answerMs,
		questionMs,
		sent: pupils.reduce((sum, pupil) => sum + pupil.sent, 0),
		reconnects: pupils.reduce((sum, pupil) => sum + pupil.stream.reconnects, 0),
		failures
	};
}

export async function liveBench() {
	const admin = new pg.Client({ connectionString: postgresUrl() });
	await admin.connect();
	const name = `lieredh_bench_live_${Date.now().toString(36)}`;
	await admin.query(`CREATE DATABASE ${name}`);
	const servers = [];
	try {
		alive = [...PORTS];
		for (const port of PORTS) servers.push(await startServer({ DATABASE_URL: postgresUrl(name) }, port));
		let killed;
		// The first game to reach its third question kills the second process, once, for every game.
		const kill = () =>
			(killed ??= (async () => {
				alive = [PORTS[0]];
				const [dying] = servers.splice(1, 1);
				const gone = new Promise((resolve) => dying.once('exit', resolve));
				dying.kill('SIGKILL');
				await gone;
			})());
		const started = performance.now();
		const games = await Promise.all(Array.from({ length: GAMES }, (_, g) => playGame(g, kill)));
		const seconds = (performance.now() - started) / 1000;
		const db = new pg.Client({ connectionString: postgresUrl(name) });
		await db.connect();
		let stored = 0;
		for (const { code } of games) {
			const { rows } = await db.query('SELECT state FROM live_games WHERE code = $1', [code]);
			stored += JSON.parse(rows[0].state).answers.reduce((sum, list) => sum + list.length, 0);
		}
		await db.end();
		const timed = games.flatMap((game) => game.answerMs);
		const answers = timed.map((answer) => answer.ms);
		// Each question on its own: the kill falls between the second and the third.
		const byQuestion = Array.from({ length: QUESTIONS }, (_, q) =>
			round(
				percentile(
					timed.filter((answer) => answer.question === q).map((answer) => answer.ms),
					95
				)
			)
		);
		const questions = games.flatMap((game) => game.questionMs);
		const sent = games.reduce((sum, game) => sum + game.sent, 0);
		return {
			games: GAMES,
			pupils: GAMES * PUPILS,
			processes: PORTS.length,
			killedAfterQuestion: 2,
			answerToScreenP50Ms: round(percentile(answers, 50)),
			answerToScreenP95Ms: round(percentile(answers, 95)),
			answerToScreenP95MsByQuestion: byQuestion,
			questionToPhonesP50Ms: round(percentile(questions, 50)),
			questionToPhonesP95Ms: round(percentile(questions, 95)),
			answersSent: sent,
			answersStored: stored,
			lostAnswers: GAMES * PUPILS * QUESTIONS - stored,
			reconnects: games.reduce((sum, game) => sum + game.reconnects, 0),
			// What went wrong, if anything, by kind (a refused or failed answer): none in a good run.
			failures: games.flatMap((game) => game.failures).slice(0, 5),
			seconds: round(seconds)
		};
	} finally {
		await Promise.all(servers.map(stopServer));
		await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
		await admin.end();
	}
}

if (import.meta.url === `file://${process.argv[1]}`)
	console.log(JSON.stringify(await liveBench(), null, '\t'));
