/**
 * A learner's data when they leave the device: their profile's database is deleted whole, and no
 * other profile's is touched (each profile has a database of its own).
 */
import Dexie from 'dexie';
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

/** How many words a profile has started, for the list of learners (without opening it for long). */
export async function wordsStartedBy(profileId: string): Promise<number> {
	const name = databaseNameOf(profileId);
	if (!(await Dexie.exists(name))) return 0;
	const db = new Dexie(name);
	try {
		await db.open();
		if (!db.tables.some((table) => table.name === 'cards')) return 0;
		const words = new Set(
			(await db.table('cards').toCollection().primaryKeys()).map((id) =>
				String(id).split('/').slice(0, 2).join('/')
			)
		);
		return words.size;
	} catch {
		return 0;
	} finally {
		db.close();
	}
}

/**
 * Whether another profile on this device is the same class member as the backup (one nickname, one
 * learner: the class would see two devices' results under one name). `others`: their database names.
 */
export async function pupilElsewhere(backup: Backup, others: readonly string[]): Promise<boolean> {
	const member = readMembership(backup.settings.find((setting) => setting.key === MEMBERSHIP_SETTING)?.value);
	if (!member) return false;
	for (const name of others) {
		if (!(await Dexie.exists(name))) continue;
		const db = new Dexie(name);
		try {
			await db.open();
			if (!db.tables.some((table) => table.name === 'settings')) continue;
			const theirs = readMembership((await db.table('settings').get(MEMBERSHIP_SETTING))?.value);
			if (theirs?.pupilId === member.pupilId && !theirs.removed) return true;
		} finally {
			db.close();
		}
	}
	return false;
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
