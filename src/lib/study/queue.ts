/**
 * What a study session holds: due reviews first (most overdue first), then new cards up to the day's
 * limit. A word's production card is introduced only on a later day than its recognition card, and
 * the two directions of a word never follow each other.
 */
import { State, type Memory } from '$lib/srs/fsrs';
import { siblingKey, type StudyCard } from './cards';

export interface QueueInput {
	now: number;
	/** Start of the learner's current day (local midnight), as epoch ms. */
	today: number;
	/** Every card in scope, in deck order. */
	cards: readonly StudyCard[];
	/** The learner's progress for cards in scope, by card id (absent = never studied). */
	progress: ReadonlyMap<string, Memory & { introduced: number }>;
	/** How many new cards may still be introduced today. */
	newLeft: number;
}

/** The card ids of a session, in the order they will be shown. */
export function buildQueue({ now, today, cards, progress, newLeft }: QueueInput): string[] {
	const due = cards
		.filter((card) => {
			const memory = progress.get(card.id);
			return memory !== undefined && memory.state !== State.New && memory.due <= now;
		})
		.sort((a, b) => progress.get(a.id)!.due - progress.get(b.id)!.due);

	const fresh: StudyCard[] = [];
	if (newLeft > 0) {
		const learnedBefore = (card: StudyCard) => {
			const sibling = progress.get(card.id.replace(/production$/, 'recognition'));
			return sibling !== undefined && sibling.introduced < today;
		};
		const candidates = cards.filter((card) => !progress.has(card.id));
		// Production of words recognised on an earlier day first: they are the next step for known words.
		const production = candidates.filter((card) => card.direction === 'production' && learnedBefore(card));
		const recognition = candidates.filter((card) => card.direction === 'recognition');
		fresh.push(...[...production, ...recognition].slice(0, newLeft));
	}
	return spreadSiblings([...due, ...fresh].map((card) => card.id));
}

/** Reorders as little as possible so that no card directly follows its sibling. */
export function spreadSiblings(ids: readonly string[]): string[] {
	const out = [...ids];
	for (let i = 1; i < out.length; i++) {
		if (siblingKey(out[i]!) !== siblingKey(out[i - 1]!)) continue;
		const swap = out.findIndex((id, j) => j > i && siblingKey(id) !== siblingKey(out[i - 1]!));
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
		(position > 0 && siblingKey(out[position - 1]!) === siblingKey(id)) ||
		(position < out.length && siblingKey(out[position]!) === siblingKey(id));
	while (at < out.length && clashes(at)) at++;
	out.splice(at, 0, id);
	return out;
}
