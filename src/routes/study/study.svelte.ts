/**
 * One study session as app state: which card is shown, how the learner answered, and what comes next.
 * Every answer is written to IndexedDB (with the session's next state) before the next card shows.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the private maps and sets are bookkeeping that no
   template reads; the rendered state is in the $state fields. */
import { checkAnswer, type AnswerCheck } from '$lib/answers/check';
import { inProfile } from '$lib/answers/profile';
import type { SpellingProfile } from '$lib/i18n/spelling';
import { database, type CardProgress, type ReviewLogRow } from '$lib/db/database';
import {
	answersSince,
	clearSession,
	introducedSince,
	overruleAnswer,
	progressOf,
	recordAnswer,
	savedSession,
	undoLastAnswer,
	type SavedSession
} from '$lib/db/progress';
import { isQuotaError } from '$lib/db/errors';
import { loadSettings, type StudySettings } from '$lib/db/settings';
import { keepStorage } from '$lib/pwa/storage';
import { decksForScope } from '$lib/decks/scope';
import { isOwnDeckId } from '$lib/teach/ownDeck';
import { recordingsOf } from '$lib/teach/store';
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { newMemory, preview, review, State, type Grade, type Memory } from '$lib/srs/fsrs';
import { startOfDay, summarize, type SessionSummary } from '$lib/study/activity';
import { studyCardsOf, type StudyCard } from '$lib/study/cards';
import {
	chooseExercise,
	choiceOptions,
	promptOf,
	type ChoiceOption,
	type Exercise
} from '$lib/study/exercise';
import { OVERRULED_RATING, ratingFor } from '$lib/study/grading';
import { buildQueue, requeue } from '$lib/study/queue';

export type Phase = 'loading' | 'empty' | 'asking' | 'feedback' | 'done' | 'failed';

export interface Feedback {
	check: AnswerCheck;
	answer: string;
	rating: Grade;
	overruled: boolean;
	rowId: number;
	/** The card's memory before this answer: an overrule re-grades from it. */
	before: Memory | null;
}

/** Cards due within this long come back in the same session (FSRS learning steps are 1 and 10 minutes). */
const SESSION_HORIZON_MS = 60 * 60 * 1000;

export class StudySession {
	phase = $state<Phase>('loading');
	card = $state<StudyCard>();
	exercise = $state<Exercise>('choice');
	options = $state<ChoiceOption[]>([]);
	feedback = $state<Feedback>();
	/** The last answer was right and the app moved on: a brief, quiet "right!" on the next card. */
	praised = $state(false);
	answered = $state(0);
	remaining = $state(0);
	summary = $state<SessionSummary>();
	nextDue = $state<number | null>(null);
	/** The last answer could not be stored: 'full' when the device is out of space. */
	saveError = $state<'full' | 'failed'>();
	/** When each flashcard grade would bring the card back (epoch ms). */
	intervals = $state<Record<Grade, number>>();

	#scope = 'all';
	#startedAt = 0;
	#queue: string[] = [];
	#cards = new Map<string, StudyCard>();
	#byDeck = new Map<string, StudyCard[]>();
	#progress = new Map<string, CardProgress>();
	#recordings = new Map<string, Blob>();
	#settings!: StudySettings;
	#support: GlossLanguage = 'nb';
	#spelling: SpellingProfile = 'norway';
	#shownAt = 0;
	/** The queue before each answer of this visit, newest last: undo goes back to it. */
	#history: string[][] = [];

	get scope(): string {
		return this.#scope;
	}

	/** The teacher's recording of the current word, if there is one. */
	get recording(): Blob | undefined {
		return this.card ? this.#recordings.get(`${this.card.deckId}/${this.card.word.id}`) : undefined;
	}

	get prompt() {
		return this.card ? promptOf(this.card, this.#support) : undefined;
	}

	/** Opens the saved session for this scope if it is from today, or builds a new one. */
	async start(
		scope: string,
		support: GlossLanguage,
		spelling: SpellingProfile = 'norway',
		now = Date.now()
	): Promise<void> {
		this.#scope = scope;
		this.#support = support;
		this.#spelling = spelling;
		try {
			const db = database();
			this.#settings = await loadSettings(db);
			const today = startOfDay(now);
			const decks = await decksForScope(db, scope);
			for (const deck of decks) {
				const cards = studyCardsOf(deck);
				this.#byDeck.set(deck.id, cards);
				for (const card of cards) this.#cards.set(card.id, card);
				// A teacher's recorded pronunciations (own decks only).
				if (isOwnDeckId(deck.id)) {
					for (const [wordId, audio] of await recordingsOf(db, deck.id)) {
						this.#recordings.set(`${deck.id}/${wordId}`, audio);
					}
				}
			}
			// User Timing, read by `npm run bench` (dueQueueMs): reading progress and building the queue.
			performance.mark('lieredh:queue-start');
			this.#progress = await progressOf(db, [...this.#cards.keys()]);
			const saved = await savedSession(db);
			if (saved && saved.scope === scope && saved.startedAt >= today && saved.queue.length) {
				this.#startedAt = saved.startedAt;
				this.#queue = saved.queue.filter((id) => this.#cards.has(id));
				this.answered = (await answersSince(db, saved.startedAt)).length;
			} else {
				this.#startedAt = now;
				const newLeft = Math.max(0, this.#settings.newPerDay - (await introducedSince(db, today)));
				this.#queue = buildQueue({
					now,
					today,
					cards: [...this.#cards.values()],
					progress: this.#progress,
					newLeft
				});
				await clearSession(db);
			}
			performance.measure('lieredh:queue', 'lieredh:queue-start');
			this.#show(now);
		} catch (error) {
			console.error(error);
			this.phase = 'failed';
		}
	}

	#show(now: number): void {
		const id = this.#queue[0];
		this.remaining = this.#queue.length;
		this.feedback = undefined;
		if (!id) {
			this.card = undefined;
			this.phase = this.answered ? 'done' : 'empty';
			if (this.phase === 'done') void this.#finish(now);
			return;
		}
		const card = this.#cards.get(id)!;
		const memory = this.#progress.get(id);
		this.card = card;
		this.exercise = chooseExercise(card, memory, this.#settings.flashcards);
		this.options =
			this.exercise === 'choice'
				? choiceOptions(card, this.#byDeck.get(card.deckId) ?? [], this.#support)
				: [];
		this.intervals =
			this.exercise === 'flashcard' ? preview(memory ?? newMemory(now), now, this.#scheduler()) : undefined;
		this.phase = 'asking';
		this.#shownAt = performance.now();
	}

	#scheduler() {
		return { retention: this.#settings.retention, fuzz: true };
	}

	async #finish(now: number): Promise<void> {
		const db = database();
		await clearSession(db);
		// A finished session is worth keeping: ask the browser not to evict it (it may decide silently).
		void keepStorage().catch(() => undefined);
		this.summary = summarize(await answersSince(db, this.#startedAt));
		const upcoming = [...this.#progress.values()].filter((card) => card.due > now).map((card) => card.due);
		this.nextDue = upcoming.length ? Math.min(...upcoming) : null;
	}

	/** A typed answer. */
	submit(text: string): Promise<void> {
		const prompt = this.prompt!;
		const check = inProfile(
			checkAnswer(text, prompt.accepted, { language: prompt.answerLang }),
			this.#spelling
		);
		const elapsed = performance.now() - this.#shownAt;
		return this.#answer(text, check, ratingFor('typing', check.verdict, elapsed, text.length));
	}

	/** A multiple-choice answer. */
	choose(option: ChoiceOption): Promise<void> {
		const expected = this.options.find((o) => o.correct)?.text ?? '';
		const check: AnswerCheck = { verdict: option.correct ? 'correct' : 'wrong', expected };
		return this.#answer(option.text, check, ratingFor('choice', check.verdict, 0, 0));
	}

	/** A flashcard graded by the learner. */
	grade(rating: Grade): Promise<void> {
		const expected = this.prompt?.accepted[0] ?? '';
		return this.#answer('', { verdict: 'correct', expected }, rating, 'self');
	}

	async #answer(answer: string, check: AnswerCheck, rating: Grade, verdict?: 'self'): Promise<void> {
		if (this.phase !== 'asking' || !this.card) return;
		const now = Date.now();
		const card = this.card;
		const before = this.#progress.get(card.id);
		const memory = review(before ?? newMemory(now), rating, now, this.#scheduler());
		const progress: CardProgress = {
			id: card.id,
			deckId: card.deckId,
			wordId: card.word.id,
			direction: card.direction,
			introduced: before?.introduced ?? now,
			...memory
		};
		const queue = this.#nextQueue(this.#queue.slice(1), card.id, memory, now);
		const row: Omit<ReviewLogRow, 'id' | 'cardId'> = {
			at: now,
			rating,
			verdict: verdict ?? check.verdict,
			answer,
			elapsedMs: Math.round(performance.now() - this.#shownAt),
			before: before ? stripProgress(before) : null,
			exercise: this.exercise
		};
		this.phase = 'loading';
		let rowId: number;
		try {
			rowId = await recordAnswer(database(), progress, row, this.#saved(queue));
		} catch (error) {
			// Nothing was written (one transaction): the same card stays, so the answer can be given again.
			console.warn(error);
			this.saveError = isQuotaError(error) ? 'full' : 'failed';
			this.phase = 'asking';
			return;
		}
		this.saveError = undefined;
		this.#progress.set(card.id, progress);
		this.#history.push(this.#queue);
		this.#queue = queue;
		this.answered++;
		if (check.verdict === 'correct' && !check.matched) {
			this.praised = verdict !== 'self';
			this.#show(now);
		} else {
			this.praised = false;
			this.feedback = { check, answer, rating, overruled: false, rowId, before: row.before };
			this.remaining = queue.length;
			this.phase = 'feedback';
		}
	}

	#nextQueue(rest: string[], id: string, memory: Memory, now: number): string[] {
		const learning = memory.state === State.Learning || memory.state === State.Relearning;
		return learning && memory.due - now < SESSION_HORIZON_MS ? requeue(rest, id) : rest;
	}

	#saved(queue: string[]): SavedSession {
		return { scope: this.#scope, startedAt: this.#startedAt, queue };
	}

	/** Moves on from the feedback to the next card. */
	next(): void {
		if (this.phase === 'feedback') this.#show(Date.now());
	}

	/** "I was right": the automatic 'wrong' becomes Good, and the log remembers it was overruled. */
	async overrule(): Promise<void> {
		const feedback = this.feedback;
		const card = this.card;
		if (this.phase !== 'feedback' || !feedback || !card || feedback.overruled) return;
		const now = Date.now();
		const current = this.#progress.get(card.id)!;
		const memory = review(feedback.before ?? newMemory(now), OVERRULED_RATING, now, this.#scheduler());
		const progress = { ...current, ...memory };
		const queue = this.#nextQueue((this.#history.at(-1) ?? [card.id]).slice(1), card.id, memory, now);
		await overruleAnswer(database(), feedback.rowId, progress, OVERRULED_RATING, this.#saved(queue));
		this.#progress.set(card.id, progress);
		this.#queue = queue;
		this.remaining = queue.length;
		this.feedback = { ...feedback, rating: OVERRULED_RATING, overruled: true };
	}

	/** Takes back the last answer of this session and shows that card again. */
	async undo(): Promise<void> {
		if (this.phase === 'loading') return;
		const previous = this.#history.pop();
		let restored: string[] = [];
		const undone = await undoLastAnswer(database(), this.#startedAt, (row) => {
			// After a reload the history is gone: the undone card simply comes first again.
			restored =
				previous?.[0] === row.cardId ? previous : [row.cardId, ...withoutFirst(this.#queue, row.cardId)];
			return this.#saved(restored);
		});
		if (!undone) {
			if (previous) this.#history.push(previous);
			return;
		}
		const card = this.#progress.get(undone.cardId);
		if (card && undone.before) this.#progress.set(undone.cardId, { ...card, ...undone.before });
		else this.#progress.delete(undone.cardId);
		this.#queue = restored;
		this.answered = Math.max(0, this.answered - 1);
		this.praised = false;
		this.#show(Date.now());
	}
}

function withoutFirst(queue: readonly string[], id: string): string[] {
	const at = queue.indexOf(id);
	return at === -1 ? [...queue] : [...queue.slice(0, at), ...queue.slice(at + 1)];
}

function stripProgress(card: CardProgress): Memory {
	const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = card;
	return { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview };
}
