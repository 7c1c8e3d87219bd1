/**
 * A Leitner box: five boxes reviewed every 1, 2, 4, 8 and 16 days; a right answer moves a word up a
 * box, a wrong one back to the first. New words are read once (the intro) and wait in box 1 for the
 * next day. Answers are typed.
 */
import { dayOf } from './clock';
import type { StudyDay } from './learner';

export const LEITNER_DAYS = [1, 2, 4, 8, 16] as const;

export interface Boxed {
	/** 0–4. */
	box: number;
	/** The day it is asked next. */
	day: number;
}

/** Where a word goes after an answer on `day`. */
export function moveBox(word: Boxed, right: boolean, day: number): Boxed {
	const box = right ? Math.min(LEITNER_DAYS.length - 1, word.box + 1) : 0;
	return { box, day: day + LEITNER_DAYS[box]! };
}

export class LeitnerScheduler {
	readonly name = 'leitner';
	readonly #words: (Boxed | undefined)[];
	readonly #newPerDay: number;
	#nextNew = 0;

	constructor(words: number, newPerDay: number) {
		this.#words = Array.from({ length: words }, () => undefined);
		this.#newPerDay = newPerDay;
	}

	study(day: StudyDay): void {
		const today = dayOf(day.now);
		// Due words, the lowest box first (the words least known), then new ones.
		const due = this.#words
			.map((boxed, word) => ({ boxed, word }))
			.filter(({ boxed }) => boxed && boxed.day <= today)
			.sort((a, b) => a.boxed!.box - b.boxed!.box || a.word - b.word);
		for (const { word, boxed } of due) {
			if (!day.open) return;
			this.#words[word] = moveBox(boxed!, day.answer(word, 'typing'), today);
		}
		for (let n = 0; n < this.#newPerDay && day.open && this.#nextNew < this.#words.length; n++) {
			const word = this.#nextNew++;
			day.introduce(word);
			this.#words[word] = { box: 0, day: today + LEITNER_DAYS[0] };
		}
	}
}
