/**
 * The one IndexedDB schema of Lïeredh. Past versions stay here unchanged, each with its upgrade,
 * so a learner's progress survives every release.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Memory } from '$lib/srs/fsrs';

/** Recognition: South Sami shown, meaning asked. Production: meaning shown, South Sami asked. */
export type Direction = 'recognition' | 'production';

/** A learner's progress on one card (one word in one direction). */
export interface CardProgress extends Memory {
	/** `${deckId}/${wordId}/${direction}`: stable across deck edits. */
	id: string;
	deckId: string;
	wordId: string;
	direction: Direction;
	/** When the card was first introduced: counts new cards per day. */
	introduced: number;
}

export type Verdict = 'correct' | 'variant' | 'typo' | 'wrong' | 'self';

/** One answer, appended and never changed (undo deletes the row). */
export interface ReviewLogRow {
	id?: number;
	cardId: string;
	at: number;
	rating: number;
	verdict: Verdict;
	answer: string;
	elapsedMs: number;
	/** The learner said "I was right" after an automatic 'wrong'. */
	overruled?: boolean;
	/** The card's memory before this answer, so undo can restore it exactly. */
	before: Memory | null;
}

export interface Setting {
	key: string;
	value: unknown;
}

export class LieredhDb extends Dexie {
	cards!: EntityTable<CardProgress, 'id'>;
	reviews!: EntityTable<ReviewLogRow, 'id'>;
	settings!: EntityTable<Setting, 'key'>;

	constructor(name = 'lieredh') {
		super(name);
		this.version(1).stores({
			// due: the due queue (due ≤ now, most overdue first); deckId: per-deck counts on Home;
			// introduced: how many new cards were started today.
			cards: 'id, due, deckId, introduced',
			// cardId: undo and rebuilding a card from its log; at: streak and this week's activity.
			reviews: '++id, cardId, at',
			settings: 'key'
		});
	}
}

let shared: LieredhDb | undefined;

/** The app's database, opened on first use (never during prerendering). */
export function database(): LieredhDb {
	shared ??= new LieredhDb();
	return shared;
}
