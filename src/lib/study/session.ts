/**
 * One study session: which card is shown, how it is asked, what an answer does to the card's memory,
 * and what comes next. Plain TypeScript: no storage and no clock. Every answer comes back as a `Step`
 * (the card's new progress, the log row, the session to resume); the caller stores it and only then
 * calls `commit`, so the next card never shows before the answer is safe.
 */
import { checkAnswer, type AnswerCheck } from '$lib/answers/check';
import { inProfile } from '$lib/answers/profile';
import { spell, type SpellingProfile } from '$lib/answers/spelling';
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { isOlderSpelling } from '$lib/lexicon/spellings';
import { memoryOf, newMemory, preview, Rating, review, State, type Grade, type Memory } from '$lib/srs/fsrs';
import type { Theme } from '$lib/decks/deck';
import { checkForm, type FormCheck } from '$lib/forms/check';
import { isDigitsOf } from '$lib/forms/numra';
import { askOf, formChoices, slotsOfForm, type FormAsk } from '$lib/forms/practice';
import { shuffle } from '$lib/data/shuffle';
import type { StudyCard } from './cards';
import { WordsAround, type PromptHint } from './around';
import { choiceOptions, promptOf, type ChoiceOption } from './exercise';
import { ADULT_PATH, byEar, canBuild, climb, exerciseOn, rungOf, type LearningPath } from './ladder';
import { letterTiles, type Tile } from './tiles';
import { OVERRULED_RATING, ratingFor } from './grading';
import { requeue } from './queue';
import {
	wordKeyOf,
	type CardProgress,
	type Exercise,
	type LoggedVerdict,
	type ReviewLogRow
} from './records';
import type { StudySettings } from './settings';
import { SESSION_HORIZON_MS, type SavedSession } from './plan';

export interface SessionSetup {
	scope: string;
	startedAt: number;
	/** Card ids to show, in order (a new queue, or the saved one when resuming). */
	queue: readonly string[];
	/** Every card of the scope. */
	cards: readonly StudyCard[];
	/** Each deck's theme, for telling words that share a meaning apart ("tre": Tall or Natur). */
	themes?: ReadonlyMap<string, Theme>;
	/** What is known of the queued cards' memories (a card absent here is new). */
	progress: ReadonlyMap<string, CardProgress>;
	/** Answers already given in this session (when resuming after a reload). */
	answered: number;
	settings: StudySettings;
	support: GlossLanguage;
	spelling: SpellingProfile;
	/** Who is learning: how far the ladder goes, and whether "I was right" is offered. */
	path?: LearningPath;
	/** The session's fixed length; absent: answered plus the queue (a session saved before it was fixed). */
	total?: number;
	/** Cards introduced in this session whose first exercise is still to come. */
	met?: readonly string[];
	/** Word ids the learner has met: wrong options are drawn from them first. */
	known?: ReadonlySet<string>;
	/** Words someone has recorded (`deck/word` keys): they may be asked by ear. */
	voiced?: ReadonlySet<string>;
}

/** The prompt of a forms card: the word in its dictionary form, one of its forms asked. */
export interface FormPrompt {
	prompt: string;
	promptLang: 'sma';
	accepted: string[];
	answerLang: 'sma';
	fallback: null;
}

/** A forms card's question: the form asked, its group, and whether the group is met for the first time. */
export interface AskedForm extends FormAsk {
	group: string;
	/** The card is new: its group's explanation shows open. */
	first: boolean;
}

/** How the current card is asked. */
export interface Question {
	card: StudyCard;
	/** A word never met before: shown as an introduction first, then asked with `exercise`. */
	introduce: boolean;
	exercise: Exercise;
	/** Asked by ear: the recording plays and the written prompt is hidden (ladder.ts, byEar). */
	byEar: boolean;
	/** The prompt, with every accepted answer (the card's forms first, then other words that also fit). */
	prompt: ReturnType<typeof promptOf> | FormPrompt;
	/** A forms card: the form asked (its slot, the words before the blank), see forms/practice.ts. */
	form?: AskedForm;
	/**
	 * Told before the learner answers, when another word of their decks shares the prompted meaning
	 * ("tre": golme the number, moere the tree): the card's note, else its part of speech, else its theme.
	 */
	hint?: PromptHint;
	/** The four options of a multiple-choice question (empty otherwise). */
	options: ChoiceOption[];
	/** The letter tiles of a tiles question (empty otherwise). */
	tiles: Tile[];
	/** When each flashcard grade would bring the card back (epoch ms), for flashcards only. */
	intervals?: Record<Grade, number>;
}

export type { PromptHint };

/** One answer, ready to be stored in one transaction. */
export interface Step {
	card: StudyCard;
	exercise: Exercise;
	answer: string;
	check: AnswerCheck;
	/** The learner typed another word with the prompted meaning (`check.matched`): also right. */
	synonym?: string;
	/** The learner typed one of the card's other spellings (`check.matched`): an older one, or an equal one. */
	spelling?: 'older' | 'also';
	/** What the other real word they typed (`check.confusedWith`) means, in the support language. */
	confusedMeaning?: string[];
	/** The theme of that word's deck, when its meaning reads like the prompt's ("tre": Natur, not Tall). */
	confusedTheme?: Theme;
	/** A forms card answered with the same word's form for other slots ("you wrote the plural"). */
	formSlots?: string[];
	/** A forms card: the labels of the slot asked ("jeg", "ikke"), for the feedback. */
	formAsked?: string[];
	rating: Grade;
	progress: CardProgress;
	/** The card's rung on the ladder before this answer (an overrule climbs from it again). */
	rungBefore: number;
	row: Omit<ReviewLogRow, 'id' | 'cardId'>;
	/** The session as it resumes after this answer. */
	saved: SavedSession;
}

/** The last stored answer, as the feedback screen shows it. */
export interface Answered extends Step {
	rowId: number;
	overruled: boolean;
	/** True when the app moved straight on (a plain right answer): only a quiet "right!" shows. */
	movedOn: boolean;
}

/** An overrule ready to be stored: the row it changes, the card's re-graded progress, the session after. */
export interface OverruleStep {
	rowId: number;
	rating: Grade;
	progress: CardProgress;
	saved: SavedSession;
}

export class StudySession {
	readonly scope: string;
	readonly startedAt: number;
	#queue: string[];
	#cards: Map<string, StudyCard>;
	#byDeck = new Map<string, StudyCard[]>();
	#progress: Map<string, CardProgress>;
	#settings: StudySettings;
	#support: GlossLanguage;
	#spelling: SpellingProfile;
	#answered: number;
	/** The queue before each answer of this visit, newest last: undo goes back to it. */
	#history: string[][] = [];
	#last: Answered | undefined;
	#themes: ReadonlyMap<string, Theme>;
	#path: LearningPath;
	#total: number;
	#met: Set<string>;
	#known: ReadonlySet<string>;
	#voiced: ReadonlySet<string>;
	#around: WordsAround;

	constructor(setup: SessionSetup) {
		this.#themes = setup.themes ?? new Map();
		this.#path = setup.path ?? ADULT_PATH;
		this.#known = setup.known ?? new Set();
		this.#voiced = setup.voiced ?? new Set();
		this.scope = setup.scope;
		this.startedAt = setup.startedAt;
		this.#cards = new Map(setup.cards.map((card) => [card.id, card]));
		for (const card of setup.cards) {
			const deck = this.#byDeck.get(card.deckId);
			if (deck) deck.push(card);
			else this.#byDeck.set(card.deckId, [card]);
		}
		this.#queue = setup.queue.filter((id) => this.#cards.has(id));
		this.#progress = new Map(setup.progress);
		this.#answered = setup.answered;
		this.#settings = setup.settings;
		this.#support = setup.support;
		this.#spelling = setup.spelling;
		this.#total = setup.total ?? this.#answered + this.#queue.length;
		this.#met = new Set(setup.met?.filter((id) => this.#cards.has(id)));
		// Words around a word are words: a forms card asks its own word's forms.
		this.#around = new WordsAround(
			setup.cards.filter((card) => !card.forms),
			{
				support: this.#support,
				themes: this.#themes,
				child: this.#path.child
			}
		);
	}

	/** The card shown now, or undefined when the session is over. */
	get card(): StudyCard | undefined {
		if (this.#answered >= this.#total) return undefined;
		const id = this.#queue[0];
		return id === undefined ? undefined : this.#cards.get(id);
	}

	/** Every card of the session's decks. */
	get cards(): StudyCard[] {
		return [...this.#cards.values()];
	}

	/** The decks the session draws from. */
	get deckIds(): string[] {
		return [...this.#byDeck.keys()];
	}

	get answered(): number {
		return this.#answered;
	}

	/** Answers still to give, the current card included. */
	get remaining(): number {
		return Math.max(0, Math.min(this.#queue.length, this.#total - this.#answered));
	}

	/** How many answers the session holds: fixed when it starts, so the progress bar only moves forward. */
	get total(): number {
		return this.#total;
	}

	get path(): LearningPath {
		return this.#path;
	}

	/** The last answer stored in this visit (cleared by undo). */
	get last(): Answered | undefined {
		return this.#last;
	}

	/** How the current card is asked now. `random` picks and orders the choice options. */
	question(now: number, random: () => number = Math.random): Question | undefined {
		const card = this.card;
		if (!card) return undefined;
		const memory = this.#progress.get(card.id);
		if (card.forms) return this.#formQuestion(card, now, random);
		const exercise = exerciseOn({
			direction: card.direction,
			rung: rungOf(memory),
			typing: this.#path.typing,
			buildable: canBuild(card.word.sma),
			flashcards: this.#settings.flashcards
		});
		const { prompt, hint } = this.#around.asked(card);
		const deck = this.#byDeck.get(card.deckId) ?? [];
		const known = this.#known;
		const introduce = !memory && card.direction === 'recognition' && !this.#met.has(card.id);
		const heard = byEar({
			direction: card.direction,
			exercise,
			rung: rungOf(memory),
			reps: memory?.reps ?? 0,
			voiced: this.#voiced.has(wordKeyOf(card.deckId, card.word.id)),
			child: this.#path.child
		});
		return {
			card,
			introduce,
			exercise,
			byEar: heard,
			...(hint ? { hint } : {}),
			prompt,
			options:
				exercise === 'choice' ? choiceOptions(card, deck, { support: this.#support, known, random }) : [],
			tiles: exercise === 'tiles' ? letterTiles(spell(card.word.sma, this.#spelling), random) : [],
			...(exercise === 'flashcard'
				? { intervals: preview(memory ?? newMemory(now), now, this.#scheduler()) }
				: {})
		};
	}

	/** The form a forms card asks now: its group's slots in turn, by the answers it has had. */
	#ask(card: StudyCard): FormAsk | undefined {
		if (!card.forms) return undefined;
		const reps = this.#progress.get(card.id)?.reps ?? 0;
		return askOf(card.word.sma, wordKeyOf(card.deckId, card.word.id), card.forms, reps);
	}

	/** The prompt of any card: a forms card's asked form, else the word's meaning or the word. */
	#promptOf(card: StudyCard): Question['prompt'] {
		const ask = this.#ask(card);
		if (card.forms)
			return {
				prompt: card.word.sma,
				promptLang: 'sma',
				accepted: ask?.accepted ?? [],
				answerLang: 'sma',
				fallback: null
			};
		return this.#around.asked(card).prompt;
	}

	/**
	 * A forms card on the word ladder's production rungs: choose among the same word's forms, build it
	 * from tiles, then type it. Never by ear (a recording is of the dictionary form).
	 */
	#formQuestion(card: StudyCard, now: number, random: () => number): Question | undefined {
		const ask = this.#ask(card);
		const practice = card.forms;
		const answer = ask?.accepted[0];
		if (!ask || !practice || !answer) return undefined;
		const memory = this.#progress.get(card.id);
		const exercise = exerciseOn({
			direction: 'production',
			rung: rungOf(memory),
			typing: this.#path.typing,
			buildable: canBuild(answer),
			flashcards: this.#settings.flashcards
		});
		// One card, four of its forms: each option keyed by the card and its form.
		const option = (text: string, correct: boolean): ChoiceOption => ({
			cardId: `${card.id}#${text}`,
			text,
			correct
		});
		return {
			card,
			introduce: false,
			exercise,
			byEar: false,
			prompt: this.#promptOf(card),
			form: { ...ask, group: practice.group, first: !memory },
			options:
				exercise === 'choice'
					? shuffle(
							[
								option(answer, true),
								...formChoices(practice, ask, 3, random).map((text) => option(text, false))
							],
							random
						)
					: [],
			tiles: exercise === 'tiles' ? letterTiles(spell(answer, this.#spelling), random) : [],
			...(exercise === 'flashcard'
				? { intervals: preview(memory ?? newMemory(now), now, this.#scheduler()) }
				: {})
		};
	}

	/**
	 * A typed form: every variant of the asked slot is right; the same word's form for another slot is
	 * wrong and named ("you wrote the plural"); a slip is a typo, as for words (forms/check.ts).
	 */
	#typedForm(card: StudyCard, text: string, elapsedMs: number, now: number): Step | undefined {
		const ask = this.#ask(card);
		if (!ask || !card.forms) return undefined;
		const checked = checkForm(text, card.forms.forms, ask.tag);
		const check = inProfile(checked, this.#spelling);
		const rating = ratingFor('typing', check.verdict, elapsedMs, text.length);
		return this.#step(
			card,
			'typing',
			text,
			{ ...check, ...(checked.otherSlots ? { otherSlots: checked.otherSlots } : {}) },
			rating,
			elapsedMs,
			now
		);
	}

	/** A typed answer, checked against the card's accepted forms in the learner's spelling profile. */
	typed(text: string, elapsedMs: number, now: number): Step | undefined {
		const card = this.card;
		if (!card) return undefined;
		if (card.forms) return this.#typedForm(card, text, elapsedMs, now);
		const { prompt, words } = this.#around.asked(card);
		// A Numra card is answered in digits however they are written: 8.30 and 08:30 are 8:30.
		const numra = card.word.numra;
		const given =
			numra && card.direction === 'recognition' && isDigitsOf(numra, text)
				? (prompt.accepted[0] ?? text)
				: text;
		const check = inProfile(
			checkAnswer(given, prompt.accepted, {
				language: prompt.answerLang,
				otherWords: words.others,
				number: card.word.pos === 'Num'
			}),
			this.#spelling
		);
		// Recognition: every gloss of the sense is the answer. Production: another word with the same
		// meaning is right but not this card's word (Good, never Easy), and another spelling is noted.
		const production = card.direction === 'production';
		const synonym =
			production && check.matched && words.synonyms.has(check.matched) ? check.matched : undefined;
		const rating = synonym ? Rating.Good : ratingFor('typing', check.verdict, elapsedMs, text.length);
		const step = this.#step(card, 'typing', text, check, rating, elapsedMs, now);
		if (synonym) step.synonym = synonym;
		else if (production && check.matched) step.spelling = isOlderSpelling(check.matched) ? 'older' : 'also';
		if (check.confusedWith && card.direction === 'production') {
			step.confusedMeaning = words.meaning(check.confusedWith);
			// "moere = tre" next to the prompt "tre": say which "tre" moere is (Natur).
			const prompted = new Set(card.word[prompt.promptLang as GlossLanguage]);
			if (step.confusedMeaning.some((gloss) => prompted.has(gloss))) {
				const theme = this.#around.themeOfWord(check.confusedWith);
				if (theme) step.confusedTheme = theme;
			}
		}
		return step;
	}

	/** The current new word was introduced: the session (saved) remembers it, and asks it next. */
	meet(): SavedSession | undefined {
		const card = this.card;
		if (!card) return undefined;
		this.#met.add(card.id);
		return this.saved();
	}

	/**
	 * A word built from letter tiles, checked like a typed one in the learner's spelling profile (in
	 * Sweden gäjhta is gæjhta): right, or wrong. The tiles hold the word's own letters, so an i where the
	 * ï tile was, or a near miss, is a wrong letter chosen, never a keyboard's or a finger's slip.
	 */
	built(text: string, elapsedMs: number, now: number): Step | undefined {
		const card = this.card;
		if (!card) return undefined;
		const accepted = card.forms ? (this.#ask(card)?.accepted ?? []) : [card.word.sma, ...card.word.variants];
		const checked = inProfile(checkAnswer(text, accepted, { language: 'sma' }), this.#spelling);
		const right = checked.verdict === 'correct';
		const check: AnswerCheck = right ? checked : { verdict: 'wrong', expected: accepted[0] ?? card.word.sma };
		const rating = right ? Rating.Good : Rating.Again;
		return this.#step(card, 'tiles', text, check, rating, elapsedMs, now);
	}

	/**
	 * A multiple-choice answer, judged by the same checker as a typed one: the option that is the card's
	 * is right, and so is any other option the checker accepts for the prompt (a synonym that slipped
	 * into the options is never called wrong).
	 */
	chose(option: ChoiceOption, options: readonly ChoiceOption[], elapsedMs: number, now: number) {
		const card = this.card;
		if (!card) return undefined;
		const expected = options.find((o) => o.correct)?.text ?? '';
		const prompt = this.#promptOf(card);
		const accepted = [expected, ...prompt.accepted.filter((form) => form !== expected)];
		const checked = checkAnswer(option.text, accepted, { language: prompt.answerLang });
		const right = option.correct || (checked.verdict === 'correct' && !!option.text);
		const check: AnswerCheck = { verdict: right ? 'correct' : 'wrong', expected };
		const rating = ratingFor('choice', check.verdict, 0, 0);
		return this.#step(card, 'choice', option.text, check, rating, elapsedMs, now);
	}

	/** A flashcard the learner graded. */
	graded(rating: Grade, elapsedMs: number, now: number): Step | undefined {
		const card = this.card;
		if (!card) return undefined;
		const check: AnswerCheck = {
			verdict: 'correct',
			expected: this.#promptOf(card).accepted[0] ?? ''
		};
		return this.#step(card, 'flashcard', '', check, rating, elapsedMs, now, 'self');
	}

	#step(
		card: StudyCard,
		exercise: Exercise,
		answer: string,
		check: AnswerCheck,
		rating: Grade,
		elapsedMs: number,
		now: number,
		verdict: LoggedVerdict = check.verdict
	): Step {
		const before = this.#progress.get(card.id);
		const memory = review(before ?? newMemory(now), rating, now, this.#scheduler());
		const rungBefore = rungOf(before);
		const progress: CardProgress = {
			id: card.id,
			deckId: card.deckId,
			wordId: card.word.id,
			direction: card.direction,
			introduced: before?.introduced ?? now,
			...memory,
			rung: climb(rungBefore, rating)
		};
		const row = {
			at: now,
			rating,
			verdict,
			answer,
			elapsedMs: Math.round(elapsedMs),
			before: before ? { ...memoryOf(before), rung: rungBefore } : null,
			exercise
		};
		const queue = this.#nextQueue(this.#queue.slice(1), card.id, memory, now, this.#answered + 1);
		const saved = this.#saved(queue, card.id);
		const asked = this.#ask(card)?.labels;
		// A forms card answered with another of the word's forms: which slot that form is for (typed, the
		// checker found it despite a slip; chosen or built, it is the form itself).
		const formSlots =
			card.forms && check.verdict === 'wrong' && answer
				? ((check as FormCheck).otherSlots ?? slotsOfForm(card.forms, answer))
				: [];
		return {
			card,
			exercise,
			answer,
			check,
			rating,
			progress,
			rungBefore,
			row,
			saved,
			...(asked ? { formAsked: asked } : {}),
			...(formSlots.length ? { formSlots } : {})
		};
	}

	/** The step was stored (as log row `rowId`): the session moves on. */
	commit(step: Step, rowId: number): Answered {
		this.#progress.set(step.card.id, step.progress);
		this.#history.push(this.#queue);
		this.#queue = [...step.saved.queue];
		this.#met.delete(step.card.id);
		this.#answered++;
		const movedOn = step.check.verdict === 'correct' && !step.synonym && !step.spelling;
		this.#last = { ...step, rowId, overruled: false, movedOn };
		return this.#last;
	}

	/**
	 * "I was right" is offered only for a typed answer the checker called wrong, and only once; never to
	 * a child, whose feedback shows the right answer and moves on.
	 */
	get canOverrule(): boolean {
		const last = this.#last;
		if (!last || this.#path.child) return false;
		return last.exercise === 'typing' && last.check.verdict === 'wrong' && !last.overruled;
	}

	/** The last answer re-graded Good from the memory it had before, ready to store. */
	overrule(now: number): OverruleStep | undefined {
		const last = this.#last;
		if (!last || !this.canOverrule) return undefined;
		const memory = review(last.row.before ?? newMemory(now), OVERRULED_RATING, now, this.#scheduler());
		const progress = { ...last.progress, ...memory, rung: climb(last.rungBefore, OVERRULED_RATING) };
		const previous = this.#history.at(-1) ?? [last.card.id];
		const queue = this.#nextQueue(previous.slice(1), last.card.id, memory, now, this.#answered);
		return { rowId: last.rowId, rating: OVERRULED_RATING, progress, saved: this.#saved(queue) };
	}

	commitOverrule(step: OverruleStep): Answered | undefined {
		if (!this.#last || this.#last.rowId !== step.rowId) return undefined;
		this.#progress.set(step.progress.id, step.progress);
		this.#queue = [...step.saved.queue];
		this.#last = { ...this.#last, progress: step.progress, rating: step.rating, overruled: true };
		return this.#last;
	}

	/**
	 * The session as it resumes once `undone` (the newest stored answer) is taken back: the queue from
	 * before that answer, or after a reload (history gone) the undone card first again.
	 */
	savedAfterUndo(undone: Pick<ReviewLogRow, 'cardId' | 'before'>): SavedSession {
		const previous = this.#history.at(-1);
		const queue =
			previous?.[0] === undone.cardId
				? previous
				: [undone.cardId, ...this.#queue.filter((id) => id !== undone.cardId)];
		const saved = this.#saved(queue);
		// A new word's first answer taken back: it was introduced already, so it is asked, not introduced.
		if (undone.before === null) saved.met = [...new Set([...(saved.met ?? []), undone.cardId])];
		return saved;
	}

	/** The answer was taken back in storage: its card shows again with the memory it had before. */
	commitUndo(undone: Pick<ReviewLogRow, 'cardId' | 'before'>, saved: SavedSession): void {
		const card = this.#progress.get(undone.cardId);
		if (card && undone.before) this.#progress.set(undone.cardId, { ...card, ...undone.before });
		else this.#progress.delete(undone.cardId);
		if (this.#history.at(-1)?.[0] === undone.cardId) this.#history.pop();
		this.#queue = [...saved.queue];
		this.#met = new Set(saved.met ?? []);
		this.#answered = Math.max(0, this.#answered - 1);
		this.#last = undefined;
	}

	/** The session as saved now (nothing answered since the last save). */
	saved(): SavedSession {
		return this.#saved(this.#queue);
	}

	/**
	 * The queue after an answer. A card still in its learning steps comes back a few cards later, but
	 * within the session's fixed length (the total never grows): when no answer is left, next time.
	 */
	#nextQueue(rest: string[], id: string, memory: Memory, now: number, answeredAfter: number): string[] {
		const learning = memory.state === State.Learning || memory.state === State.Relearning;
		const left = this.#total - answeredAfter;
		if (!learning || memory.due - now >= SESSION_HORIZON_MS || left <= 0) return rest;
		return requeue(rest, id, Math.min(3, left - 1));
	}

	/** The session to save: `answered` (a card just answered) is no longer waiting for its first exercise. */
	#saved(queue: readonly string[], answered?: string): SavedSession {
		const met = [...this.#met].filter((id) => id !== answered);
		return {
			scope: this.scope,
			startedAt: this.startedAt,
			queue: [...queue],
			total: this.#total,
			...(met.length ? { met } : {})
		};
	}

	#scheduler() {
		return { retention: this.#settings.retention, fuzz: true };
	}
}
