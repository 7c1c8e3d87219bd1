import { describe, expect, it } from 'vitest';
import {
	activeOf,
	cleanName,
	databaseNameOf,
	FIRST_PROFILE,
	isPin,
	lockWith,
	readProfiles,
	storageKeyOf,
	unlocks,
	type Profile
} from './profiles';

const fallback = { name: '', picture: 'reindeer', kind: 'adult' } as const;
const ella: Profile = { id: 'k3x9', name: 'Ella', picture: '1F408', kind: 'child' };

describe('profiles on a device', () => {
	it('the first profile keeps the names from before profiles; the others get their own', () => {
		expect(databaseNameOf(FIRST_PROFILE)).toBe('lieredh');
		expect(databaseNameOf('k3x9')).toBe('lieredh-k3x9');
		expect(storageKeyOf(FIRST_PROFILE, 'lieredh:learner')).toBe('lieredh:learner');
		expect(storageKeyOf('k3x9', 'lieredh:learner')).toBe('lieredh:learner@k3x9');
	});

	it.each<[string, string | null, string[]]>([
		['no list yet: today’s learner is the first profile', null, [FIRST_PROFILE]],
		['not JSON', '{oops', [FIRST_PROFILE]],
		[
			'a list',
			JSON.stringify([{ id: FIRST_PROFILE, name: '', picture: 'reindeer', kind: 'adult' }, ella]),
			[FIRST_PROFILE, 'k3x9']
		],
		[
			'a profile without a name (only the first may have none)',
			JSON.stringify([{ ...ella, name: ' ' }]),
			[FIRST_PROFILE]
		],
		['an id that could name another database', JSON.stringify([{ ...ella, id: '../x' }, ella]), ['k3x9']],
		['the same id twice', JSON.stringify([ella, { ...ella, name: 'Nils' }]), ['k3x9']],
		['a kind not known', JSON.stringify([{ ...ella, kind: 'cat' }]), [FIRST_PROFILE]]
	])('%s', (_, stored, ids) => {
		expect(readProfiles(stored, fallback).map((profile) => profile.id)).toEqual(ids);
	});

	it('a picture not among the app’s drawings becomes the first one; a bad lock is dropped', () => {
		const [read] = readProfiles(
			JSON.stringify([{ ...ella, picture: 'http://x/y.png', lock: { salt: 1 } }]),
			fallback
		);
		expect(read).toEqual({ ...ella, picture: 'reindeer' });
	});

	it('the active profile is the stored one when it is on the list, else the first', () => {
		const list = readProfiles(JSON.stringify([{ id: FIRST_PROFILE, ...fallback }, ella]), fallback);
		expect(activeOf(list, 'k3x9').id).toBe('k3x9');
		expect(activeOf(list, 'gone').id).toBe(FIRST_PROFILE);
		expect(activeOf(list, null).id).toBe(FIRST_PROFILE);
	});

	it.each<[string, string | undefined]>([
		['  Ella  ', 'Ella'],
		['', undefined],
		['A'.repeat(40), 'A'.repeat(30)],
		['A\u030a', 'Å']
	])('the name %j reads %j', (typed, name) => {
		expect(cleanName(typed)).toBe(name);
	});
});

describe('a profile’s lock', () => {
	it('four digits open it, nothing else does, and the digits are not stored', async () => {
		const lock = await lockWith('2580');
		expect(JSON.stringify(lock)).not.toContain('2580');
		expect(await unlocks('2580', lock)).toBe(true);
		expect(await unlocks('2581', lock)).toBe(false);
		expect(await unlocks('', lock)).toBe(false);
		// Salted: the same digits lock two profiles differently.
		expect((await lockWith('2580')).hash).not.toBe(lock.hash);
	});

	it.each([
		['1234', true],
		['123', false],
		['12345', false],
		['12a4', false],
		['١٢٣٤', false]
	])('%s is a PIN: %s', (text, pin) => {
		expect(isPin(text)).toBe(pin);
	});
});
