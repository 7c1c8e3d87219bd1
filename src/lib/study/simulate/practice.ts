/**
 * What an exercise does, the same for every scheduler the benchmark compares (the "exercise effects"
 * rule). A learner model gives the probability `p` that the learner can produce the word; an exercise
 * turns it into a chance of a right answer and, afterwards, into a practice event of some weight.
 *
 * | event                    | chance right            | weight | seconds (right / wrong) |
 * | ------------------------ | ----------------------- | ------ | ----------------------- |
 * | intro card (first sight) | –                       | 1      | 13.7                    |
 * | choice of 4              | 1/4 + 3/4 · p           | 0.4    | 5 / 12                  |
 * | letter tiles             | 1/10 + 9/10 · p         | 0.7    | 10 / 18                 |
 * | typing                   | p                       | 1      | 7.3 / 23                |
 * | any wrong answer         | –                       | 0.5    | (feedback shows the word: a restudy) |
 *
 * - Guessing floors: 1 in the number of options for a choice; tiles hold only the word's own letters, so
 *   a learner who half knows the word can often build it (a floor of 1/10, an assumption); typing none.
 * - A right answer in an easier exercise strengthens memory less: recognising among four is a weaker
 *   retrieval than recall (the testing effect grows with retrieval effort, Pyc & Rawson 2009); the
 *   weights are assumptions, stated here and used for every scheduler alike.
 * - Typing costs are the srs-simulator's defaults for a review rated Good (7.33 s) and Again (23.0 s),
 *   and the intro card its cost of a first "Good" learning step (13.68 s) (open-spaced-repetition,
 *   fsrs-rs `SimulatorConfig::default`); choice and tiles are scaled from them by what a tap saves.
 * - Both directions of a word practise one memory of the word: recognising bovtse practises the same
 *   pair as writing it, only more weakly (choice weight), which is what the ladder relies on.
 */
export type Exercise = 'choice' | 'tiles' | 'typing';

export type Effect =
	| { kind: 'exposure'; weight: number }
	| { kind: 'right'; weight: number }
	| { kind: 'wrong'; weight: number };

export const GUESS_FLOOR: Record<Exercise, number> = { choice: 1 / 4, tiles: 1 / 10, typing: 0 };
export const RIGHT_WEIGHT: Record<Exercise, number> = { choice: 0.4, tiles: 0.7, typing: 1 };
export const WRONG_WEIGHT = 0.5;
export const INTRO: Effect = { kind: 'exposure', weight: 1 };
export const INTRO_SECONDS = 13.7;
export const SECONDS: Record<Exercise, { right: number; wrong: number }> = {
	choice: { right: 5, wrong: 12 },
	tiles: { right: 10, wrong: 18 },
	typing: { right: 7.3, wrong: 23 }
};

/** The chance of a right answer in `exercise` for a learner who recalls the word with probability `p`. */
export function chanceRight(exercise: Exercise, p: number, options = 4): number {
	const floor = exercise === 'choice' ? 1 / Math.max(1, options) : GUESS_FLOOR[exercise];
	return floor + (1 - floor) * p;
}

/** The practice event an answer is. */
export function effectOf(exercise: Exercise, right: boolean): Effect {
	return right ? { kind: 'right', weight: RIGHT_WEIGHT[exercise] } : { kind: 'wrong', weight: WRONG_WEIGHT };
}

/** Seconds an answer takes. */
export function secondsOf(exercise: Exercise, right: boolean): number {
	return right ? SECONDS[exercise].right : SECONDS[exercise].wrong;
}
