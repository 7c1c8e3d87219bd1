/**
 * The recording studio's state: one deck, word by word. A tap (or Space) starts and stops a take;
 * hands-free, a take starts when the speaker speaks and ends after a pause. Each take is cut to the
 * word, brought to one loudness, encoded small, kept on the device at once and played back; then the
 * next word without a take shows. Undo puts back what the last take replaced.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Deck, Card } from '$lib/decks/deck';
import { Microphone, type MicrophoneProblem } from '$lib/media/microphone';
import { prepare } from '$lib/media/encode';
import { play, stopPlaying } from '$lib/media/player';
import { deckToRecord, dropTake, keepTake, takesOf } from '$lib/services/sound';
import type { TakeProblem, TakeWarning } from '$lib/sound/takes';
import { MY_VOICE } from '$lib/sound/voice';

export type StudioProblem = MicrophoneProblem | TakeProblem | 'undecodable' | 'not-saved' | 'no-deck';

export class Studio {
	deck = $state.raw<Deck>();
	readonly takes = new SvelteMap<string, Blob>();
	index = $state(0);
	status = $state<'idle' | 'listening' | 'recording' | 'working'>('idle');
	problem = $state<StudioProblem>();
	handsFree = $state(false);
	level = $state(0);
	/** The take just kept (the studio has moved on to the next word): heard again or redone from here. */
	last = $state<{ index: number; seconds: number; warnings: TakeWarning[] }>();

	#microphone: Microphone | undefined;
	#history: { cardId: string; before?: Blob }[] = [];
	#stopWatching = () => {};
	#meter: ReturnType<typeof setInterval> | undefined;
	#closed = false;

	get card(): Card | undefined {
		return this.deck?.cards[this.index];
	}
	get total(): number {
		return this.deck?.cards.length ?? 0;
	}
	get recorded(): number {
		return this.deck?.cards.filter((card) => this.takes.has(card.id)).length ?? 0;
	}
	get canUndo(): boolean {
		return this.#history.length > 0 && this.status === 'idle';
	}

	async open(deckId: string): Promise<void> {
		const deck = await deckToRecord(deckId).catch(() => undefined);
		if (!deck) {
			this.problem = 'no-deck';
			return;
		}
		const kept = await takesOf(deck.id);
		this.takes.clear();
		for (const [cardId, take] of kept) this.takes.set(cardId, take);
		this.deck = deck;
		// Start where the work is: the first word without a take.
		const first = deck.cards.findIndex((card) => !this.takes.has(card.id));
		this.index = first < 0 ? 0 : first;
	}

	async #ensureMicrophone(): Promise<Microphone | undefined> {
		if (this.#microphone) return this.#microphone;
		const opened = await Microphone.open();
		if (!opened.ok) {
			this.problem = opened.problem;
			return undefined;
		}
		if (this.#closed) {
			opened.microphone.close();
			return undefined;
		}
		this.#microphone = opened.microphone;
		this.#meter = setInterval(() => (this.level = this.#microphone?.level() ?? 0), 50);
		return this.#microphone;
	}

	/** The big button and Space: start a take, or stop it and keep it. */
	async toggle(): Promise<void> {
		if (this.status === 'recording' || this.status === 'listening') return this.#stop();
		if (this.status !== 'idle') return;
		const microphone = await this.#ensureMicrophone();
		if (!microphone) return;
		stopPlaying();
		this.problem = undefined;
		microphone.start(() => void this.#stop());
		this.status = this.handsFree ? 'listening' : 'recording';
		if (this.handsFree) {
			this.#stopWatching();
			this.#stopWatching = microphone.watchForWord((heard) => {
				if (heard === 'speaking') this.status = 'recording';
				else void this.#stop();
			});
		}
	}

	async #stop(): Promise<void> {
		this.#stopWatching();
		const card = this.card;
		const deck = this.deck;
		const microphone = this.#microphone;
		if (!card || !deck || !microphone) return;
		this.status = 'working';
		const recording = await microphone.stop();
		const prepared = recording ? await prepare(recording) : ({ ok: false, problem: 'silent' } as const);
		if (!prepared.ok) {
			this.problem = prepared.problem;
			this.status = 'idle';
			// Hands-free: nothing usable was heard; listen again for the same word.
			if (this.handsFree && !this.#closed && prepared.problem !== 'undecodable') void this.toggle();
			return;
		}
		try {
			await keepTake(deck.id, card.id, prepared.take);
		} catch {
			this.problem = 'not-saved';
			this.status = 'idle';
			return;
		}
		this.#history.push({
			cardId: card.id,
			...(this.takes.has(card.id) ? { before: this.takes.get(card.id) } : {})
		});
		this.takes.set(card.id, prepared.take);
		const index = this.index;
		this.last = { index, seconds: prepared.seconds, warnings: prepared.warnings };
		this.status = 'idle';
		// Played back at once, so the speaker hears what learners will hear; then on to the next word
		// without a take (a take to redo is one tap away: "Ta opp igjen" on the last word).
		await play({ voice: MY_VOICE, speaker: '', area: '', src: prepared.take });
		this.#advance();
		if (this.handsFree) {
			// Hands-free listens again once the playback is over.
			await new Promise((resolve) => setTimeout(resolve, prepared.seconds * 1000 + 400));
			if (this.#closed || !this.handsFree || this.index === index || this.status !== 'idle') return;
			void this.toggle();
		}
	}

	/** The word just recorded, again (the studio goes back to it). */
	redoLast(): void {
		if (this.last) this.goTo(this.last.index);
		this.last = undefined;
	}

	playLast(): void {
		const card = this.last && this.deck?.cards[this.last.index];
		const take = card && this.takes.get(card.id);
		if (take) void play({ voice: MY_VOICE, speaker: '', area: '', src: take });
	}

	/** Moves to the next word without a take; false when every word has one. */
	#advance(): boolean {
		const cards = this.deck?.cards ?? [];
		for (let step = 1; step <= cards.length; step++) {
			const at = (this.index + step) % cards.length;
			if (!this.takes.has(cards[at]!.id)) {
				this.index = at;
				return true;
			}
		}
		return false;
	}

	next(): void {
		if (this.status !== 'idle') return;
		this.problem = undefined;
		this.last = undefined;
		if (!this.#advance()) this.index = Math.min(this.total - 1, this.index + 1);
	}

	goTo(index: number): void {
		if (this.status !== 'idle') return;
		this.problem = undefined;
		this.index = Math.max(0, Math.min(this.total - 1, index));
	}

	/** Puts back what the last take replaced (nothing, or the earlier take), on that word. */
	async undo(): Promise<void> {
		const last = this.#history.pop();
		const deck = this.deck;
		if (!last || !deck) return;
		if (last.before) await keepTake(deck.id, last.cardId, last.before);
		else await dropTake(deck.id, last.cardId);
		if (last.before) this.takes.set(last.cardId, last.before);
		else this.takes.delete(last.cardId);
		this.index = Math.max(
			0,
			deck.cards.findIndex((card) => card.id === last.cardId)
		);
		this.last = undefined;
	}

	async remove(): Promise<void> {
		const card = this.card;
		const deck = this.deck;
		if (!card || !deck || !this.takes.has(card.id)) return;
		this.#history.push({ cardId: card.id, before: this.takes.get(card.id) });
		await dropTake(deck.id, card.id);
		this.takes.delete(card.id);
	}

	playTake(): void {
		const take = this.card && this.takes.get(this.card.id);
		if (take) void play({ voice: MY_VOICE, speaker: '', area: '', src: take });
	}

	setHandsFree(on: boolean): void {
		this.handsFree = on;
		if (!on && this.status === 'listening') {
			this.#stopWatching();
			void this.#microphone?.stop();
			this.status = 'idle';
		}
	}

	close(): void {
		this.#closed = true;
		this.#stopWatching();
		clearInterval(this.#meter);
		this.#microphone?.close();
		this.#microphone = undefined;
		stopPlaying();
	}
}
