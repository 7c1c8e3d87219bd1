/**
 * Whether this device holds any Lïeredh data at all, asked without loading Dexie: a first visit has
 * none, so Home and Decks need not load (and run) the database code before the learner does anything.
 */
import { DATABASE_NAME } from '$lib/db/name';

export async function deviceHasData(): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	// Browsers without databases() cannot tell: look properly.
	if (!indexedDB.databases) return true;
	try {
		return (await indexedDB.databases()).some((db) => db.name === DATABASE_NAME);
	} catch {
		return true;
	}
}

/** `load()` when the device holds data, else `empty` without loading any database code (a first visit). */
export async function fromDevice<T>(load: () => Promise<T>, empty: T): Promise<T> {
	return (await deviceHasData()) ? load() : empty;
}
