import { describe, expect, it } from 'vitest';
import { State } from '$lib/srs/fsrs';
import type { CardProgress } from './records';
import { countWords, daysAway, forecast, studyDays, wordStates } from './stats';

const day = (d: number, h = 12) => new Date(2026, 11, d, h).getTime();
const card = (
	id: string,
	state: State,
	due = day(6),
	introduced = day(1),
	lastReview = day(4)
): CardProgress =>
	({
		id,
		deckId: id.split('/')[0],
		wordId: id.split('/')[1],
		state,
		due,
		introduced,
		lastReview
	}) as unknown as CardProgress;

describe('words known and being learned', () => {
	it.each<[string, CardProgress[], Record<string, number>, Record<string, 'known' | 'learning'>]>([
		[
			'both cards in review and recalled',
			[card('a/bovtse/recognition', State.Review), card('a/bovtse/production', State.Review)],
			{ 'a/bovtse/recognition': 0.95, 'a/bovtse/production': 0.92 },
			{ 'a/bovtse': 'known' }
		],
		[
			'one card still in its learning steps',
			[card('a/bovtse/recognition', State.Review), card('a/bovtse/production', State.Learning)],
			{ 'a/bovtse/recognition': 0.95, 'a/bovtse/production': 0.99 },
			{ 'a/bovtse': 'learning' }
		],
		[
			'in review but likely forgotten by now',
			[card('a/gïele/recognition', State.Review)],
			{ 'a/gïele/recognition': 0.6 },
			{ 'a/gïele': 'learning' }
		],
		[
			'relearning after a lapse',
			[card('a/vïjre/recognition', State.Relearning)],
			{ 'a/vïjre/recognition': 0.95 },
			{ 'a/vïjre': 'learning' }
		]
	])('%s', (_, cards, recall, states) => {
		expect(Object.fromEntries(wordStates(cards, (c) => recall[c.id] ?? 0))).toEqual(states);
	});

	it('counts per deck', () => {
		const states = new Map<string, 'known' | 'learning'>([
			['animals/bienje', 'known'],
			['animals/gaahtoe', 'learning'],
			['family/aehtjie', 'known']
		]);
		expect(countWords(states)).toEqual({ known: 2, learning: 1 });
		expect(countWords(states, 'animals')).toEqual({ known: 1, learning: 1 });
	});
});

describe('the days studied', () => {
	it('whole weeks from a Monday, each day’s answers, today last', () => {
		// Sunday 6 December 2026.
		const days = studyDays([day(6, 9), day(6, 18), day(1), day(30 - 30, 12)], day(6), 2);
		expect(days).toHaveLength(14);
		expect(days[0]!.day).toBe('2026-11-23'); // a Monday
		expect(days.at(-1)).toEqual({ day: '2026-12-06', answers: 2 });
		expect(days.find((d) => d.day === '2026-12-01')!.answers).toBe(1);
	});
});

describe('the week ahead', () => {
	it('counts each word once, on the day its first card is due; overdue counts today', () => {
		const cards = [
			{ id: 'a/x/recognition', due: day(1) },
			{ id: 'a/x/production', due: day(8) },
			{ id: 'a/y/recognition', due: day(7, 8) },
			{ id: 'a/z/recognition', due: day(12, 23) },
			{ id: 'a/w/recognition', due: day(20) }
		];
		expect(forecast(cards, day(6))).toEqual([1, 1, 0, 0, 0, 0, 1]);
	});
});

describe('a long break', () => {
	it.each([
		[undefined, Infinity],
		[day(6, 8), 0],
		[day(5, 23), 1],
		[new Date(2026, 10, 20).getTime(), 16]
	])('last answer %s → %s days away', (last, away) => {
		expect(daysAway(last, day(6))).toBe(away);
	});
});
