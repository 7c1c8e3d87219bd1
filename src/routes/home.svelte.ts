/** Home's live view of the learner's progress: updates by itself when another tab records an answer. */
import type { Subscription } from 'dexie';
import type { Overview } from '$lib/db/overview';
import { loadIndex } from '$lib/decks/library';
import type { DeckSummary } from '$lib/decks/deck';
import { streak, week } from '$lib/study/activity';

export class HomeProgress {
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
	readonly streak = $derived(streak(this.data?.answerTimes ?? [], Date.now()));
	readonly week = $derived(week(this.data?.answerTimes ?? [], Date.now()));

	async start(): Promise<void> {
		const [{ watchOverview }, index] = await Promise.all([import('./home-watch'), loadIndex()]);
		this.index = index.decks;
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
