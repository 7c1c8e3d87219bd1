import { describe, expect, it } from 'vitest';
import { classResult, elapsedMs, isLate, makeTeams, podium, pointsFor, teamScore } from './score';

const shownAt = 1_000_000;
const timing = (after: number, offset = 0, limitMs = 20_000) => ({
	shownAt,
	answeredAt: shownAt + after + offset,
	offset,
	limitMs
});

describe('an answer’s points', () => {
	it.each([
		['right at once', true, timing(0), 1000],
		['right halfway', true, timing(10_000), 750],
		['right at the limit', true, timing(20_000), 500],
		['right within the grace', true, timing(20_200), 500],
		['right but late', true, timing(20_300), 0],
		['wrong at once', false, timing(0), 0],
		['a device 3 s ahead, right after 5 s', true, timing(5_000, 3_000), 875],
		['a device 2 s behind, right after 5 s', true, timing(5_000, -2_000), 875]
	])('%s: %i points', (_name, right, t, points) => {
		expect(pointsFor(right, t)).toBe(points);
	});

	it('a clock measured a little off never makes time run backwards', () => {
		expect(elapsedMs({ shownAt, answeredAt: shownAt - 50, offset: 0, limitMs: 20_000 })).toBe(0);
		expect(isLate(timing(19_999))).toBe(false);
	});
});

describe('teams', () => {
	it('are round robin in joining order, about equal, scored by their mean', () => {
		expect(makeTeams(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
			['a', 'c', 'e'],
			['b', 'd']
		]);
		expect(makeTeams(['a'], 3)).toEqual([['a']]);
		expect(teamScore([1000, 500, 0])).toBe(500);
		expect(teamScore([])).toBe(0);
	});
});

describe('what the class knew together', () => {
	it('counts a word when half the class got it, and names the three hardest', () => {
		const result = classResult([
			{ word: 'bovtse', right: 20, answered: 25 },
			{ word: 'miesie', right: 10, answered: 25 },
			{ word: 'sarva', right: 13, answered: 25 },
			{ word: 'aaltoe', right: 5, answered: 24 },
			{ word: 'gaahtoe', right: 25, answered: 25 },
			{ word: 'heartoe', right: 12, answered: 25 }
		]);
		expect(result).toEqual({ known: 3, total: 6, practise: ['aaltoe', 'miesie', 'heartoe'] });
	});

	it('no podium when the teacher shows no individual ranking', () => {
		const players = [
			{ nick: 'Ada', points: 2100 },
			{ nick: 'Biret', points: 3400 },
			{ nick: 'Cecilie', points: 900 },
			{ nick: 'Dávvet', points: 2800 }
		];
		expect(podium(players, true).map((p) => p.nick)).toEqual(['Biret', 'Dávvet', 'Ada']);
		expect(podium(players, false)).toEqual([]);
	});
});
