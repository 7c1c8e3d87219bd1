/**
 * A pupil's online class on this device: joining, leaving, and the sync that opens the class's new
 * assignments and sends the pupil's results. Every result is stored in the outbox first and leaves it
 * only once the server has it, so nothing is lost when the network or the class server is away.
 *
 * One sync at a time per device, and never a stale one: a sync asked for while one runs marks "again"
 * (the running one may have read the answers before the session that asks ended), and leaving the class
 * bumps a generation so that a sync still running writes nothing afterwards.
 */
import { database } from '$lib/db/database';
import {
	forgetMembership,
	markSent,
	membership,
	pendingResults,
	queueResults,
	saveMembership
} from '$lib/db/classes';
import { assignments } from '$lib/db/teaching';
import { lastAnswerAt } from '$lib/db/progress';
import type { Joined, PupilView } from '$lib/classes/protocol';
import { reportKey, resultBody, type Membership, type PendingResult } from '$lib/classes/device';
import { resultCode } from '$lib/teach/status';
import { call, type ClassProblem, type Reply } from './classApi';
import { openAssignmentLink, statusOf } from './teaching';
import { syncClassVoices } from './sound';

export type { ClassProblem, Membership, Reply };

export interface ClassSync {
	member?: Membership;
	/** Results still waiting for the network. */
	waiting: number;
	problem?: ClassProblem;
}

/** A sync that was overtaken by leaving the class: it stops where it is and writes nothing more. */
class Overtaken extends Error {}

/** The device's one pupil sync. */
export class PupilSync {
	#running: Promise<ClassSync> | undefined;
	#again = false;
	#generation = 0;
	#clock: () => number;

	constructor(clock: () => number = Date.now) {
		this.#clock = clock;
	}

	/**
	 * Brings the device and the class up to date. While a sync runs, another request does not reuse its
	 * (possibly already stale) work: the running sync goes round once more, and every caller gets the
	 * outcome of the last round.
	 */
	sync(): Promise<ClassSync> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = this.#rounds().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #rounds(): Promise<ClassSync> {
		let outcome: ClassSync | undefined;
		do {
			this.#again = false;
			const generation = this.#generation;
			try {
				outcome = await this.#round(generation, this.#clock());
			} catch (error) {
				// Overtaken by leaving (nothing more to do) or by joining anew (which asked for another round).
				if (!(error instanceof Overtaken)) throw error;
				outcome = undefined;
			}
		} while (this.#again);
		return outcome ?? { member: await myMembership(), waiting: 0 };
	}

	/** Nothing a sync does is written once the pupil left (or joined anew) while it ran. */
	#check(generation: number): void {
		if (generation !== this.#generation) throw new Overtaken();
	}

	/** Joining or leaving: any sync still running belongs to the old membership. */
	#newGeneration(): void {
		this.#generation++;
	}

	async join(code: string, nick: string): Promise<Reply<Membership>> {
		const joined = await call<Joined>('POST', '/join', { body: { code, nick } });
		if (!joined.ok) return joined;
		this.#newGeneration();
		const member: Membership = {
			className: joined.value.className,
			nick: joined.value.pupil.nick,
			pupilId: joined.value.pupil.id,
			token: joined.value.token,
			joined: this.#clock(),
			assignments: [],
			reported: {}
		};
		await saveMembership(database(), member);
		await this.sync();
		return { ok: true, value: (await myMembership()) ?? member };
	}

	/** Leaves the class: the server forgets the nickname and results, this device the membership. */
	async leave(): Promise<Reply<{ deleted: true }>> {
		const member = await myMembership();
		if (member && !member.removed) {
			const left = await call<{ deleted: true }>('DELETE', '/pupil', { secret: member.token });
			// Offline, the pupil cannot leave yet: say so, and keep everything as it is.
			if (!left.ok && left.problem !== 'token') return left;
		}
		this.#newGeneration();
		await forgetMembership(database());
		return { ok: true, value: { deleted: true } };
	}

	async #round(generation: number, now: number): Promise<ClassSync> {
		const db = database();
		const member = await membership(db);
		if (!member || member.removed) return { member, waiting: 0 };
		const seen = await call<PupilView>('GET', '/pupil', { secret: member.token });
		this.#check(generation);
		if (!seen.ok) {
			// Offline or refused: what changed since it was last sent waits in the outbox (a removed
			// pupil sends nothing).
			if (seen.problem !== 'token') await this.#queueChanged(generation, member, now);
			return this.#afterProblem(generation, member, seen.problem);
		}
		for (const { code } of seen.value.assignments) await openAssignmentLink(code, now);
		this.#check(generation);
		const updated: Membership = {
			...member,
			className: seen.value.className,
			nick: seen.value.nick,
			assignments: seen.value.assignments.map(({ id }) => id)
		};
		await saveMembership(db, updated);
		// The teacher's recordings for the class, for offline listening (a failure waits for next time).
		if (seen.value.voices) await syncClassVoices(member.token, seen.value.voices).catch(() => undefined);
		this.#check(generation);
		// What changed since it was last sent, and a new assignment at once: the teacher sees who has it.
		await this.#queueChanged(generation, updated, now);
		return this.#flush(generation, updated);
	}

	async #afterProblem(generation: number, member: Membership, problem: ClassProblem): Promise<ClassSync> {
		this.#check(generation);
		if (problem === 'token') {
			// The teacher removed this pupil, or the class is gone: stop sending, keep the learning.
			const removed = { ...member, removed: true };
			await saveMembership(database(), removed);
			return { member: removed, waiting: 0, problem };
		}
		return { member, waiting: (await pendingResults(database())).length, problem };
	}

	/**
	 * The results of the class's assignments as of now, computed from the stored answers, put in the
	 * outbox when the pupil has practised or the result changed since the server last got one. So no
	 * result is lost, even when the page closed right after a session: the next start finds it again.
	 */
	async #queueChanged(generation: number, member: Membership, now: number): Promise<void> {
		const db = database();
		const entries = (await assignments(db)).filter((entry) =>
			member.assignments.includes(entry.assignment.id)
		);
		const practised = await lastAnswerAt(db);
		// What waits already: one that says the same stays as it is (with its time).
		const waiting = new Map(
			(await pendingResults(db)).map((p) => [p.assignmentId, reportKey(p.result, p.practised)])
		);
		const changed: PendingResult[] = [];
		for (const entry of entries) {
			const id = entry.assignment.id;
			const result = resultBody(resultCode(await statusOf(entry, now), member.nick, now));
			const key = reportKey(result, practised);
			if (member.reported[id] !== key && waiting.get(id) !== key) {
				changed.push({ assignmentId: id, result, practised });
			}
		}
		this.#check(generation);
		await queueResults(db, changed);
	}

	async #flush(generation: number, member: Membership): Promise<ClassSync> {
		const db = database();
		const reported = { ...member.reported };
		let outcome: ClassSync | undefined;
		for (const pending of await pendingResults(db)) {
			const sent = await call<{ stored: boolean }>('PUT', `/pupil/results/${pending.assignmentId}`, {
				secret: member.token,
				body: pending.result
			});
			this.#check(generation);
			if (!sent.ok && sent.problem !== 'not-found') {
				outcome = await this.#afterProblem(generation, member, sent.problem);
				break;
			}
			// Sent, or for an assignment the teacher took back: either way nothing more to send.
			reported[pending.assignmentId] = reportKey(pending.result, pending.practised);
			await markSent(db, pending);
		}
		const latest = await membership(db);
		if (latest && !latest.removed) await saveMembership(db, { ...latest, reported });
		return outcome ?? { member: latest, waiting: (await pendingResults(db)).length };
	}
}

export function myMembership(): Promise<Membership | undefined> {
	return membership(database());
}

/** The device's one pupil sync. */
export const pupilSync = new PupilSync();

/** Brings this pupil's device and the class up to date: new assignments opened, waiting results sent. */
export const syncClass = (): Promise<ClassSync> => pupilSync.sync();
/** After a session: this pupil's results, queued, then sent if online. */
export const reportAfterSession = (): Promise<ClassSync> => pupilSync.sync();
export const joinClass = (code: string, nick: string) => pupilSync.join(code, nick);
export const leaveClass = () => pupilSync.leave();
