/**
 * The learner's progress as Home and Decks show it: updates by itself when this or another tab records an
 * answer (Dexie's liveQuery). Dexie itself is imported on demand, so it stays out of the first-load bundle.
 */
import type { Subscription } from 'dexie';
import type { Overview } from '$lib/services/progress';
import { loadIndex } from '$lib/decks/library';
import type { DeckSummary } from '$lib/decks/deck';
import { streak, week } from '$lib/study/activity';
import { daysAway, LONG_BREAK_DAYS } from '$lib/study/stats';
import { deviceHasData } from '$lib/services/presence';

export class LiveProgress {
	ready = $state(false);
	data = $state<Overview>();
	index = $state<DeckSummary[]>([]);
	#subscription: Subscription | undefined;
	#stopped = false;

	readonly dueTotal = $derived(this.data?.decks.reduce((sum, deck) => sum + deck.due, 0) ?? 0);
	readonly started = $derived(
		(this.data?.decks ?? [])
			.map((deck) => ({ ...deck, summary: this.index.find((summary) => summary.id === deck.deckId) }))
			.filter((deck) => deck.summary)
			.sort((a, b) => b.due - a.due)
	);
	/** Words of the started decks never met. */
	readonly unseen = $derived(
		this.started.reduce((sum, deck) => sum + Math.max(0, (deck.summary?.cards ?? 0) - deck.seen), 0)
	);
	/**
	 * New words that today's sessions may still bring: the day's limit, but never more than the started
	 * decks hold ("10 new words are waiting" must be true when the learner presses "Practise now").
	 */
	readonly newWaiting = $derived(Math.min(this.data?.newLeft ?? 0, this.unseen));
	/** Per deck: how many of its cards the learner has met, and how many are due now. */
	deck(deckId: string): { seen: number; due: number } {
		const found = this.data?.decks.find((deck) => deck.deckId === deckId);
		return { seen: found?.seen ?? 0, due: found?.due ?? 0 };
	}
	readonly streak = $derived(streak(this.data?.answerTimes ?? [], Date.now()));
	/**
	 * Back after a long break (two weeks without an answer, with words to review): Home welcomes the
	 * learner back and the day's session is a short catch-up, without new words. Only with answers in
	 * the last 60 days (the overview's window): progress without any answer is not a learner returning.
	 */
	readonly back = $derived(
		this.dueTotal > 0 &&
			!!this.data?.answerTimes.length &&
			daysAway(Math.max(...this.data.answerTimes), Date.now()) >= LONG_BREAK_DAYS
	);
	readonly week = $derived(week(this.data?.answerTimes ?? [], Date.now()));

	async start(): Promise<void> {
		// Not inside the page's hydration task, which is long enough on a slow phone.
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (this.#stopped) return;
		const [index, hasData] = await Promise.all([loadIndex(), deviceHasData()]);
		this.index = index.decks;
		if (!hasData) {
			// A first visit: nothing studied yet, and no database code to load for saying so.
			this.data = { decks: [], newLeft: 0, answerTimes: [] };
			this.ready = true;
			return;
		}
		const { watchOverview } = await import('$lib/services/progress');
		const subscription = await watchOverview((value) => {
			this.data = value;
			this.ready = true;
		});
		if (this.#stopped) subscription.unsubscribe();
		else this.#subscription = subscription;
	}

	stop(): void {
		this.#stopped = true;
		this.#subscription?.unsubscribe();
	}
}
