/** The IndexedDB database of Lïeredh (kept apart from the schema so asking for it loads no Dexie). */
import { ACTIVE_PROFILE_KEY, databaseNameOf, FIRST_PROFILE } from '$lib/profiles/profiles';

/** The first profile's database: the one every device had before profiles. */
export const DATABASE_NAME = 'lieredh';

/** The database of the profile learning now (each learner on a device has their own). */
export function activeDatabaseName(): string {
	let id: string | null = null;
	try {
		id = typeof localStorage === 'undefined' ? null : localStorage.getItem(ACTIVE_PROFILE_KEY);
	} catch {
		// Storage blocked: one learner, the first.
	}
	return databaseNameOf(id && /^[a-z0-9]{1,16}$/.test(id) ? id : FIRST_PROFILE);
}
