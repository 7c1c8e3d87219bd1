/** Home's live view of the learner's progress: updates by itself when another tab records an answer. */
import { liveQuery, type Subscription } from 'dexie';
import { database } from '$lib/db/database';
import { overview, type Overview } from '$lib/db/overview';
import { loadSettings } from '$lib/db/settings';
import { loadIndex } from '$lib/decks/library';
import type { DeckSummary } from '$lib/decks/deck';
import { startOfDay, streak, week } from '$lib/study/activity';

export class HomeProgress {
	ready = $state(false);
	data = $state<Overview>();
	index = $state<DeckSummary[]>([]);
	#subscription: Subscription | undefined;

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
		const db = database();
		const [settings, index] = await Promise.all([loadSettings(db), loadIndex()]);
		this.index = index.decks;
		this.#subscription = liveQuery(() => {
			const now = Date.now();
			return overview(db, now, startOfDay(now), settings.newPerDay);
		}).subscribe({
			next: (value) => {
				this.data = value;
				this.ready = true;
			},
			error: (error) => console.error(error)
		});
	}

	stop(): void {
		this.#subscription?.unsubscribe();
	}
}
