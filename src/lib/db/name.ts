/** The IndexedDB database of Lïeredh (kept apart from the schema so asking for it loads no Dexie). */
import {
	ACTIVE_PROFILE_KEY,
	activeProfileId,
	databaseNameOf,
	FIRST_PROFILE,
	PROFILES_KEY
} from '$lib/profiles/profiles';

/** The first profile's database: the one every device had before profiles. */
export const DATABASE_NAME = 'lieredh';

/** The database of the profile learning now (each learner on a device has their own). */
export function activeDatabaseName(): string {
	try {
		if (typeof localStorage === 'undefined') return databaseNameOf(FIRST_PROFILE);
		return databaseNameOf(
			activeProfileId(localStorage.getItem(PROFILES_KEY), localStorage.getItem(ACTIVE_PROFILE_KEY))
		);
	} catch {
		return databaseNameOf(FIRST_PROFILE); // storage blocked: one learner, the first
	}
}
