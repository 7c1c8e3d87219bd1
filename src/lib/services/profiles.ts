/**
 * A learner's data when they leave the device: their profile's database is deleted whole, and no
 * other profile's is touched (each profile has a database of its own).
 */
import Dexie, { type Table } from 'dexie';
import { wordKey } from '$lib/study/records';
import { database, LieredhDb } from '$lib/db/database';
import { exportBackup, importBackup } from '$lib/db/backup';
import { localDay } from '$lib/calendar/days';
import { writeDeviceBackup } from '$lib/profiles/deviceBackup';
import { databaseNameOf, type Profile } from '$lib/profiles/profiles';
import type { Backup, Preferences } from '$lib/backup/format';
import { MEMBERSHIP_SETTING, readMembership } from '$lib/classes/device';

export async function deleteProfileData(profileId: string): Promise<void> {
	const name = databaseNameOf(profileId);
	// The open database of the learner using the app now must be closed before it can be deleted.
	const open = database();
	if (open.name === name) open.close();
	await Dexie.delete(name);
}

/**
 * Reads one table of another learner's database, briefly, without creating it: `fallback` when the
 * profile has never opened the app, or its database cannot be read.
 */
async function fromOtherLearner<T>(
	profileId: string,
	table: 'cards' | 'settings',
	read: (table: Table) => Promise<T>,
	fallback: T
): Promise<T> {
	const name = databaseNameOf(profileId);
	if (!(await Dexie.exists(name))) return fallback;
	const db = new Dexie(name);
	try {
		await db.open();
		return db.tables.some((t) => t.name === table) ? await read(db.table(table)) : fallback;
	} catch {
		return fallback;
	} finally {
		db.close();
	}
}

/** How many words a profile has started, for the list of learners. */
export function wordsStartedBy(profileId: string): Promise<number> {
	return fromOtherLearner(
		profileId,
		'cards',
		async (cards) =>
			new Set((await cards.toCollection().primaryKeys()).map((id) => wordKey(String(id)))).size,
		0
	);
}

/**
 * Whether another profile on this device is the same class member as the backup (one nickname, one
 * learner: the class would see two devices' results under one name).
 */
export async function pupilElsewhere(backup: Backup, others: readonly string[]): Promise<boolean> {
	const member = membershipIn(backup);
	if (!member) return false;
	for (const profileId of others) {
		const theirs = await fromOtherLearner(
			profileId,
			'settings',
			async (settings) => readMembership((await settings.get(MEMBERSHIP_SETTING))?.value),
			undefined
		);
		if (theirs?.pupilId === member.pupilId && !theirs.removed) return true;
	}
	return false;
}

const membershipIn = (backup: Backup) =>
	readMembership(backup.settings.find((setting) => setting.key === MEMBERSHIP_SETTING)?.value);

/**
 * A device backup's learners as they may be restored beside `here` (profile ids): a class membership
 * one of them already has stays with that profile, the rest of the learner comes in.
 */
export async function restorableLearners<T extends { backup: Backup }>(
	learners: readonly T[],
	here: readonly string[]
): Promise<T[]> {
	return Promise.all(
		learners.map(async (learner) =>
			(await pupilElsewhere(learner.backup, here))
				? {
						...learner,
						backup: {
							...learner.backup,
							settings: learner.backup.settings.filter((setting) => setting.key !== MEMBERSHIP_SETTING)
						}
					}
				: learner
		)
	);
}

/** Every learner on this device in one file; `preferencesOf` gives each one's preferences. */
export async function exportDevice(
	learners: readonly Profile[],
	preferencesOf: (profileId: string) => Preferences,
	app: string,
	now = Date.now()
): Promise<{ text: string; name: string; learners: number }> {
	const active = database();
	const entries = [];
	for (const profile of learners) {
		const name = databaseNameOf(profile.id);
		const db = active.name === name ? active : new LieredhDb(name);
		try {
			entries.push({ profile, backup: await exportBackup(db, app, now, preferencesOf(profile.id)) });
		} finally {
			if (db !== active) db.close();
		}
	}
	return {
		text: writeDeviceBackup(entries, now),
		name: `lieredh-device-${localDay(now)}.json`,
		learners: entries.length
	};
}

/** A learner from a device backup, written whole into their new profile's (empty) database. */
export async function restoreLearner(profileId: string, backup: Backup): Promise<void> {
	const db = new LieredhDb(databaseNameOf(profileId));
	try {
		await importBackup(db, backup, 'replace');
	} finally {
		db.close();
	}
}
