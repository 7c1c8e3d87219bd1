/**
 * Learners on one device: a family tablet, a school iPad on a trolley. Each profile has its own
 * IndexedDB database (its progress, decks, class membership) and its own preferences; switching needs no
 * password, and an adult or teacher may lock theirs with four digits (a salted PBKDF2 hash, never the
 * digits). The device's first profile keeps the names from before profiles existed (database "lieredh",
 * unsuffixed preference keys), so upgrading a device moves nothing and loses nothing.
 */

export const PROFILE_KINDS = ['child', 'adult', 'teacher'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export interface ProfileLock {
	/** base64 of 16 random bytes. */
	salt: string;
	/** base64 of PBKDF2-SHA-256(pin, salt, LOCK_ITERATIONS), 32 bytes. */
	hash: string;
}

export interface Profile {
	id: string;
	name: string;
	/** One of PROFILE_PICTURES: the app's own drawings, never a photo. */
	picture: string;
	kind: ProfileKind;
	lock?: ProfileLock;
}

/** The device's first profile: the data from before profiles, where it always was. */
export const FIRST_PROFILE = 'first';

/** Device-level keys (not per profile): the list of profiles and which one is learning now. */
export const PROFILES_KEY = 'lieredh:profiles';
export const ACTIVE_PROFILE_KEY = 'lieredh:profile';

/** Pictures a learner chooses from: deck drawings a child knows (OpenMoji codes and Lïeredh's own). */
export const PROFILE_PICTURES = [
	'reindeer', // Lïeredh's own drawing
	'1F415', // dog
	'1F408', // cat
	'1F40E', // horse
	'1F43B', // bear
	'1F98A', // fox
	'1F43A', // wolf
	'1F41F', // fish
	'1F426', // bird
	'lemming',
	'arctic-fox',
	'lynx',
	'cloudberry'
] as const;

export const pictureUrl = (picture: string) => `/pictures/${picture}.svg`;

export const MAX_PROFILES = 20;
const NAME_MAX = 30;
const ID = /^[a-z0-9]{1,16}$/;

export function databaseNameOf(profileId: string): string {
	return profileId === FIRST_PROFILE ? 'lieredh' : `lieredh-${profileId}`;
}

/** A preference's key for a profile: the first profile's is the key itself, as before profiles. */
export function storageKeyOf(profileId: string, key: string): string {
	return profileId === FIRST_PROFILE ? key : `${key}@${profileId}`;
}

const isText = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.trim().length > 0 && value.length <= max;

function readLock(value: unknown): ProfileLock | undefined {
	const lock = value as Partial<ProfileLock> | null | undefined;
	return lock && isText(lock.salt, 64) && isText(lock.hash, 64)
		? { salt: lock.salt, hash: lock.hash }
		: undefined;
}

/** The stored list, checked entry by entry (a broken entry is dropped; an empty list is the first profile). */
export function readProfiles(raw: string | null, fallback: Omit<Profile, 'id'>): Profile[] {
	let parsed: unknown;
	try {
		parsed = raw === null ? [] : JSON.parse(raw);
	} catch {
		parsed = [];
	}
	const seen = new Set<string>();
	const profiles: Profile[] = [];
	for (const entry of Array.isArray(parsed) ? parsed.slice(0, MAX_PROFILES) : []) {
		const { id, name, picture, kind, lock } = (entry ?? {}) as Record<string, unknown>;
		if (typeof id !== 'string' || !(id === FIRST_PROFILE || ID.test(id)) || seen.has(id)) continue;
		// The first profile may have no name yet (shown as "Me"); the others always have one.
		const named =
			typeof name === 'string' && name.length <= NAME_MAX && (id === FIRST_PROFILE || !!name.trim());
		if (!named || !PROFILE_KINDS.includes(kind as ProfileKind)) continue;
		seen.add(id);
		const checked = readLock(lock);
		profiles.push({
			id,
			name: (name as string).trim(),
			picture: (PROFILE_PICTURES as readonly string[]).includes(picture as string)
				? (picture as string)
				: PROFILE_PICTURES[0],
			kind: kind as ProfileKind,
			...(checked ? { lock: checked } : {})
		});
	}
	// A device always has a learner: before any profile was made, the first one (today's data).
	if (!profiles.length) profiles.push({ id: FIRST_PROFILE, ...fallback });
	return profiles;
}

/** A profile name as typed: trimmed, NFC, at most 30 characters; undefined when empty. */
export function cleanName(text: string): string | undefined {
	const name = text.normalize('NFC').trim().slice(0, NAME_MAX);
	return name || undefined;
}

export function newProfileId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
	return [...random(new Uint8Array(6))].map((byte) => (byte % 36).toString(36)).join('');
}

export const isPin = (text: string) => /^\d{4}$/.test(text);

/**
 * PBKDF2 iterations for a 4-digit lock. Four digits are 10,000 guesses whatever the hash; the lock keeps
 * a child out of the teacher's classes, it is not a safe. OWASP's 2023 figure for PBKDF2-SHA256 is
 * 600,000; 100,000 keeps unlocking under a second on an old school tablet.
 */
export const LOCK_ITERATIONS = 100_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: LOCK_ITERATIONS },
		key,
		256
	);
	return toBase64(new Uint8Array(bits));
}

export async function lockWith(
	pin: string,
	random = crypto.getRandomValues.bind(crypto)
): Promise<ProfileLock> {
	const salt = random(new Uint8Array(16));
	return { salt: toBase64(salt), hash: await derive(pin, salt) };
}

export async function unlocks(pin: string, lock: ProfileLock): Promise<boolean> {
	if (!isPin(pin)) return false;
	return (await derive(pin, fromBase64(lock.salt) as Uint8Array<ArrayBuffer>)) === lock.hash;
}

/** The profile learning now: the stored one when it is on the list, else the list's first. */
export function activeOf(profiles: readonly Profile[], stored: string | null): Profile {
	return profiles.find((profile) => profile.id === stored) ?? profiles[0]!;
}

/**
 * The id of the profile learning now, from the two stored strings (the database and the preferences
 * both follow it, so they can never disagree about who is learning).
 */
export function activeProfileId(storedList: string | null, storedActive: string | null): string {
	return activeOf(
		readProfiles(storedList, { name: '', picture: PROFILE_PICTURES[0], kind: 'adult' }),
		storedActive
	).id;
}
