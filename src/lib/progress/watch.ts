/** The live query over IndexedDB behind LiveProgress. Loaded on demand, so Dexie stays out of first loads. */
import { liveQuery, type Subscription } from 'dexie';
import { database } from '$lib/db/database';
import { overview, type Overview } from '$lib/db/overview';
import { loadSettings } from '$lib/db/settings';
import { startOfDay } from '$lib/study/activity';

/** Calls `next` with the learner's overview now and after every change, from any tab. */
export async function watchOverview(next: (value: Overview) => void): Promise<Subscription> {
	const db = database();
	const settings = await loadSettings(db);
	return liveQuery(() => {
		const now = Date.now();
		return overview(db, now, startOfDay(now), settings.newPerDay);
	}).subscribe({ next, error: (error) => console.error(error) });
}
