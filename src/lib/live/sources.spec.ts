import { describe, expect, it } from 'vitest';
import type { ResultCode } from '$lib/teach/assignment';
import { assignmentWords, classWords, hardestWords } from './sources';

const result = (nick: string, at: number, words: ResultCode['words'], assignment = 'a1'): ResultCode => ({
	v: 1,
	assignment,
	nick,
	words,
	done: null,
	at
});

describe('the words a class finds hardest', () => {
	const results = [
		result('Ánne', 1, [
			['reindeer-1/bovtse', 90, 1, 6],
			['reindeer-1/miesie', 20, 0, 4],
			['reindeer-1/aaltoe', 0, 0, 0]
		]),
		result('Per', 1, [
			['reindeer-1/bovtse', 70, 1, 5],
			['reindeer-1/miesie', 40, 0, 3],
			['reindeer-1/sarva', 30, 0, 2]
		]),
		// Per's newer result for miesie, from another assignment: it replaces the older one.
		result('per ', 5, [['reindeer-1/miesie', 60, 1, 8]], 'a2'),
		result('Sara', 2, [['own-123/ord', 5, 0, 2]])
	];

	it.each([
		['lowest mean recall first, each pupil once with their newest result', 'reindeer-1/sarva', 30],
		['a word two pupils practised', 'reindeer-1/miesie', 40],
		['a word both know', 'reindeer-1/bovtse', 80]
	])('%s', (_what, key, recall) => {
		expect(classWords(results).find((word) => word.key === key)?.recall).toBe(recall);
	});

	it('leaves out words nobody has answered yet (new, not hard)', () => {
		expect(classWords(results).map((word) => word.key)).not.toContain('reindeer-1/aaltoe');
	});

	it('orders by recall, then by how many pupils practised the word', () => {
		expect(classWords(results).map((word) => [word.key, word.pupils])).toEqual([
			['own-123/ord', 1],
			['reindeer-1/sarva', 1],
			['reindeer-1/miesie', 2],
			['reindeer-1/bovtse', 2]
		]);
		const tie = classWords([
			result('A', 1, [['d/one', 50, 0, 1]]),
			result('B', 1, [
				['d/two', 50, 0, 1],
				['d/one', 50, 0, 1]
			])
		]);
		expect(tie.map((word) => word.key)).toEqual(['d/one', 'd/two']);
	});

	it('gives words of the decks a game can ask only, as many as asked', () => {
		const builtIn = (deck: string) => deck === 'reindeer-1';
		expect(hardestWords(results, 2, builtIn)).toEqual(['reindeer-1/sarva', 'reindeer-1/miesie']);
		expect(hardestWords([], 5, builtIn)).toEqual([]);
		// The teacher's own list, on this device: its word is the hardest of all.
		const withOwn = (deck: string) => deck === 'reindeer-1' || deck === 'own-123';
		expect(hardestWords(results, 2, withOwn)).toEqual(['own-123/ord', 'reindeer-1/sarva']);
	});

	it('counts an older code without answers as practised', () => {
		expect(classWords([result('A', 1, [['d/one', 10, 0]])])).toEqual([
			{ key: 'd/one', recall: 10, pupils: 1 }
		]);
	});
});

describe("an assignment's words", () => {
	const decks: Record<string, string[]> = {
		'reindeer-1': ['bovtse', 'miesie', 'aaltoe'],
		animals: ['bienje']
	};
	const words = (id: string) => decks[id];
	const own = { id: 'own-abc', cards: [{ id: 'gierte' }, { id: 'aajege' }] };

	it.each([
		[
			'listed words in the deck’s order',
			[{ builtIn: 'reindeer-1', words: ['aaltoe', 'bovtse'] }],
			['reindeer-1/bovtse', 'reindeer-1/aaltoe'],
			0
		],
		['a whole deck', [{ builtIn: 'animals' }], ['animals/bienje'], 0],
		[
			'an own deck, brought along',
			[{ own }, { builtIn: 'animals' }],
			['own-abc/gierte', 'own-abc/aajege', 'animals/bienje'],
			1
		],
		[
			'an unknown deck and words',
			[
				{ builtIn: 'gone', words: ['a'] },
				{ builtIn: 'animals', words: ['nope'] }
			],
			[],
			0
		],
		['a word twice', [{ builtIn: 'animals' }, { builtIn: 'animals' }], ['animals/bienje'], 0]
	])('%s', (_what, assigned, expected, owns) => {
		const found = assignmentWords(assigned as never, words);
		expect(found.words).toEqual(expected);
		expect(found.own).toHaveLength(owns);
	});
});
