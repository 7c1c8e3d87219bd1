/**
 * The backup file: what "Export progress" writes and the only shape "Import progress" accepts.
 * Pure: reading a file is validated here completely before anything touches the database.
 */
import {
	DIRECTIONS,
	EXERCISES,
	LOGGED_VERDICTS,
	type CardProgress,
	type ReviewLogRow,
	type Setting
} from '$lib/study/records';
import type { Memory } from '$lib/srs/fsrs';
import { RUNGS } from '$lib/study/ladder';
import { SESSION_SETTING } from '$lib/study/plan';
import { readAssignment, readResult, type AssignmentEntry, type ResultCode } from '$lib/teach/assignment';
import { readOwnDeck, type OwnDeck } from '$lib/teach/ownDeck';
import {
	BadField,
	id,
	integer,
	isObject,
	list,
	number,
	object,
	oneOf,
	plainText,
	time
} from '$lib/data/fields';

export const BACKUP_FORMAT = 'lieredh-backup';
export const BACKUP_VERSION = 1;

/** Far above years of daily study (100,000 answers ≈ 30 MB), far below what would stall a phone. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

/** Everything a teacher made or collected on a device, as a backup carries it (recordings stay out). */
export interface Teaching {
	decks: { deck: OwnDeck; updated: number }[];
	assignments: AssignmentEntry[];
	results: { result: ResultCode; received: number }[];
}

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** The app version that wrote it (informative only). */
	app: string;
	exportedAt: number;
	cards: CardProgress[];
	reviews: ReviewLogRow[];
	settings: Setting[];
	/** A teacher's own decks, opened or made assignments, collected result codes (recordings stay out). */
	teaching: Teaching;
	/** The learner's preferences (support language, spelling, children's mode, typing, sounds). */
	preferences?: Preferences;
}

/** The preferences a backup carries, each only with a value the app knows. */
export const PREFERENCE_VALUES = {
	support: ['nb', 'sv', 'en'],
	spelling: ['norway', 'sweden'],
	learner: ['child', 'adult'],
	typing: ['always', 'after-tiles', 'never'],
	sounds: ['on'],
	speak: ['on', 'off']
} as const;
export type Preferences = Partial<Record<keyof typeof PREFERENCE_VALUES, string>>;

/** The known preferences with known values; anything else in a file is left out, never an error. */
export function readPreferences(value: unknown): Preferences {
	if (!isObject(value)) return {};
	const read: Preferences = {};
	for (const [name, allowed] of Object.entries(PREFERENCE_VALUES) as [
		keyof Preferences,
		readonly string[]
	][]) {
		const given = value[name];
		if (typeof given === 'string' && allowed.includes(given)) read[name] = given;
	}
	return read;
}

export type BackupProblem =
	| { code: 'empty' }
	| { code: 'too-big' }
	| { code: 'not-json' }
	| { code: 'truncated' }
	| { code: 'not-backup' }
	| { code: 'unknown-version'; version: string }
	| { code: 'bad-field'; path: string };

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Settings that belong to one device and one moment, never restored from a file. */
export const DEVICE_ONLY_SETTINGS: ReadonlySet<string> = new Set([SESSION_SETTING]);

/** Reads a backup file's text. Never throws: every way a file can be wrong is a `problem`. */
export function readBackup(text: string): BackupReading {
	if (text.length > MAX_BACKUP_BYTES) return fail({ code: 'too-big' });
	if (!text.trim()) return fail({ code: 'empty' });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		// A file that starts like JSON but does not end like it was most likely cut off in transfer.
		const trimmed = text.trim();
		const cut = /^[[{]/.test(trimmed) && !/[\]}]$/.test(trimmed);
		return fail({ code: cut ? 'truncated' : 'not-json' });
	}
	if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail({ code: 'not-backup' });
	if (data.version !== BACKUP_VERSION) {
		return fail({ code: 'unknown-version', version: String(data.version).slice(0, 20) });
	}
	try {
		return {
			ok: true,
			backup: {
				format: BACKUP_FORMAT,
				version: BACKUP_VERSION,
				app: plainText(data.app, 'app', 100),
				exportedAt: time(data.exportedAt, 'exportedAt'),
				cards: list(data.cards, 'cards', cardOf),
				reviews: list(data.reviews, 'reviews', reviewOf),
				settings: list(data.settings, 'settings', settingOf).filter(
					(setting) => !DEVICE_ONLY_SETTINGS.has(setting.key)
				),
				// Backups from before teaching existed have none.
				teaching:
					data.teaching === undefined
						? { decks: [], assignments: [], results: [] }
						: teachingOf(data.teaching),
				// Backups from before they carried preferences have none: the device's stay as they are.
				...(data.preferences === undefined ? {} : { preferences: readPreferences(data.preferences) })
			}
		};
	} catch (error) {
		if (error instanceof BadField) return fail({ code: 'bad-field', path: error.path });
		throw error;
	}
}

/** The file text for a backup: stable key order, so the same data always gives the same file. */
export function writeBackup(backup: Backup): string {
	return JSON.stringify(backup);
}

function fail(problem: BackupProblem): BackupReading {
	return { ok: false, problem };
}

function memoryOf(value: unknown, path: string): Memory {
	const raw = object(value, path);
	return {
		due: time(raw.due, `${path}.due`),
		stability: number(raw.stability, `${path}.stability`, 0),
		difficulty: number(raw.difficulty, `${path}.difficulty`, 0, 11),
		scheduledDays: number(raw.scheduledDays, `${path}.scheduledDays`, 0),
		learningSteps: integer(raw.learningSteps, `${path}.learningSteps`, 0, 100),
		reps: integer(raw.reps, `${path}.reps`, 0, 1e6),
		lapses: integer(raw.lapses, `${path}.lapses`, 0, 1e6),
		state: integer(raw.state, `${path}.state`, 0, 3),
		lastReview: raw.lastReview === null ? null : time(raw.lastReview, `${path}.lastReview`)
	};
}

function cardOf(value: unknown, path: string): CardProgress {
	const raw = object(value, path);
	return {
		id: id(raw.id, `${path}.id`),
		deckId: id(raw.deckId, `${path}.deckId`),
		wordId: id(raw.wordId, `${path}.wordId`),
		direction: oneOf(raw.direction, `${path}.direction`, DIRECTIONS),
		introduced: time(raw.introduced, `${path}.introduced`),
		...memoryOf(raw, path),
		...(raw.rung === undefined ? {} : { rung: integer(raw.rung, `${path}.rung`, 0, RUNGS - 1) })
	};
}

function reviewOf(value: unknown, path: string): ReviewLogRow {
	const raw = object(value, path);
	const row: ReviewLogRow = {
		id: integer(raw.id, `${path}.id`, 1, Number.MAX_SAFE_INTEGER),
		cardId: id(raw.cardId, `${path}.cardId`),
		at: time(raw.at, `${path}.at`),
		rating: integer(raw.rating, `${path}.rating`, 1, 4),
		verdict: oneOf(raw.verdict, `${path}.verdict`, LOGGED_VERDICTS),
		answer: plainText(raw.answer, `${path}.answer`),
		elapsedMs: number(raw.elapsedMs, `${path}.elapsedMs`, 0),
		before: raw.before === null ? null : memoryOf(raw.before, `${path}.before`)
	};
	if (raw.exercise !== undefined) {
		row.exercise = oneOf(raw.exercise, `${path}.exercise`, EXERCISES);
	}
	if (raw.overruled !== undefined) {
		if (typeof raw.overruled !== 'boolean') throw new BadField(`${path}.overruled`);
		row.overruled = raw.overruled;
	}
	return row;
}

function settingOf(value: unknown, path: string): Setting {
	const raw = object(value, path);
	// Values are plain JSON already (JSON.parse made them); each setting's reader sanitizes its own value.
	return { key: id(raw.key, `${path}.key`), value: raw.value };
}

/** A nested reader's own path, placed under where it sits in the backup. */
function checked<T>(read: { ok: true; value: T } | { ok: false; path: string }, path: string): T {
	if (!read.ok) throw new BadField(`${path}.${read.path}`);
	return read.value;
}

function teachingOf(value: unknown): Teaching {
	const raw = object(value, 'teaching');
	return {
		decks: list(raw.decks, 'teaching.decks', (entry, path) => {
			const row = object(entry, path);
			const read = readOwnDeck(row.deck);
			const deck = checked(read.ok ? { ok: true, value: read.deck } : read, `${path}.deck`);
			return { deck, updated: time(row.updated, `${path}.updated`) };
		}),
		assignments: list(raw.assignments, 'teaching.assignments', (entry, path) => {
			const row = object(entry, path);
			if (typeof row.mine !== 'boolean') throw new BadField(`${path}.mine`);
			return {
				assignment: checked(readAssignment(row.assignment), `${path}.assignment`),
				mine: row.mine,
				opened: time(row.opened, `${path}.opened`)
			};
		}),
		results: list(raw.results, 'teaching.results', (entry, path) => {
			const row = object(entry, path);
			return {
				result: checked(readResult(row.result), `${path}.result`),
				received: time(row.received, `${path}.received`)
			};
		})
	};
}
