/**
 * The pupil's online class as the screens see it: which class, and how many results still wait for
 * the network. Synced on start, whenever the browser comes back online, after each session, when the
 * app is shown again, every 45 s while it is visible (a new assignment reaches an open app within a
 * minute), and, while the class server does not answer, again and again with growing pauses (it may
 * come back while the browser never went offline). A device that never joined makes no request at all. The service (and with it the database)
 * is loaded only when needed, so this state costs the first paint nothing.
 */
import { profileKey } from '$lib/settings/profiles.svelte';
import type { ClassProblem, ClassSync, Membership, Reply } from '$lib/services/pupilSync';

const service = () => import('$lib/services/pupilSync');

/** How often an open, visible app asks its class for new assignments. */
const POLL_MS = 45_000;
/** The pauses before asking a class server that did not answer again. */
const RETRY_MS = [5_000, 15_000, 30_000, 60_000];
const RETRY_ON: ReadonlySet<ClassProblem> = new Set(['unreachable', 'unavailable', 'rate-limited']);

/**
 * Set while this device is in an online class: a page load can tell without opening the database, so
 * a device that never joined loads no class or database code for it (first paint stays light).
 */
const IN_CLASS_KEY = 'lieredh:in-class';
function inClass(): boolean {
	try {
		return localStorage.getItem(profileKey(IN_CLASS_KEY)) === '1';
	} catch {
		return true; // no localStorage: ask the database
	}
}

function markInClass(member: boolean): void {
	try {
		if (member) localStorage.setItem(profileKey(IN_CLASS_KEY), '1');
		else localStorage.removeItem(profileKey(IN_CLASS_KEY));
	} catch {
		// no localStorage: the database is asked every time
	}
}

class ClassSyncState {
	member = $state<Membership>();
	waiting = $state(0);
	problem = $state<ClassProblem>();
	/** When the last sync reached the server with nothing left waiting. */
	sentAt = $state<number>();
	#started = false;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#retries = 0;

	start() {
		if (this.#started) return;
		this.#started = true;
		addEventListener('online', () => void this.sync());
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.sync();
		});
		setInterval(() => {
			if (document.visibilityState === 'visible') void this.sync();
		}, POLL_MS);
		void this.sync();
	}

	async sync() {
		if (!inClass()) return;
		await this.#safely(async () => {
			const classes = await service();
			if (!(await classes.myMembership())) {
				markInClass(false);
				return;
			}
			this.#apply(await classes.syncClass());
		});
	}

	async afterSession() {
		if (inClass()) await this.#safely(async () => this.#apply(await (await service()).reportAfterSession()));
	}

	/** A sync that could not run (a deck that did not load, storage that failed) waits for the next one. */
	async #safely(work: () => Promise<void>) {
		try {
			await work();
		} catch (error) {
			console.warn('Class sync will try again later:', error);
		}
	}

	async join(code: string, nick: string): Promise<Reply<Membership>> {
		const joined = await (await service()).joinClass(code, nick);
		if (joined.ok) {
			markInClass(true);
			this.#apply({ member: joined.value, waiting: 0 });
		}
		return joined;
	}

	async leave(): Promise<Reply<{ deleted: true }>> {
		const left = await (await service()).leaveClass();
		if (left.ok) {
			markInClass(false);
			this.member = undefined;
			this.waiting = 0;
			this.problem = undefined;
		}
		return left;
	}

	/** The join page: the membership as stored (a backup may have brought one: then sync from now on). */
	async load() {
		this.member = await (await service()).myMembership();
		if (this.member && !inClass()) {
			markInClass(true);
			void this.sync();
		}
	}

	#apply({ member, waiting, problem }: ClassSync) {
		this.member = member;
		this.waiting = waiting;
		this.problem = problem;
		if (!problem && !waiting) this.sentAt = Date.now();
		this.#retryLater(problem);
	}

	/**
	 * A class server that did not answer (down, restarting, busy) is asked again after 5 s, 15 s, 30 s,
	 * then every minute, until it does. Offline waits for the browser's `online` event instead; a
	 * refusal (a removed pupil) is final.
	 */
	#retryLater(problem: ClassProblem | undefined) {
		clearTimeout(this.#retry);
		if (!problem || !RETRY_ON.has(problem)) {
			this.#retries = 0;
			return;
		}
		const pause = RETRY_MS[Math.min(this.#retries++, RETRY_MS.length - 1)]!;
		this.#retry = setTimeout(() => void this.sync(), pause);
	}
}

export const classSync = new ClassSyncState();
