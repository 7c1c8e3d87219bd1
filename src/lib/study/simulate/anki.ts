/**
 * Anki's SM-2 scheduler with Anki's default deck options, answering by typing (right → Good,
 * wrong → Again; a typed answer never says Hard or Easy):
 * learning steps 1 min and 10 min, graduating interval 1 day, easy interval 4 days, starting ease 250 %,
 * easy bonus 130 %, hard interval 120 %, a lapse → ease −20 % (never below 130 %), relearning step 10 min,
 * new interval 0 % (so 1 day, Anki's minimum), maximum 36,500 days. Reviews are due by day; learning
 * cards by the minute, shown up to 20 minutes early when nothing else is left ("learn ahead limit").
 * Anki's interval fuzz is left out (it spreads due days; the simulation has one deck and no backlog).
 */
import { DAY, dayOf, dayStart } from './clock';
import type { StudyDay } from './learner';

export const ANKI_DEFAULTS = {
	learningStepsMinutes: [1, 10],
	graduatingDays: 1,
	easyDays: 4,
	startingEase: 2.5,
	easyBonus: 1.3,
	hardInterval: 1.2,
	lapseEaseDrop: 0.2,
	minimumEase: 1.3,
	relearningStepsMinutes: [10],
	lapseNewInterval: 0,
	learnAheadMinutes: 20
} as const;

export type AnkiCard =
	| { phase: 'learning' | 'relearning'; step: number; due: number; interval: number; ease: number }
	| { phase: 'review'; due: number; interval: number; ease: number };

export type AnkiAnswer = 'again' | 'hard' | 'good' | 'easy';

const MINUTE = 60_000;

/** A new card after its first showing, answered `answer`. */
export function firstAnswer(answer: AnkiAnswer, now: number, options = ANKI_DEFAULTS): AnkiCard {
	const learning: AnkiCard = {
		phase: 'learning',
		step: -1,
		due: now,
		interval: 0,
		ease: options.startingEase
	};
	return answerCard(learning, answer, now, options);
}

/** The card after an answer at `now` (Anki's v2/v3 SM-2 rules with the options above). */
export function answerCard(
	card: AnkiCard,
	answer: AnkiAnswer,
	now: number,
	options = ANKI_DEFAULTS
): AnkiCard {
	const today = dayStart(dayOf(now));
	if (card.phase === 'review') {
		const daysLate = Math.max(0, Math.floor((today - card.due) / DAY));
		if (answer === 'again') {
			const interval = Math.max(1, Math.round(card.interval * options.lapseNewInterval));
			const ease = Math.max(options.minimumEase, card.ease - options.lapseEaseDrop);
			const step = options.relearningStepsMinutes[0]!;
			return { phase: 'relearning', step: 0, due: now + step * MINUTE, interval, ease };
		}
		const hard = Math.max(card.interval + 1, Math.round(card.interval * options.hardInterval));
		const good = Math.max(hard + 1, Math.round((card.interval + daysLate / 2) * card.ease));
		const easy = Math.max(good + 1, Math.round((card.interval + daysLate) * card.ease * options.easyBonus));
		const interval = answer === 'hard' ? hard : answer === 'good' ? good : easy;
		const ease =
			answer === 'hard'
				? Math.max(options.minimumEase, card.ease - 0.15)
				: answer === 'easy'
					? card.ease + 0.15
					: card.ease;
		return { phase: 'review', due: today + interval * DAY, interval, ease };
	}
	const steps = card.phase === 'learning' ? options.learningStepsMinutes : options.relearningStepsMinutes;
	const graduate = (interval: number): AnkiCard => ({
		phase: 'review',
		due: today + interval * DAY,
		interval,
		ease: card.ease
	});
	if (answer === 'easy') return graduate(card.phase === 'learning' ? options.easyDays : card.interval + 1);
	if (answer === 'again') return { ...card, step: 0, due: now + steps[0]! * MINUTE };
	if (answer === 'hard') {
		const step = Math.max(0, card.step);
		return { ...card, step, due: now + steps[step]! * MINUTE };
	}
	const next = card.step + 1;
	if (next >= steps.length)
		return graduate(card.phase === 'learning' ? options.graduatingDays : card.interval);
	return { ...card, step: next, due: now + steps[next]! * MINUTE };
}

/** Anki studying a deck of `words` words, `newPerDay` new ones a day, within each day's window. */
export class AnkiScheduler {
	readonly name = 'anki';
	readonly #cards: (AnkiCard | undefined)[];
	readonly #newPerDay: number;
	#nextNew = 0;

	constructor(words: number, newPerDay: number) {
		this.#cards = Array.from({ length: words }, () => undefined);
		this.#newPerDay = newPerDay;
	}

	study(day: StudyDay): void {
		let introduced = 0;
		const endOfToday = dayStart(day.day) + DAY;
		while (day.open) {
			const word = this.#next(day.now, endOfToday, introduced < this.#newPerDay);
			if (word === undefined) return;
			const card = this.#cards[word];
			if (!card) {
				// A new card: its front cannot be answered yet, its back is read (an exposure), then Again.
				day.introduce(word);
				this.#cards[word] = firstAnswer('again', day.now);
				introduced++;
				continue;
			}
			const at = day.now;
			const right = day.answer(word, 'typing');
			this.#cards[word] = answerCard(card, right ? 'good' : 'again', at);
		}
	}

	/** Learning cards due now, then reviews due today, then a new card, then learning cards ahead. */
	#next(now: number, endOfToday: number, mayIntroduce: boolean): number | undefined {
		let learning: number | undefined;
		let review: number | undefined;
		let ahead: number | undefined;
		this.#cards.forEach((card, word) => {
			if (!card) return;
			const due = card.due;
			if (card.phase !== 'review') {
				if (due <= now && (learning === undefined || due < this.#cards[learning]!.due)) learning = word;
				else if (
					due <= now + ANKI_DEFAULTS.learnAheadMinutes * MINUTE &&
					(ahead === undefined || due < this.#cards[ahead]!.due)
				)
					ahead = word;
			} else if (due < endOfToday && (review === undefined || due < this.#cards[review]!.due)) review = word;
		});
		if (learning !== undefined) return learning;
		if (review !== undefined) return review;
		if (mayIntroduce && this.#nextNew < this.#cards.length) return this.#nextNew++;
		return ahead;
	}
}
