/**
 * The learner's overview for Home and Decks, live: it updates whenever this or another tab records an
 * answer (Dexie's liveQuery). Imported on demand, so Dexie stays out of those pages' first load.
 */
import { liveQuery, type Subscription } from 'dexie';
import { startOfDay } from '$lib/calendar/days';
import { database } from '$lib/db/database';
import { overview, type Overview } from '$lib/db/overview';
import { loadSettings } from '$lib/db/progress';

export type { Overview };

/** Calls `next` with the overview now and after every change, from any tab. */
export async function watchOverview(next: (value: Overview) => void): Promise<Subscription> {
	const db = database();
	const settings = await loadSettings(db);
	return liveQuery(() => {
		const now = Date.now();
		return overview(db, now, startOfDay(now), settings.newPerDay);
	}).subscribe({ next, error: (error) => console.error(error) });
}
