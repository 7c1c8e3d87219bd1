/**
 * What every class API request passes before a route may write: its body read as JSON and checked by
 * schema, its key or token, and the rate limit of its own kind of traffic. A failure is a `Refusal`
 * with its error code; nothing else is said.
 */
import * as v from 'valibot';
import { ID, SECRET, type ApiError } from '$lib/classes/protocol';
import type { Sql } from './engine';
import type { LimitName, LimitStore } from './limits';
import { hashOf, sameSecret } from './secrets';
import * as store from './store';
import type { ApiRequest } from './api';

export class Refusal extends Error {
	constructor(readonly code: ApiError) {
		super(code);
	}
}

export const refuse = (code: ApiError): never => {
	throw new Refusal(code);
};

/** The body as JSON of `schema`'s shape (malformed UTF-8 was refused when it was read). */
export function json<T extends v.GenericSchema>(request: ApiRequest, schema: T): v.InferOutput<T> {
	if (request.body === 'too-large') refuse('too-large');
	if (request.body === 'malformed') refuse('bad-request');
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) refuse('unsupported');
	let parsed: unknown;
	try {
		parsed = JSON.parse(request.body ?? '');
	} catch {
		refuse('bad-request');
	}
	const read = v.safeParse(schema, parsed);
	return read.success ? read.output : refuse('bad-request');
}

function bearer(request: ApiRequest): string {
	const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
	return match && SECRET.test(match[1]!) ? match[1]! : '';
}

export class Guards {
	#sql: Sql;
	#limits: LimitStore;
	#now: () => number;

	constructor(sql: Sql, limits: LimitStore, now: () => number) {
		this.#sql = sql;
		this.#limits = limits;
		this.#now = now;
	}

	/** Spends one token of `name`'s bucket for `key`, or refuses. */
	async spend(name: LimitName, key: string): Promise<void> {
		if (!(await this.#limits.take(name, key, this.#now()))) refuse('rate-limited');
	}

	giveBack(name: LimitName, key: string): Promise<void> {
		return this.#limits.giveBack(name, key, this.#now());
	}

	/**
	 * The class whose key the request carries (the same refusal for a wrong key and no class, so ids
	 * cannot be probed). A key is 256 random bits: a wrong one is simply refused, never counted as a
	 * guess, so pupils' typos at the join page can never hold up their teacher. The teacher's calls
	 * spend the class's teacher budget, which nobody else can.
	 */
	async teacherClass(request: ApiRequest, id: string): Promise<store.ClassRow> {
		const key = bearer(request);
		const found = key && ID.test(id) ? await store.classById(this.#sql, id) : undefined;
		if (!sameSecret(key, found?.key_hash) || !found) return refuse('key');
		await this.spend('teacher', found.id);
		return found;
	}

	/** The pupil whose token the request carries; their calls spend their class's pupil budget. */
	async pupil(request: ApiRequest): Promise<store.PupilRow> {
		const token = bearer(request);
		const pupil = token ? await store.pupilByToken(this.#sql, hashOf(token)) : undefined;
		if (!pupil) return refuse('token');
		await this.spend('pupils', pupil.class_id);
		return pupil;
	}

	/**
	 * The class a join code opens. Each try spends a guess of the address's budget *before* the database
	 * is asked (so parallel tries cannot all get through); the right code gives it back, and then spends
	 * the class's join budget, apart from its teacher's.
	 */
	async joinedClass(request: ApiRequest, code: string | undefined): Promise<store.ClassRow> {
		await this.spend('guess', request.address);
		const found = code ? await store.classByJoinCode(this.#sql, code) : undefined;
		if (!found) return refuse('join-code');
		await this.giveBack('guess', request.address);
		await this.spend('joins', found.id);
		return found;
	}
}
