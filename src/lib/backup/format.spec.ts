import { describe, expect, it } from 'vitest';
import { readBackup, readPreferences } from './format';

describe('the preferences a backup carries', () => {
	it.each<[string, unknown, object]>([
		[
			'all of them',
			{ support: 'sv', spelling: 'sweden', learner: 'child', typing: 'never', sounds: 'on', speak: 'off' },
			{ support: 'sv', spelling: 'sweden', learner: 'child', typing: 'never', sounds: 'on', speak: 'off' }
		],
		[
			'values the app does not know are left out',
			{ support: 'de', learner: 'teen', typing: 'sometimes' },
			{}
		],
		['names the app does not know are left out', { theme: 'dark', support: 'en' }, { support: 'en' }],
		['not an object', 'child', {}]
	])('%s', (_, given, read) => {
		expect(readPreferences(given)).toEqual(read);
	});

	const backup = (extra: object) =>
		JSON.stringify({
			format: 'lieredh-backup',
			version: 1,
			app: 'test',
			exportedAt: Date.UTC(2026, 11, 6),
			cards: [],
			reviews: [],
			settings: [],
			...extra
		});

	it('a backup from before preferences has none; a newer one brings them', () => {
		const old = readBackup(backup({}));
		if (!old.ok) throw new Error(JSON.stringify(old.problem));
		expect(old.backup.preferences).toBeUndefined();
		const newer = readBackup(backup({ preferences: { learner: 'child', support: 'xx' } }));
		expect(newer.ok && newer.backup.preferences).toEqual({ learner: 'child' });
	});
});
