/**
 * What a study session holds: due reviews first (most overdue first), then new cards up to the day's
 * limit: a known word's next form groups (a few a day, a budget of their own), production of words
 * met before, then new words. A word's production card is introduced only on a later day than its recognition card (homework
 * excepted: the same day, once recognised), and the two directions of a word never follow each other.
 */
import { CardState } from '$lib/srs/scale';
import type { StudyCard } from './cards';
import { cardIdsOfWord, wordKey } from './records';

export interface QueueInput {
	/** Every card in scope, in deck order. */
	cards: readonly StudyCard[];
	/** The scope's cards due now, most overdue first (nothing else of the learner's history is read). */
	due: readonly { id: string; state: number }[];
	/** Ids of the scope's cards the learner has met (absent = new). */
	studied: ReadonlySet<string>;
	/** Ids of the cards introduced today: their other direction waits for a later day. */
	introducedToday: ReadonlySet<string>;
	/** How many new word cards may still be introduced today. */
	newLeft: number;
	/** How many new form groups may still be opened today (forms cards in scope are opened ones). */
	formsLeft?: number;
	/** Homework: a word's production may start the day it was recognised (the list is due soon). */
	sameDay?: boolean;
	/** "Learn more": only words never met (their recognition cards), so each new card is a new word. */
	newWordsOnly?: boolean;
	/** Homework: cards below the goal on the due date, asked after the due and new ones (homework.ts). */
	aimed?: readonly string[];
}

/** The card ids of a session, in the order they will be shown. */
export function buildQueue({
	cards,
	due,
	studied,
	introducedToday,
	newLeft,
	formsLeft = 0,
	sameDay = false,
	newWordsOnly = false,
	aimed = []
}: QueueInput): string[] {
	const inScope = new Set(cards.map((card) => card.id));
	const fresh: StudyCard[] = [];
	if (newLeft > 0 || formsLeft > 0) {
		const learnedBefore = (card: StudyCard) => {
			const recognition = cardIdsOfWord(wordKey(card.id))[0];
			return studied.has(recognition) && (sameDay || !introducedToday.has(recognition));
		};
		const candidates = cards.filter((card) => !studied.has(card.id));
		// Production of words recognised on an earlier day first: they are the next step for known words.
		const production = newWordsOnly
			? []
			: candidates.filter((card) => card.direction === 'production' && learnedBefore(card));
		const recognition = candidates.filter((card) => card.direction === 'recognition');
		const words = [...production, ...recognition].slice(0, newLeft);
		// A known word's next form group (only opened ones are in scope: forms/practice.ts) first, on a
		// budget of its own (a few a day): after the day's production cards it would never come on a
		// day with many of them, and it takes nothing from the new words.
		const forms = newWordsOnly ? [] : candidates.filter((card) => card.direction === 'forms');
		fresh.push(...forms.slice(0, formsLeft), ...words);
	}
	const reviews = due
		.filter((card) => card.state !== CardState.New && inScope.has(card.id))
		.map((card) => card.id);
	const queued = new Set([...reviews, ...fresh.map((card) => card.id)]);
	const extra = aimed.filter((id) => inScope.has(id) && !queued.has(id));
	return spreadSiblings([...queued, ...extra]);
}

/** Reorders as little as possible so that no card directly follows its sibling. */
export function spreadSiblings(ids: readonly string[]): string[] {
	const out = [...ids];
	for (let i = 1; i < out.length; i++) {
		if (wordKey(out[i]!) !== wordKey(out[i - 1]!)) continue;
		const swap = out.findIndex((id, j) => j > i && wordKey(id) !== wordKey(out[i - 1]!));
		if (swap === -1) break;
		[out[i], out[swap]] = [out[swap]!, out[i]!];
	}
	return out;
}

/** Where a card still in its learning steps comes back in the session: a few cards later, not next to its sibling. */
export function requeue(queue: readonly string[], id: string, gap = 3): string[] {
	const out = [...queue];
	let at = Math.min(gap, out.length);
	const clashes = (position: number) =>
		(position > 0 && wordKey(out[position - 1]!) === wordKey(id)) ||
		(position < out.length && wordKey(out[position]!) === wordKey(id));
	while (at < out.length && clashes(at)) at++;
	out.splice(at, 0, id);
	return out;
}
