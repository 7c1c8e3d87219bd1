import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/database';
import { encode } from '$lib/teach/codes';
import { keepAssignment } from '$lib/db/teaching';
import { collectResults, importOwnDeck, listOwnDecks, recordingsOfDeck } from './teaching';
import { ownReindeerDeck, reindeerAssignment } from '$lib/testing/fixtures';

const now = Date.UTC(2026, 10, 24, 12);
const assignment = reindeerAssignment;

beforeEach(async () => {
	const db = database();
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
});

describe('collecting pasted codes', () => {
	it('finds the codes in a chat, keeps this assignment’s, files another of mine there, and names the rest', async () => {
		const db = database();
		await keepAssignment(db, assignment, now, true);
		const other = { ...assignment, id: 'Mine000002', title: 'Fjellet' };
		await keepAssignment(db, other, now, true);
		const result = (assignmentId: string, nick: string, at = now) =>
			encode('R', { v: 1, assignment: assignmentId, nick, words: [], done: null, at });
		const damaged = (await result(assignment.id, 'Elle')).slice(0, 30);
		const text = [
			`[18:02] Ánne: ${await result(assignment.id, 'Ánne')} :)`,
			'hello, is this right?',
			`Ole: ${await result('Other00001', 'Ole')}`,
			`Sara: ${await result(other.id, 'Sara')}`,
			`Elle: ${damaged}`,
			`ánne again ${await result(assignment.id, 'ánne', now - 1000)}`
		].join('\n');
		expect(await collectResults(text, assignment.id, now)).toEqual({
			capped: false,
			items: [
				{ outcome: 'added', nick: 'Ánne', label: '[18:02] Ánne:' },
				{ outcome: 'other-assignment', nick: 'Ole', label: 'Ole:' },
				{ outcome: 'filed', nick: 'Sara', title: 'Fjellet', label: 'Sara:' },
				{ outcome: 'problem', problem: { code: 'damaged' }, label: 'Elle:' },
				{ outcome: 'older', nick: 'ánne', label: 'ánne again' }
			]
		});
		expect(await db.classResults.count()).toBe(2);
	});
});

describe('importing a deck file', () => {
	it('stores the deck and its recordings together', async () => {
		const audio = new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/wav' });
		await importOwnDeck(ownReindeerDeck, new Map([['bovtse', audio]]), now);
		expect((await listOwnDecks()).map((deck) => deck.id)).toEqual([ownReindeerDeck.id]);
		expect([...(await recordingsOfDeck(ownReindeerDeck.id)).keys()]).toEqual(['bovtse']);
	});

	it('stores neither when the recordings cannot be written', async () => {
		const db = database();
		const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		const spy = vi.spyOn(db.recordings, 'put').mockRejectedValueOnce(quota);
		const audio = new Blob([new Uint8Array([1])], { type: 'audio/wav' });
		await expect(importOwnDeck(ownReindeerDeck, new Map([['bovtse', audio]]), now)).rejects.toThrow();
		spy.mockRestore();
		expect(await listOwnDecks()).toEqual([]);
	});
});
