/**
 * The pupil's online class as the screens see it: which class, and how many results still wait for
 * the network. Synced on start, whenever the browser comes back online, and after each session.
 * A device that never joined a class makes no request at all. The service (and with it the database)
 * is loaded only when needed, so this state costs the first paint nothing.
 */
import type { ClassProblem, ClassSync, Membership, Reply } from '$lib/services/classes';

const service = () => import('$lib/services/classes');

class ClassSyncState {
	member = $state<Membership>();
	waiting = $state(0);
	problem = $state<ClassProblem>();
	/** When the last sync reached the server with nothing left waiting. */
	sentAt = $state<number>();
	#started = false;

	start() {
		if (this.#started) return;
		this.#started = true;
		addEventListener('online', () => void this.sync());
		void this.sync();
	}

	async sync() {
		const classes = await service();
		if (!(await classes.myMembership())) return;
		this.#apply(await classes.syncClass());
	}

	async afterSession() {
		this.#apply(await (await service()).reportAfterSession());
	}

	async join(code: string, nick: string): Promise<Reply<Membership>> {
		const joined = await (await service()).joinClass(code, nick);
		if (joined.ok) this.#apply({ member: joined.value, waiting: 0 });
		return joined;
	}

	async leave(): Promise<Reply<{ deleted: true }>> {
		const left = await (await service()).leaveClass();
		if (left.ok) {
			this.member = undefined;
			this.waiting = 0;
			this.problem = undefined;
		}
		return left;
	}

	async load() {
		this.member = await (await service()).myMembership();
	}

	#apply({ member, waiting, problem }: ClassSync) {
		this.member = member;
		this.waiting = waiting;
		this.problem = problem;
		if (!problem && !waiting) this.sentAt = Date.now();
	}
}

export const classSync = new ClassSyncState();
