/**
 * A backup of the whole device: every learner's profile (name, picture, kind, lock) with their own
 * backup (progress, decks, preferences). Restored, each becomes a new profile beside the ones already
 * here: nothing on the device is overwritten.
 */
import {
	readBackup,
	writeBackup,
	MAX_BACKUP_BYTES,
	type Backup,
	type BackupProblem
} from '$lib/backup/format';
import { readProfiles, PROFILE_PICTURES, type Profile } from './profiles';

export const DEVICE_BACKUP_FORMAT = 'lieredh-device-backup';
export const DEVICE_BACKUP_VERSION = 1;
/** Several learners' histories: ten times one learner's limit. */
export const MAX_DEVICE_BACKUP_BYTES = 10 * MAX_BACKUP_BYTES;

export interface DeviceBackup {
	format: typeof DEVICE_BACKUP_FORMAT;
	version: typeof DEVICE_BACKUP_VERSION;
	exportedAt: number;
	learners: { profile: Profile; backup: Backup }[];
}

export function writeDeviceBackup(learners: DeviceBackup['learners'], exportedAt: number): string {
	// Each learner's backup as its own file would write it, so one reader checks both.
	return `{"format":"${DEVICE_BACKUP_FORMAT}","version":${DEVICE_BACKUP_VERSION},"exportedAt":${exportedAt},"learners":[${learners
		.map(({ profile, backup }) => `{"profile":${JSON.stringify(profile)},"backup":${writeBackup(backup)}}`)
		.join(',')}]}`;
}

export type DeviceBackupReading =
	| { ok: true; learners: { profile: Omit<Profile, 'id'>; backup: Backup }[] }
	| { ok: false; problem: BackupProblem | { code: 'no-learners' } };

/** Reads a device backup; one learner whose part is damaged makes the whole file refused. */
export function readDeviceBackup(text: string): DeviceBackupReading {
	if (text.length > MAX_DEVICE_BACKUP_BYTES) return { ok: false, problem: { code: 'too-big' } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: { code: 'not-json' } };
	}
	const file = data as Partial<DeviceBackup> | null;
	if (!file || file.format !== DEVICE_BACKUP_FORMAT) return { ok: false, problem: { code: 'not-backup' } };
	if (file.version !== DEVICE_BACKUP_VERSION)
		return { ok: false, problem: { code: 'unknown-version', version: String(file.version).slice(0, 20) } };
	if (!Array.isArray(file.learners) || !file.learners.length)
		return { ok: false, problem: { code: 'no-learners' } };
	const learners: { profile: Omit<Profile, 'id'>; backup: Backup }[] = [];
	for (const [index, entry] of file.learners.entries()) {
		// The profile read as a stored one would be (a made-up id keeps the checks of name and kind).
		const [profile] = readProfiles(JSON.stringify([{ ...entry?.profile, id: 'x' }]), {
			name: '',
			picture: PROFILE_PICTURES[0],
			kind: 'adult'
		});
		if (!profile || profile.id !== 'x')
			return { ok: false, problem: { code: 'bad-field', path: `learners[${index}].profile` } };
		const backup = readBackup(JSON.stringify(entry?.backup ?? null));
		if (!backup.ok) {
			const inner = backup.problem.code === 'bad-field' ? `.${backup.problem.path}` : '';
			return { ok: false, problem: { code: 'bad-field', path: `learners[${index}].backup${inner}` } };
		}
		learners.push({
			profile: {
				name: profile.name,
				picture: profile.picture,
				kind: profile.kind,
				...(profile.lock ? { lock: profile.lock } : {})
			},
			backup: backup.backup
		});
	}
	return { ok: true, learners };
}
