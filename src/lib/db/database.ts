/**
 * The one IndexedDB schema of Lïeredh. Past versions stay here unchanged, each with its upgrade,
 * so a learner's progress survives every release.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { CardProgress, ReviewLogRow, Setting } from '$lib/study/records';
import type { PendingResult } from '$lib/classes/device';
import { activeDatabaseName, DATABASE_NAME } from './name';

/** A deck a teacher made on this device (format 1 deck, as in `/decks/<id>.json`). */
export interface OwnDeckRow {
	id: string;
	updated: number;
	deck: unknown;
}

/** A pronunciation recorded in the browser for one card of an own deck. */
export interface RecordingRow {
	/** `${deckId}/${wordId}` */
	id: string;
	deckId: string;
	type: string;
	audio: Blob;
}

/** Someone else's voice on this device: from a pack the learner imported, or from their online class. */
export interface VoiceRow {
	id: string;
	speaker: string;
	area: string;
	licence: string;
	recorded: string;
	/** Where it came from: a pack file, or the class (replaced when the class's pack changes). */
	source: 'pack' | 'class';
	added: number;
}

/** One take of a voice: `${voiceId}/${deckId}/${cardId}`. */
export interface VoiceTakeRow {
	id: string;
	voiceId: string;
	deckId: string;
	cardId: string;
	audio: Blob;
}

/** A learner's own try at saying a word (`${deckId}/${wordId}`), kept on the device only. */
export interface TryRow {
	id: string;
	at: number;
	audio: Blob;
}

/** An assignment a learner opened from a teacher's link. */
export interface AssignmentRow {
	id: string;
	due: number;
	opened: number;
	assignment: unknown;
}

/** One student's result code for one assignment, kept on the teacher's device. */
export interface ClassResultRow {
	/** `${assignmentId}/${nickname}` */
	id: string;
	assignmentId: string;
	received: number;
	result: unknown;
}

/**
 * Every schema the app has ever shipped, oldest first. Never edit or remove an entry: a learner's browser
 * may still hold any of them, and Dexie upgrades through each in turn. Add a new version at the end.
 * (Dexie stores version n as IndexedDB version n × 10.)
 */
export const SCHEMA_HISTORY: readonly {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
	{
		version: 1,
		stores: {
			// due: the due queue (due ≤ now, most overdue first); deckId: per-deck counts on Home;
			// introduced: how many new cards were started today.
			cards: 'id, due, deckId, introduced',
			// cardId: undo and rebuilding a card from its log; at: streak and this week's activity.
			reviews: '++id, cardId, at',
			settings: 'key'
		}
	},
	{
		version: 2,
		stores: {
			// [cardId+at]: an answer's identity across devices; merging a backup looks it up so no answer is
			// doubled. Not a unique index: Dexie builds indexes before any upgrade could clean old data.
			reviews: '++id, cardId, at, [cardId+at]',
			// Teachers' own decks (listed by last change) and their recorded pronunciations (by card).
			ownDecks: 'id, updated',
			recordings: 'id, deckId',
			// Assignments a learner opened from a link (by due date on Home).
			assignments: 'id, due',
			// Result codes a teacher collected: one row per student and assignment.
			classResults: 'id, assignmentId'
		}
	},
	{
		version: 3,
		stores: {
			// [deckId+due]: a session's due cards, deck by deck, without reading every card studied
			// (the queue then grows with what is due, not with the learner's whole history).
			cards: 'id, due, deckId, introduced, [deckId+due]'
		}
	},
	{
		version: 4,
		stores: {
			// Results waiting to reach an online class: one per assignment, the newest replacing the older.
			outbox: 'assignmentId'
		}
	},
	{
		version: 5,
		stores: {
			// Voices a learner imported (a pack) or a class shared: who speaks, on what licence; and their
			// takes, one per card (deckId: a session gathers a deck's sounds at once; voiceId: removing a voice).
			voices: 'id',
			voiceTakes: 'id, deckId, voiceId',
			// A learner's own tries at saying a word, kept when they chose to (one per word, the newest).
			tries: 'id'
		}
	}
];

export class LieredhDb extends Dexie {
	cards!: EntityTable<CardProgress, 'id'>;
	reviews!: EntityTable<ReviewLogRow, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	ownDecks!: EntityTable<OwnDeckRow, 'id'>;
	recordings!: EntityTable<RecordingRow, 'id'>;
	assignments!: EntityTable<AssignmentRow, 'id'>;
	classResults!: EntityTable<ClassResultRow, 'id'>;
	outbox!: EntityTable<PendingResult, 'assignmentId'>;
	voices!: EntityTable<VoiceRow, 'id'>;
	voiceTakes!: EntityTable<VoiceTakeRow, 'id'>;
	tries!: EntityTable<TryRow, 'id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
	}
}

let shared: LieredhDb | undefined;

/** The app's database, opened on first use (never during prerendering). */
export function database(): LieredhDb {
	shared ??= new LieredhDb(activeDatabaseName());
	return shared;
}
