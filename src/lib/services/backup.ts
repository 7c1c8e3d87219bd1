/**
 * The backup job between Settings and storage: exports everything as one file, imports a backup that
 * already passed validation, and turns storage failures into message codes.
 */
import { localDay } from '$lib/calendar/days';
import { writeBackup, type Backup, type Preferences } from '$lib/backup/format';
import { exportBackup, importBackup, type ImportMode, type ImportResult } from '$lib/db/backup';
import { database } from '$lib/db/database';
import { isQuotaError } from '$lib/db/errors';
import type { SaveProblem } from './study';

export type { ImportMode, ImportResult };

export interface ExportedFile {
	text: string;
	name: string;
	answers: number;
}

/** Everything on this device as a backup file, named after today. */
export async function exportProgress(
	app: string,
	preferences?: Preferences,
	now = Date.now()
): Promise<ExportedFile> {
	const backup = await exportBackup(database(), app, now, preferences);
	return { text: writeBackup(backup), name: `lieredh-${localDay(now)}.json`, answers: backup.reviews.length };
}

/** Writes a validated backup, all or nothing. */
export async function importProgress(
	backup: Backup,
	mode: ImportMode
): Promise<{ ok: true; result: ImportResult } | { ok: false; problem: SaveProblem }> {
	try {
		return { ok: true, result: await importBackup(database(), backup, mode) };
	} catch (error) {
		console.warn(error);
		return { ok: false, problem: isQuotaError(error) ? 'full' : 'failed' };
	}
}
