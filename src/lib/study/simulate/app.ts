/**
 * The app itself, as the benchmark's learner meets it: the real session planner (plan.ts), the real
 * StudySession with its ladder, intro card, fixed session length and FSRS settings, driven by the
 * simulated learner's answers on a fake clock. Only storage is replaced, by a map of card progress,
 * read the way the database is read (due cards most overdue first, cards met, cards introduced today).
 */
import { startOfDay } from '$lib/calendar/days';
import type { StudyCard } from '../cards';
import type { Card } from '$lib/decks/deck';
import type { DeckForms } from '$lib/forms/forms';
import { formsCardsOf } from '../formsCards';
import type { LearningPath } from '../ladder';
import { aimedCards, writableOn } from '../homework';
import { planSession } from '../plan';
import { wordKeyOf, type CardProgress } from '../records';
import { StudySession, type Step } from '../session';
import type { StudySettings } from '../settings';
import type { StudyDay } from './learner';
import type { Exercise } from './practice';

/** The learner's answer when they do not know the word: never accepted as any word. */
const NOT_KNOWN = '–';

export interface AppOptions {
	settings: StudySettings;
	path: LearningPath;
	/** The cards are an assignment's, with a recall goal on the due date: homework sessions. */
	homework?: { dueAt: number; target: number; typed?: boolean; aim?: boolean };
	/**
	 * The decks' word forms: known words' form groups are practised as in the app (formsCards.ts). The
	 * learner models hold one memory a word, so a forms answer is answered, and practises, as its word.
	 */
	forms?: ReadonlyMap<string, Pick<DeckForms, 'words' | 'negation'>>;
}

/** What one simulated day held: answers to word and forms cards, new words met, form groups opened. */
export interface DayTrace {
	answers: number;
	formsAnswers: number;
	newWords: number;
	groupsOpened: number;
}

export class AppScheduler {
	readonly name = 'app';
	readonly #cards: readonly StudyCard[];
	readonly #wordOf: Map<string, number>;
	readonly #options: AppOptions;
	readonly #random: () => number;
	readonly progress = new Map<string, CardProgress>();
	/** Sessions opened (homework figures). */
	sessions = 0;
	/** Words (deck/word) written right, typed or built from tiles: what a "typed" goal counts. */
	readonly writtenRight = new Set<string>();
	/** Each simulated day's answers, new words and form groups opened, by day number. */
	readonly trace: DayTrace[] = [];
	readonly #decks: { id: string; cards: Card[] }[] = [];
	#rowId = 0;

	constructor(cards: readonly StudyCard[], options: AppOptions, random: () => number) {
		this.#cards = cards;
		this.#options = options;
		this.#random = random;
		const keys = [...new Set(cards.map((card) => wordKeyOf(card.deckId, card.word.id)))];
		this.#wordOf = new Map(keys.map((key, index) => [key, index]));
		for (const card of cards) {
			if (card.direction !== 'recognition') continue;
			const deck = this.#decks.find((d) => d.id === card.deckId);
			if (deck) deck.cards.push(card.word);
			else this.#decks.push({ id: card.deckId, cards: [card.word] });
		}
	}

	/** The cards now: the words', and with forms the groups opened so far (as the study service builds them). */
	#cardsNow(): readonly StudyCard[] {
		const forms = this.#options.forms;
		if (!forms || this.#options.homework) return this.#cards;
		const opened = this.#decks.flatMap((deck) => {
			const served = forms.get(deck.id);
			return served ? formsCardsOf(deck, served, (id) => this.progress.get(id)) : [];
		});
		return [...this.#cards, ...opened];
	}

	#today(day: number): DayTrace {
		for (let i = this.trace.length; i <= day; i++)
			this.trace.push({ answers: 0, formsAnswers: 0, newWords: 0, groupsOpened: 0 });
		return this.trace[day]!;
	}

	/** The words in the order the simulated learner's memory numbers them. */
	get words(): number {
		return this.#wordOf.size;
	}

	study(day: StudyDay): void {
		while (day.open && this.session(day)) {
			/* one session after another, as long as the app offers one and time is left */
		}
	}

	/** One session, as the study screen opens it: false when the app has nothing to ask now. */
	session(day: StudyDay): boolean {
		const now = day.now;
		const today = startOfDay(now);
		const all = [...this.progress.values()];
		const due = all.filter((card) => card.due <= now).sort((a, b) => a.due - b.due);
		const studied = new Set(this.progress.keys());
		const introducedToday = new Set(all.filter((card) => card.introduced >= today).map((card) => card.id));
		const { settings, path, homework } = this.#options;
		const aim = homework && {
			...homework,
			now,
			retention: settings.retention,
			...(homework.typed ? { written: this.writtenRight } : {})
		};
		const aimed = aim && homework.aim !== false ? aimedCards(writableOn(all, this.#cards, path), aim) : [];
		const cards = this.#cardsNow();
		const planned = planSession({
			cards,
			aimed,
			due,
			studied,
			introducedToday,
			newPerDay: settings.newPerDay,
			path,
			homework: !!homework,
			back: false
		});
		if (planned.total === 0) return false;
		this.sessions++;
		const session = new StudySession({
			scope: homework ? 'assignment:sim' : 'sim',
			startedAt: now,
			cards,
			settings,
			support: 'nb',
			spelling: 'norway',
			path,
			known: new Set([...studied].map((id) => id.split('/')[1]!)),
			progress: new Map(
				[...due, ...aimed.map((id) => this.progress.get(id)!)].map((card) => [card.id, card])
			),
			answered: 0,
			...planned
		});
		while (day.open) {
			const question = session.question(day.now, this.#random);
			if (!question) break;
			const card = question.card;
			const word = this.#wordOf.get(wordKeyOf(card.deckId, card.word.id))!;
			const trace = this.#today(day.day);
			if (question.introduce) {
				trace.newWords++;
				day.introduce(word);
				session.meet();
				continue;
			}
			const at = day.now;
			const exercise = question.exercise as Exercise;
			const options = question.options.length || 4;
			const right = day.answer(word, exercise, options);
			const elapsed = day.now - at;
			let step: Step | undefined;
			if (exercise === 'choice') {
				const chosen = question.options.find((option) => option.correct === right) ?? question.options[0]!;
				step = session.chose(chosen, question.options, elapsed, at);
			} else if (exercise === 'tiles') {
				step = session.built(right ? question.prompt.accepted[0]! : NOT_KNOWN, elapsed, at);
			} else {
				step = session.typed(right ? question.prompt.accepted[0]! : NOT_KNOWN, elapsed, at);
			}
			if (!step) break;
			session.commit(step, ++this.#rowId);
			trace.answers++;
			if (card.forms) {
				trace.formsAnswers++;
				if (!step.row.before) trace.groupsOpened++;
			}
			if (exercise !== 'choice' && step.check.verdict === 'correct')
				this.writtenRight.add(wordKeyOf(card.deckId, card.word.id));
			this.progress.set(step.progress.id, step.progress);
		}
		return true;
	}
}
