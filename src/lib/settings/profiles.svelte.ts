/**
 * Who is learning on this device, and who else may: the list of profiles and the active one (device
 * level, in localStorage, read before anything else so the right database and preferences open).
 * Switching reloads the app, so every screen and the database start over as that learner.
 */
import {
	ACTIVE_PROFILE_KEY,
	activeOf,
	activeProfileId,
	FIRST_PROFILE,
	lockWith,
	MAX_PROFILES,
	newProfileId,
	PROFILE_PICTURES,
	PROFILES_KEY,
	readProfiles,
	storageKeyOf,
	unlocks,
	type Profile,
	type ProfileKind
} from '$lib/profiles/profiles';
import { readPreferences, type Preferences } from '$lib/backup/format';

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string | null): void {
	try {
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// Storage blocked: nothing to keep.
	}
}

/** The first profile before any was made: today's learner, as they chose at first start. */
function firstProfile(): Omit<Profile, 'id'> {
	return {
		name: '',
		picture: PROFILE_PICTURES[0],
		kind: read('lieredh:learner') === 'child' ? 'child' : 'adult'
	};
}

/** The profiles as stored. */
function storedProfiles(): { list: Profile[]; active: Profile } {
	const list = readProfiles(read(PROFILES_KEY), firstProfile());
	return { list, active: activeOf(list, read(ACTIVE_PROFILE_KEY)) };
}

/** A preference's key for the profile learning now. */
export function profileKey(key: string): string {
	return storageKeyOf(activeProfileId(read(PROFILES_KEY), read(ACTIVE_PROFILE_KEY)), key);
}

/** The preference keys a backup carries, by their name in the backup. */
const CARRIED = {
	support: 'lieredh:support',
	spelling: 'lieredh:spelling',
	learner: 'lieredh:learner',
	typing: 'lieredh:typing',
	sounds: 'lieredh:sounds',
	speak: 'lieredh:speak'
} as const;

/** Any profile's preferences as a backup carries them (read from its own keys). */
export function preferencesOf(profileId: string): Preferences {
	const found: Preferences = {};
	for (const [name, key] of Object.entries(CARRIED) as [keyof Preferences, string][]) {
		const value = read(storageKeyOf(profileId, key));
		if (value !== null) found[name] = value;
	}
	return readPreferences(found);
}

/** Every key kept per profile (besides the progress in the profile's own database). */
const PROFILE_KEYS = [...Object.values(CARRIED), 'lieredh:in-class', 'lieredh:nick'];

function writePreferences(profileId: string, preferences: Preferences): void {
	for (const [name, key] of Object.entries(CARRIED) as [keyof Preferences, string][]) {
		write(storageKeyOf(profileId, key), preferences[name] ?? null);
	}
}

class Profiles {
	#list = $state.raw<Profile[]>([]);
	#active = $state.raw<Profile | undefined>();

	get list(): Profile[] {
		return this.#list;
	}
	get active(): Profile | undefined {
		return this.#active;
	}
	/** More than one learner on this device: the header shows who is learning. */
	get shared(): boolean {
		return this.#list.length > 1;
	}

	start(): void {
		const { list, active } = storedProfiles();
		this.#list = list;
		this.#active = active;
	}

	#save(list: Profile[]): void {
		this.#list = list;
		write(PROFILES_KEY, JSON.stringify(list));
		this.#active = activeOf(list, read(ACTIVE_PROFILE_KEY));
	}

	/** A new learner on this device, with their learner setting (a child never types). */
	add(details: { name: string; picture: string; kind: ProfileKind }): Profile | undefined {
		if (this.#list.length >= MAX_PROFILES) return undefined;
		const profile: Profile = { id: newProfileId(crypto.getRandomValues.bind(crypto)), ...details };
		write(storageKeyOf(profile.id, 'lieredh:learner'), details.kind === 'child' ? 'child' : 'adult');
		this.#save([...this.#list, profile]);
		return profile;
	}

	/**
	 * Learners from a device backup, each a new profile beside those here (a name already here gets its
	 * number); `restore` writes each one's data into their new database. Returns how many came in.
	 */
	async addFromBackup(
		learners: readonly { profile: Omit<Profile, 'id'>; backup: { preferences?: Preferences } }[],
		restore: (profileId: string, index: number) => Promise<void>
	): Promise<number> {
		let added = 0;
		for (const [index, { profile, backup }] of learners.entries()) {
			if (this.#list.length >= MAX_PROFILES) break;
			const taken = new Set(this.#list.map((p) => p.name));
			let name = profile.name;
			for (let n = 2; taken.has(name); n++) name = `${profile.name} (${n})`.slice(0, 30);
			const id = newProfileId(crypto.getRandomValues.bind(crypto));
			await restore(id, index);
			writePreferences(id, backup.preferences ?? {});
			this.#save([...this.#list, { ...profile, name, id }]);
			added++;
		}
		return added;
	}

	change(id: string, changes: Partial<Omit<Profile, 'id'>>): void {
		this.#save(this.#list.map((profile) => (profile.id === id ? { ...profile, ...changes } : profile)));
	}

	async lock(id: string, pin: string): Promise<void> {
		this.change(id, { lock: await lockWith(pin) });
	}

	unlock(id: string): void {
		this.#save(
			this.#list.map((profile) =>
				profile.id === id ? { id, name: profile.name, picture: profile.picture, kind: profile.kind } : profile
			)
		);
	}

	/** Whether the PIN opens the profile (true for a profile without a lock). */
	async opens(profile: Profile, pin: string): Promise<boolean> {
		return !profile.lock || (await unlocks(pin, profile.lock));
	}

	/** Makes another learner the active one: the app starts over as them. */
	switchTo(id: string): void {
		if (!this.#list.some((profile) => profile.id === id)) return;
		// The list is stored too: the first profile exists only implicitly until then.
		write(PROFILES_KEY, JSON.stringify(this.#list));
		write(ACTIVE_PROFILE_KEY, id);
		location.assign('/');
	}

	/**
	 * Forgets a profile's preferences and takes it off the list (its database is deleted by the
	 * caller, through the profiles service). The last profile is never removed.
	 */
	forget(id: string): void {
		if (this.#list.length < 2) return;
		for (const key of PROFILE_KEYS) write(storageKeyOf(id, key), null);
		const list = this.#list.filter((profile) => profile.id !== id);
		if (read(ACTIVE_PROFILE_KEY) === id || (id === FIRST_PROFILE && !read(ACTIVE_PROFILE_KEY)))
			write(ACTIVE_PROFILE_KEY, list[0]!.id);
		this.#save(list);
	}
}

export const profiles = new Profiles();
