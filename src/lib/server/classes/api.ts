/**
 * The online-class API, as plain functions from a request to an answer, so that the SvelteKit route is
 * a thin shell and the whole API can be tested (and fuzzed) on either engine without a network.
 *
 * Order of checks, for every request: rate limit by address, same origin, route and method, body size,
 * UTF-8, content type, JSON, schema (clean text only), then the key or token and the rate limit of that
 * kind of traffic (guards.ts) — and only then a query that writes. Every failure is `{ error: code }`
 * with its status; nothing else is said. A refusal is never reported as the database failing, nor a
 * database failure as the request's fault.
 */
import {
	API_ERRORS,
	ASSIGNMENT_ID,
	ChangeJoinCode,
	CreateClass,
	ID,
	isCleanText,
	Join,
	nickKey,
	MAX_CLASS_VOICE_BYTES,
	MAX_CLASS_VOICES,
	SendAssignment,
	SendResult,
	SendVoice,
	type ClassView,
	type CreatedClass,
	type Joined,
	type PupilView
} from '$lib/classes/protocol';
import { newJoinCode, readJoinCode } from '$lib/classes/joinCode';
import { openAssignmentCode } from '$lib/teach/open';
import { readPack } from '$lib/sound/pack';
import { VOICE_ID } from '$lib/sound/voice';
import type { Engine, Sql } from './engine';
import { Guards, json, refuse, Refusal } from './guards';
import { MAX_PUPILS, MemoryLimits, type LimitStore } from './limits';
import { hashOf, newId, newSecret } from './secrets';
import * as store from './store';
import { liveRoutes, type LiveStream } from './liveApi';
import { LiveWatch } from './liveWatch';

export interface ApiRequest {
	method: string;
	/** The path after `/api`, e.g. `/classes/abc`. */
	path: string;
	headers: Headers;
	/**
	 * The body as text; 'too-large' when it was longer than MAX_BODY_BYTES (not read further),
	 * 'malformed' when it was not UTF-8.
	 */
	body: string | 'too-large' | 'malformed' | undefined;
	/** The client's address: a rate-limit key only, never stored. */
	address: string;
	/** This server's own origin (`http://host:port`): any other `Origin` is refused. */
	origin: string;
}

export interface ApiAnswer {
	status: number;
	body: unknown;
}

export interface Api {
	handle(request: ApiRequest): Promise<ApiAnswer>;
	/**
	 * A live game's server-sent events (`GET /live/:code/events`): `send` gets each view; a refusal is
	 * answered like any other request's.
	 */
	stream(request: ApiRequest, send: (view: unknown) => void): Promise<ApiAnswer | LiveStream>;
	/** Stops what runs in the background (the live games' watch). */
	close(): void;
}

export interface ApiOptions {
	now?: () => number;
	/** Where rate limits are kept (default: this process's memory; with PostgreSQL: shared by all). */
	limits?: LimitStore;
	/** How steps taken by other processes are heard at once (PostgreSQL's LISTEN); else they are looked for. */
	listen?: Engine['listen'];
}

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);

export function classApi(
	sql: Sql,
	{ now = () => Date.now(), limits = new MemoryLimits(), listen }: ApiOptions = {}
): Api {
	// The address limit is the first check of every request and stays in memory: a flood is stopped
	// before it costs the database anything (with several processes, each has its own).
	const addresses = new MemoryLimits();
	const guards = new Guards(sql, limits, now);
	const watch = new LiveWatch(sql, listen);
	const live = liveRoutes(sql, guards, now, random, watch);

	async function view(row: store.ClassRow): Promise<ClassView> {
		const [pupils, assignments] = await Promise.all([
			store.pupilsOf(sql, row.id),
			store.assignmentsOf(sql, row.id)
		]);
		return { id: row.id, name: row.name, joinCode: row.join_code, pupils, assignments };
	}

	/** A join code no other class has (a clash is one in 10¹¹; the unique index is the last word). */
	async function freeJoinCode(): Promise<string> {
		for (;;) {
			const code = newJoinCode(random);
			if (!(await store.classByJoinCode(sql, code))) return code;
		}
	}

	type Route = (request: ApiRequest, params: string[]) => Promise<unknown>;
	const routes: [method: string, pattern: RegExp, route: Route][] = [
		['GET', /^\/health$/, async () => ({ ok: true })],

		[
			'POST',
			/^\/classes$/,
			async (request): Promise<CreatedClass> => {
				const { name } = json(request, CreateClass);
				await guards.spend('create', request.address);
				const [id, key, joinCode] = [newId(), newSecret(), await freeJoinCode()];
				await store.createClass(sql, { id, name, keyHash: hashOf(key), joinCode }, now());
				return { id, name, key, joinCode };
			}
		],
		[
			'GET',
			/^\/classes\/([^/]+)$/,
			async (request, [id]) => {
				const row = await guards.teacherClass(request, id!);
				await store.touchClass(sql, row.id, now());
				return view(row);
			}
		],
		[
			'DELETE',
			/^\/classes\/([^/]+)$/,
			async (request, [id]) => {
				const row = await guards.teacherClass(request, id!);
				await store.deleteClass(sql, row.id);
				return { deleted: true };
			}
		],
		[
			'POST',
			/^\/classes\/([^/]+)\/join-code$/,
			async (request, [id]) => {
				const { open } = json(request, ChangeJoinCode);
				const row = await guards.teacherClass(request, id!);
				// Opening always makes a new code: the old one (on an old photo of the board) stops working.
				const code = open ? await freeJoinCode() : null;
				await store.setJoinCode(sql, row.id, code);
				return { joinCode: code };
			}
		],
		[
			'DELETE',
			/^\/classes\/([^/]+)\/pupils\/([^/]+)$/,
			async (request, [id, pupilId]) => {
				const row = await guards.teacherClass(request, id!);
				if (!ID.test(pupilId!) || !(await store.deletePupil(sql, row.id, pupilId!))) refuse('not-found');
				return { deleted: true };
			}
		],
		[
			'PUT',
			/^\/classes\/([^/]+)\/assignments\/([^/]+)$/,
			async (request, [id, assignmentId]) => {
				const { code } = json(request, SendAssignment);
				const row = await guards.teacherClass(request, id!);
				// The same checks a pupil's device makes when it opens the link: a class gets only real assignments.
				const opened = await openAssignmentCode(code);
				if (!opened.ok || opened.value.id !== assignmentId) return refuse('bad-request');
				const { title, due } = opened.value;
				// A title is shown to every pupil: clean text only, refused before the database sees it.
				if (!isCleanText(title) || !isCleanText(due)) return refuse('bad-request');
				await store.putAssignment(sql, row.id, { id: assignmentId!, code, title, due }, now());
				return { sent: true };
			}
		],
		[
			'DELETE',
			/^\/classes\/([^/]+)\/assignments\/([^/]+)$/,
			async (request, [id, assignmentId]) => {
				const row = await guards.teacherClass(request, id!);
				if (!ASSIGNMENT_ID.test(assignmentId!) || !(await store.deleteAssignment(sql, row.id, assignmentId!)))
					refuse('not-found');
				return { deleted: true };
			}
		],
		[
			'GET',
			/^\/classes\/([^/]+)\/assignments\/([^/]+)\/results$/,
			async (request, [id, assignmentId]) => {
				const row = await guards.teacherClass(request, id!);
				if (!ASSIGNMENT_ID.test(assignmentId!)) refuse('not-found');
				return { results: await store.resultsOf(sql, row.id, assignmentId!) };
			}
		],

		[
			'PUT',
			/^\/classes\/([^/]+)\/voices\/([^/]+)$/,
			async (request, [id, voiceId]) => {
				const { pack } = json(request, SendVoice);
				const row = await guards.teacherClass(request, id!);
				// The same checks a pupil's device makes before it keeps a pack: only real voice packs, whole.
				const read = VOICE_ID.test(voiceId!) ? readPack(Buffer.from(pack, 'base64')) : undefined;
				if (!read?.ok || read.pack.id !== voiceId) return refuse('bad-request');
				const voice = { id: voiceId!, speaker: read.pack.voice.speaker, pack, bytes: pack.length };
				const caps = { voices: MAX_CLASS_VOICES, bytes: MAX_CLASS_VOICE_BYTES };
				if ((await store.putVoice(sql, row.id, voice, caps, now())) === 'full') refuse('too-large');
				return { stored: true };
			}
		],
		[
			'DELETE',
			/^\/classes\/([^/]+)\/voices\/([^/]+)$/,
			async (request, [id, voiceId]) => {
				const row = await guards.teacherClass(request, id!);
				if (!VOICE_ID.test(voiceId!) || !(await store.deleteVoice(sql, row.id, voiceId!)))
					refuse('not-found');
				return { deleted: true };
			}
		],
		[
			'GET',
			/^\/classes\/([^/]+)\/voices$/,
			async (request, [id]) => {
				const row = await guards.teacherClass(request, id!);
				return { voices: await store.voicesOf(sql, row.id) };
			}
		],

		[
			// A short assignment link (/a#S1.class.assignment) opens here: the class holds the code, so the
			// link need not carry it. Class and assignment ids are long random names, never listed; each
			// lookup spends a guess of the address's budget before the database is asked, and a found one
			// gives it back, so a class behind one address opening the link together never runs out.
			'GET',
			/^\/assignments\/([^/]+)\/([^/]+)$/,
			async (request, [classId, assignmentId]) => {
				await guards.spend('guess', request.address);
				const code =
					ID.test(classId!) && ASSIGNMENT_ID.test(assignmentId!)
						? await store.assignmentCode(sql, classId!, assignmentId!)
						: undefined;
				if (!code) return refuse('not-found');
				await guards.giveBack('guess', request.address);
				return { code };
			}
		],
		[
			'POST',
			/^\/join$/,
			async (request): Promise<Joined> => {
				const { code, nick } = json(request, Join);
				const found = await guards.joinedClass(request, readJoinCode(code));
				const [id, token] = [newId(), newSecret()];
				const added = await store.addPupil(
					sql,
					{ id, classId: found.id, nick, nickKey: nickKey(nick), tokenHash: hashOf(token) },
					now(),
					MAX_PUPILS
				);
				if (added === 'taken') refuse('nick-taken');
				if (added === 'full') refuse('class-full');
				await store.touchClass(sql, found.id, now());
				return { className: found.name, pupil: { id, nick, joined: now() }, token };
			}
		],
		[
			'GET',
			/^\/pupil$/,
			async (request): Promise<PupilView> => {
				const pupil = await guards.pupil(request);
				await store.touchClass(sql, pupil.class_id, now());
				return {
					className: pupil.class_name,
					nick: pupil.nickname,
					assignments: await store.assignmentCodesOf(sql, pupil.class_id),
					voices: await store.voicesOf(sql, pupil.class_id)
				};
			}
		],
		[
			'DELETE',
			/^\/pupil$/,
			async (request) => {
				const pupil = await guards.pupil(request);
				await store.deletePupil(sql, pupil.class_id, pupil.id);
				return { deleted: true };
			}
		],
		[
			'GET',
			/^\/pupil\/voices$/,
			async (request) => {
				const pupil = await guards.pupil(request);
				return { voices: await store.voicesOf(sql, pupil.class_id) };
			}
		],
		[
			'GET',
			/^\/pupil\/voices\/([^/]+)$/,
			async (request, [voiceId]) => {
				const pupil = await guards.pupil(request);
				const pack = VOICE_ID.test(voiceId!)
					? await store.voicePack(sql, pupil.class_id, voiceId!)
					: undefined;
				return pack ? { pack } : refuse('not-found');
			}
		],
		[
			'PUT',
			/^\/pupil\/results\/([^/]+)$/,
			async (request, [assignmentId]) => {
				const result = json(request, SendResult);
				const pupil = await guards.pupil(request);
				if (!ASSIGNMENT_ID.test(assignmentId!)) refuse('not-found');
				// A device whose clock runs ahead must not win over every later result: never later than now.
				const at = Math.min(result.at, now());
				const stored = await store.putResult(sql, pupil, assignmentId!, { ...result, at }, now());
				if (!stored) refuse('not-found');
				await store.touchClass(sql, pupil.class_id, now());
				return { stored: stored === 'stored' };
			}
		],
		...live.routes
	];

	/** The first checks of every request: the address's budget, then the origin. */
	function admit(request: ApiRequest): void {
		if (!addresses.takeNow('address', request.address, now())) refuse('rate-limited');
		const origin = request.headers.get('origin');
		if (origin !== null && !sameHost(origin, request.origin)) refuse('origin');
	}

	function refusal(error: unknown): ApiAnswer {
		if (error instanceof Refusal) return { status: API_ERRORS[error.code], body: { error: error.code } };
		// A database that is down or full: said as such, with no request detail in the log.
		console.error('Class service:', error instanceof Error ? error.message : 'failed');
		return { status: API_ERRORS.unavailable, body: { error: 'unavailable' } };
	}

	async function stream(request: ApiRequest, send: (view: unknown) => void): Promise<ApiAnswer | LiveStream> {
		try {
			admit(request);
			const match = /^\/live\/([^/]+)\/events$/.exec(request.path);
			if (!match) refuse('not-found');
			if (request.method !== 'GET') refuse('method');
			return await live.events(request, decodeSegment(match![1]!), send);
		} catch (error) {
			return refusal(error);
		}
	}

	async function handle(request: ApiRequest): Promise<ApiAnswer> {
		try {
			admit(request);
			const matches = routes.filter(([, pattern]) => pattern.test(request.path));
			if (!matches.length) refuse('not-found');
			const match = matches.find(([method]) => method === request.method);
			if (!match) refuse('method');
			const [, pattern, route] = match!;
			const params = pattern.exec(request.path)!.slice(1).map(decodeSegment);
			return { status: 200, body: await route(request, params) };
		} catch (error) {
			return refusal(error);
		}
	}

	return { handle, stream, close: () => watch.close() };
}

/**
 * A browser's `Origin` against this server's own, by host and port: behind plain http, adapter-node
 * takes the scheme to be https unless told (ORIGIN), and the scheme is not what tells sites apart here.
 */
function sameHost(origin: string, own: string): boolean {
	try {
		return new URL(origin).host === new URL(own).host;
	} catch {
		return false;
	}
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return '';
	}
}
