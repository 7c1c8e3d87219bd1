import { describe, expect, it } from 'vitest';
import { Rating } from '$lib/srs/fsrs';
import { byEar, canBuild, climb, exerciseOn, rungOf, type TypingChoice } from './ladder';
import type { Direction, Exercise } from './records';

describe('the ladder', () => {
	const on = (
		direction: Direction,
		rung: number,
		typing: TypingChoice,
		buildable = true,
		flashcards = false
	) => exerciseOn({ direction, rung, typing, buildable, flashcards });

	it.each<[Direction, number, TypingChoice, boolean, Exercise]>([
		// Recognition: choose the meaning, typed only once known and only when typing is on.
		['recognition', 0, 'after-tiles', true, 'choice'],
		['recognition', 1, 'after-tiles', true, 'choice'],
		['recognition', 2, 'after-tiles', true, 'typing'],
		['recognition', 2, 'always', true, 'typing'],
		// "Typing: always" types from the first exercise, so it types on day one (recognition) too.
		['recognition', 0, 'always', true, 'typing'],
		['recognition', 2, 'never', true, 'choice'],
		// Production: choose the word → build it from tiles → type it.
		['production', 0, 'after-tiles', true, 'choice'],
		['production', 1, 'after-tiles', true, 'tiles'],
		['production', 2, 'after-tiles', true, 'typing'],
		// A child (typing never) stops at the tiles.
		['production', 0, 'never', true, 'choice'],
		['production', 1, 'never', true, 'tiles'],
		['production', 2, 'never', true, 'tiles'],
		// "Typing: always" types from the first production exercise.
		['production', 0, 'always', true, 'typing'],
		// A phrase cannot be built from tiles: chosen on the tile rung, typed above it (or chosen, never typing).
		['production', 1, 'after-tiles', false, 'choice'],
		['production', 2, 'after-tiles', false, 'typing'],
		['production', 2, 'never', false, 'choice']
	])('%s on rung %i with typing %s (buildable %s) → %s', (direction, rung, typing, buildable, expected) => {
		expect(on(direction, rung, typing, buildable)).toBe(expected);
	});

	it('gives flashcards to a learner who grades themselves, on any rung', () => {
		expect(on('production', 0, 'never', true, true)).toBe('flashcard');
		expect(on('recognition', 2, 'always', true, true)).toBe('flashcard');
	});

	it.each([
		[0, Rating.Good, 1],
		[1, Rating.Easy, 2],
		[2, Rating.Good, 2],
		[2, Rating.Again, 1],
		[1, Rating.Again, 0],
		[0, Rating.Again, 0],
		[1, Rating.Hard, 1]
	] as const)('rung %i after rating %i → %i (a miss steps down)', (rung, rating, expected) => {
		expect(climb(rung, rating)).toBe(expected);
	});

	it.each([
		['new card', undefined, 0],
		['stored rung', { rung: 1, reps: 9, lapses: 0 }, 1],
		['stored rung out of range', { rung: 7, reps: 0, lapses: 0 }, 2],
		['from before the ladder: twice recalled', { reps: 3, lapses: 1 }, 2],
		['from before the ladder: once', { reps: 1, lapses: 0 }, 1],
		['from before the ladder: lapsed more than recalled', { reps: 1, lapses: 3 }, 0]
	] as const)('rung of a %s', (_name, progress, expected) => {
		expect(rungOf(progress)).toBe(expected);
	});

	it.each([
		['bovtse', true],
		['gåetie', true],
		['Plaassja', true],
		['buerie biejjie', false],
		['man gellie', false],
		['a', false],
		['båatsoeburriebiejjie', false]
	] as const)('%s can be built from tiles: %s', (sma, expected) => {
		expect(canBuild(sma)).toBe(expected);
	});
});

describe('asked by ear', () => {
	const base = { rung: 0, reps: 0, voiced: true, child: false } as const;
	it.each<[string, Parameters<typeof byEar>[0], boolean]>([
		[
			'a word nobody recorded never is',
			{ ...base, direction: 'recognition', exercise: 'choice', child: true, voiced: false },
			false
		],
		[
			'a child hears every recognition question',
			{ ...base, direction: 'recognition', exercise: 'choice', child: true },
			true
		],
		['an adult reads it first (rung 0)', { ...base, direction: 'recognition', exercise: 'choice' }, false],
		[
			'an adult hears it on the second choice rung',
			{ ...base, direction: 'recognition', exercise: 'choice', rung: 1 },
			true
		],
		[
			'an adult types the meaning of what they read (rung 2)',
			{ ...base, direction: 'recognition', exercise: 'typing', rung: 2 },
			false
		],
		[
			'production: chosen from the meaning first',
			{ ...base, direction: 'production', exercise: 'choice', reps: 1 },
			false
		],
		[
			'production: tiles by ear every other time',
			{ ...base, direction: 'production', exercise: 'tiles', rung: 1, reps: 1 },
			true
		],
		[
			'production: tiles from the meaning the other time',
			{ ...base, direction: 'production', exercise: 'tiles', rung: 1, reps: 2 },
			false
		],
		[
			'production: typed by ear (an adult’s dictation)',
			{ ...base, direction: 'production', exercise: 'typing', rung: 2, reps: 3 },
			true
		],
		['flashcards never', { ...base, direction: 'recognition', exercise: 'flashcard', child: true }, false]
	])('%s', (_, listening, heard) => {
		expect(byEar(listening)).toBe(heard);
	});
});
