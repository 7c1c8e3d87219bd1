/**
 * A learner's data when they leave the device: their profile's database is deleted whole, and no
 * other profile's is touched (each profile has a database of its own).
 */
import Dexie from 'dexie';
import { database } from '$lib/db/database';
import { databaseNameOf } from '$lib/profiles/profiles';
import type { Backup } from '$lib/backup/format';
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
