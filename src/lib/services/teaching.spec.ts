import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/database';
import { encode } from '$lib/teach/codes';
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
	it('keeps each good code for this assignment and names what went wrong with the others', async () => {
		const db = database();
		const result = (assignmentId: string, nick: string) =>
			encode('R', { v: 1, assignment: assignmentId, nick, words: [], done: null, at: now });
		const text = [
			await result(assignment.id, 'Ánne'),
			'hello',
			await result('Other00001', 'Ole'),
			await result(assignment.id, 'ánne')
		].join('\n  ');
		expect(await collectResults(text, assignment.id, now)).toEqual([
			{ outcome: 'added', nick: 'Ánne' },
			{ outcome: 'problem', problem: { code: 'foreign' } },
			{ outcome: 'other-assignment', nick: 'Ole' },
			{ outcome: 'older', nick: 'ánne' }
		]);
		expect(await db.classResults.count()).toBe(1);
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
