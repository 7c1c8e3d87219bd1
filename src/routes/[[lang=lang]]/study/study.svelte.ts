/**
 * The study screen's state: a thin rune wrapper around the plain `StudySession` (src/lib/study) and
 * the study service, which stores every answer before the next card shows.
 */
import type { Grade } from '$lib/srs/fsrs';
import type { ChoiceOption } from '$lib/study/exercise';
import type { Answered, Question, StudySession } from '$lib/study/session';
import { wordKeyOf } from '$lib/study/records';
import type { Sound } from '$lib/sound/voice';
import { keepForOffline } from '$lib/media/player';
import { exampleOf, type DeckForms } from '$lib/forms/forms';
import {
	finishSession,
	openSession,
	saveAnswer,
	saveMeeting,
	saveOverrule,
	undoAnswer,
	type Finished,
	type SaveProblem,
	type Saved,
	type HomeworkProgress,
	type SessionRequest,
	type WordsLeft
} from '$lib/services/study';
import { classSync } from '$lib/online/classSync.svelte';

/** How long the quiet "right!" stays on the next card. */
const PRAISE_MS = 1200;

export type Phase = 'loading' | 'empty' | 'asking' | 'feedback' | 'done' | 'failed';

export class StudyScreen {
	phase = $state<Phase>('loading');
	question = $state.raw<Question>();
	/** The answer the feedback shows (anything but a plain right answer). */
	feedback = $state.raw<Answered>();
	/** The last answer was right and the app moved on: a brief, quiet "right!" on the next card. */
	praised = $state(false);
	answered = $state(0);
	/** The session's fixed length: the progress bar's end never moves. */
	total = $state(0);
	canOverrule = $state(false);
	/** How the finished session went, and what is left. */
	finished = $state<Finished>();
	/** What the scope holds beyond this session (an empty session offers it). */
	left = $state<WordsLeft>({ unseen: 0, met: 0 });
	/** The last answer could not be stored. */
	saveError = $state<SaveProblem>();
	scope = $state('all');
	/** Homework: where it stands (the empty screen says "come back tomorrow", or that the goal is met). */
	homework = $state<HomeworkProgress>();

	#session: StudySession | undefined;
	#praiseTimer: ReturnType<typeof setTimeout> | undefined;
	#sounds: ReadonlyMap<string, Sound[]> | undefined;
	// Replaced whole with every session, never changed in place: a plain map, not a reactive one.
	#forms: ReadonlyMap<string, DeckForms> = new Map(); // eslint-disable-line svelte/prefer-svelte-reactivity
	#shownAt = 0;

	/**
	 * Every recording of the current word (the learner's area first); none when nobody recorded it, and
	 * none on a forms card: a recording says the dictionary form, never the form asked.
	 */
	get sounds(): Sound[] {
		const card = this.question?.card;
		if (!card || card.forms) return [];
		return this.#sounds?.get(wordKeyOf(card.deckId, card.word.id)) ?? [];
	}

	/**
	 * For a forms question's explanation: another word of its deck in the form that shows the group
	 * best, from the served data (forms.ts, exampleOf).
	 */
	get formExample(): { sma: string; tag: string; forms: string[] } | undefined {
		const card = this.question?.card;
		const group = card?.forms?.group;
		const deck = card && this.#forms.get(card.deckId);
		if (!card || !group || !deck || !this.#session) return undefined;
		const words = this.#session.cards.filter(
			(other) => other.deckId === card.deckId && other.direction === 'recognition'
		);
		const found = exampleOf(
			deck,
			words.map((other) => other.word.id),
			card.word.id,
			group
		);
		const word = found && words.find((other) => other.word.id === found.cardId)?.word;
		return found && word ? { sma: word.sma, tag: found.tag, forms: found.forms } : undefined;
	}

	/** Recordings of any word of the session (the summary's missed words). */
	soundsOf(deckId: string, wordId: string): Sound[] {
		return this.#sounds?.get(wordKeyOf(deckId, wordId)) ?? [];
	}

	async start(request: SessionRequest): Promise<void> {
		this.scope = request.scope;
		this.#praise(false);
		this.phase = 'loading';
		this.question = undefined;
		this.finished = undefined;
		try {
			const opened = await openSession(request);
			this.#session = opened.session;
			this.#sounds = opened.sounds;
			this.#forms = opened.forms;
			// The deck's served recordings, kept for offline study once the deck is studied.
			void keepForOffline(
				[...opened.sounds.values()].flatMap((sounds) =>
					sounds.flatMap((sound) => (typeof sound.src === 'string' ? [sound.src] : []))
				)
			);
			this.left = opened.left;
			this.homework = opened.homework;
			this.#show();
		} catch (error) {
			console.error(error);
			this.phase = 'failed';
		}
	}

	/** The new word was introduced: its first exercise shows. */
	async meet(): Promise<void> {
		const session = this.#session;
		if (this.phase !== 'asking' || !session || !this.question?.introduce) return;
		await saveMeeting(session);
		this.question = session.question(Date.now());
		this.#shownAt = performance.now();
	}

	/** A word built from letter tiles. */
	build(text: string): Promise<void> {
		return this.#answer((session, elapsed, now) => session.built(text, elapsed, now));
	}

	/** A typed answer. */
	submit(text: string): Promise<void> {
		return this.#answer((session, elapsed, now) => session.typed(text, elapsed, now));
	}

	/** A multiple-choice answer. */
	choose(option: ChoiceOption): Promise<void> {
		const options = this.question?.options ?? [];
		return this.#answer((session, elapsed, now) => session.chose(option, options, elapsed, now));
	}

	/** A flashcard graded by the learner. */
	grade(rating: Grade): Promise<void> {
		return this.#answer((session, elapsed, now) => session.graded(rating, elapsed, now));
	}

	async #answer(
		make: (session: StudySession, elapsedMs: number, now: number) => ReturnType<StudySession['typed']>
	) {
		const session = this.#session;
		if (this.phase !== 'asking' || !session) return;
		const step = make(session, performance.now() - this.#shownAt, Date.now());
		if (!step) return;
		this.phase = 'loading';
		const saved = await saveAnswer(session, step);
		if (!this.#stored(saved)) {
			this.phase = 'asking';
			return;
		}
		const answered = saved.value;
		if (answered.movedOn) {
			this.#praise(answered.exercise !== 'flashcard');
			this.#show();
		} else {
			this.#praise(false);
			this.feedback = answered;
			this.#counts();
			this.phase = 'feedback';
		}
	}

	/**
	 * The quiet "right!" after a plain right answer shows on the next card only briefly: left standing, it
	 * read as praise for the question not yet answered.
	 */
	#praise(on: boolean): void {
		clearTimeout(this.#praiseTimer);
		this.praised = on;
		if (on) this.#praiseTimer = setTimeout(() => (this.praised = false), PRAISE_MS);
	}

	#stored<T>(saved: Saved<T>): saved is { ok: true; value: T } {
		this.saveError = saved.ok ? undefined : saved.problem;
		return saved.ok;
	}

	/** Moves on from the feedback to the next card. */
	next(): void {
		if (this.phase === 'feedback') this.#show();
	}

	/** "I was right": the automatic 'wrong' becomes Good, and the log remembers it was overruled. */
	async overrule(): Promise<void> {
		if (this.phase !== 'feedback' || !this.#session) return;
		const saved = await saveOverrule(this.#session);
		if (saved && this.#stored(saved)) {
			this.feedback = saved.value;
			this.#counts();
		}
	}

	/** Takes back the last answer of this session and shows that card again. */
	async undo(): Promise<void> {
		if (this.phase === 'loading' || !this.#session) return;
		if (await undoAnswer(this.#session)) {
			this.#praise(false);
			this.#show();
		}
	}

	#counts(): void {
		const session = this.#session;
		this.answered = session?.answered ?? 0;
		this.total = session?.total ?? 0;
		this.canOverrule = session?.canOverrule ?? false;
	}

	#show(): void {
		const session = this.#session!;
		const now = Date.now();
		this.#counts();
		this.feedback = undefined;
		this.question = session.question(now);
		if (!this.question) {
			this.phase = session.answered ? 'done' : 'empty';
			if (this.phase === 'done') void this.#finish(session, now);
			return;
		}
		this.phase = 'asking';
		this.#shownAt = performance.now();
	}

	async #finish(session: StudySession, now: number): Promise<void> {
		const finished = await finishSession(session, now);
		this.finished = finished;
		this.left = finished.left;
		this.homework = finished.homework;
		// A pupil in an online class: the session's results go into the outbox, and out when online.
		void classSync.afterSession();
	}
}
