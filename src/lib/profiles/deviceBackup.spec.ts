import { describe, expect, it } from 'vitest';
import { readDeviceBackup, writeDeviceBackup } from './deviceBackup';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '$lib/backup/format';

const at = Date.UTC(2026, 11, 6);
const backup = (learner: 'child' | 'adult'): Backup => ({
	format: BACKUP_FORMAT,
	version: BACKUP_VERSION,
	app: 'test',
	exportedAt: at,
	cards: [],
	reviews: [],
	settings: [],
	teaching: { decks: [], assignments: [], results: [] },
	preferences: { learner }
});

describe('a backup of the whole device', () => {
	const learners = [
		{
			profile: { id: 'first', name: 'Ella', picture: 'reindeer', kind: 'child' as const },
			backup: backup('child')
		},
		{
			profile: {
				id: 'k3x9',
				name: 'Anne',
				picture: '1F426',
				kind: 'teacher' as const,
				lock: { salt: 'c2FsdA==', hash: 'aGFzaA==' }
			},
			backup: backup('adult')
		}
	];

	it('reads back every learner, without their ids (they become new profiles)', () => {
		const read = readDeviceBackup(writeDeviceBackup(learners, at));
		if (!read.ok) throw new Error(JSON.stringify(read.problem));
		expect(read.learners.map((l) => l.profile)).toEqual([
			{ name: 'Ella', picture: 'reindeer', kind: 'child' },
			{ name: 'Anne', picture: '1F426', kind: 'teacher', lock: { salt: 'c2FsdA==', hash: 'aGFzaA==' } }
		]);
		expect(read.learners.map((l) => l.backup.preferences)).toEqual([
			{ learner: 'child' },
			{ learner: 'adult' }
		]);
	});

	it.each<[string, () => string, string]>([
		['not JSON', () => '{', 'not-json'],
		['one learner’s backup', () => JSON.stringify(backup('child')), 'not-backup'],
		['no learners', () => writeDeviceBackup([], at), 'no-learners'],
		[
			'a learner without a name',
			() => writeDeviceBackup([{ ...learners[0]!, profile: { ...learners[0]!.profile, name: '' } }], at),
			'bad-field'
		],
		[
			'a damaged learner backup',
			() =>
				writeDeviceBackup(
					[{ ...learners[0]!, backup: { ...backup('child'), cards: [{ id: 1 }] as never } }],
					at
				),
			'bad-field'
		]
	])('%s is refused whole', (_, text, code) => {
		const read = readDeviceBackup(text());
		expect(read.ok ? undefined : read.problem.code).toBe(code);
	});
});
