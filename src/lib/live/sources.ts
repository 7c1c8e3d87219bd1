/**
 * Where a live game's words come from (#27): a deck, an assignment, or the words a class finds hardest
 * by the results its pupils' devices sent. Pure: results and decks come in as values; every word is a
 * `deckId/wordId` key.
 */
import { nickKey } from '$lib/classes/protocol';
import type { AssignedDeck, ResultCode } from '$lib/teach/assignment';
import type { OwnDeck } from '$lib/teach/ownDeck';

/** A word as the class knows it: its mean recall over the pupils who practised it. */
export interface ClassWord {
	key: string;
	/** Mean recall on the due date, 0–100. */
	recall: number;
	pupils: number;
}

/**
 * Every word the class's results speak of, hardest first: lowest mean recall over the pupils who
 * practised it (each pupil's newest result for a word counts once, whichever assignment it came in),
 * then the word more pupils practised. A word nobody has answered yet is not hard, only new: left out.
 */
export function classWords(results: readonly ResultCode[]): ClassWord[] {
	const byWord = new Map<string, Map<string, { recall: number; at: number }>>();
	for (const result of results) {
		for (const [key, recall, , answers] of result.words) {
			if (answers === 0) continue;
			const pupils = byWord.get(key) ?? new Map<string, { recall: number; at: number }>();
			byWord.set(key, pupils);
			const pupil = nickKey(result.nick.trim());
			const seen = pupils.get(pupil);
			if (!seen || seen.at < result.at) pupils.set(pupil, { recall, at: result.at });
		}
	}
	return [...byWord]
		.map(([key, pupils]) => {
			const recalls = [...pupils.values()].map((p) => p.recall);
			return { key, recall: recalls.reduce((a, b) => a + b, 0) / recalls.length, pupils: recalls.length };
		})
		.sort((a, b) => a.recall - b.recall || b.pupils - a.pupils || a.key.localeCompare(b.key));
}

/**
 * The `count` words a class finds hardest, from the decks a game can ask (`playable`: the built-in ones,
 * and the teacher's own lists this device has to bring along).
 */
export function hardestWords(
	results: readonly ResultCode[],
	count: number,
	playable: (deckId: string) => boolean
): string[] {
	return classWords(results)
		.filter((word) => playable(word.key.split('/')[0]!))
		.slice(0, count)
		.map((word) => word.key);
}

/** How many pupils these results are from (one nickname, however written, is one pupil). */
export function pupilsIn(results: readonly ResultCode[]): number {
	return new Set(results.map((result) => nickKey(result.nick.trim()))).size;
}

/** The teacher's own decks among `own` that these words come from: what a game must bring along. */
export function ownDecksFor<Deck extends { id: string }>(
	words: readonly string[],
	own: Iterable<Deck>
): Deck[] {
	return [...own].filter((deck) => words.some((key) => key.startsWith(`${deck.id}/`)));
}

/**
 * An assignment's words, in its order: the listed words of each deck (its whole deck when none are
 * listed; a built-in deck's words as `deckWords` gives them), and the teacher's own decks among them,
 * which the game must bring along (the class service knows only the built-in ones).
 */
export function assignmentWords(
	decks: readonly AssignedDeck[],
	deckWords: (deckId: string) => readonly string[] | undefined
): { words: string[]; own: OwnDeck[] } {
	const words: string[] = [];
	const own: OwnDeck[] = [];
	for (const deck of decks) {
		if ('own' in deck) {
			own.push(deck.own);
			for (const card of deck.own.cards) words.push(`${deck.own.id}/${card.id}`);
			continue;
		}
		const all = deckWords(deck.builtIn) ?? [];
		const wanted = deck.words ? all.filter((id) => deck.words!.includes(id)) : all;
		for (const id of wanted) words.push(`${deck.builtIn}/${id}`);
	}
	return { words: [...new Set(words)], own };
}
