import { describe, expect, it } from 'vitest';
import { newMemory, review, Rating, type Memory } from '$lib/srs/fsrs';
import { deckOf, reindeerDeck, word } from '$lib/testing/fixtures';
import { studyCardsOf } from './cards';
import { wordKey } from './records';
import { buildQueue, requeue, spreadSiblings } from './queue';
import { choiceOptions, promptOf } from './exercise';
import { ratingFor } from './grading';
import { streak, summarize, week } from './activity';

const DAY = 86_400_000;
const now = new Date(2026, 10, 24, 12).getTime();
const today = new Date(2026, 10, 24).getTime();
const steady = { retention: 0.9, fuzz: false };

const deck = reindeerDeck;
const cards = studyCardsOf(deck);
const id = (wordId: string, direction = 'recognition') => `reindeer-1/${wordId}/${direction}`;
const learned = (introduced: number, due: number): Memory & { introduced: number } => ({
	...review(newMemory(introduced), Rating.Good, introduced, steady),
	due,
	introduced
});

/** What the study service reads through indexes, from a map of the learner's progress. */
function input(progress: Map<string, Memory & { introduced: number }>, newLeft: number) {
	const due = [...progress.entries()]
		.filter(([, memory]) => memory.due <= now)
		.sort(([, a], [, b]) => a.due - b.due)
		.map(([id, memory]) => ({ id, ...memory }));
	const introducedToday = new Set([...progress].filter(([, m]) => m.introduced >= today).map(([id]) => id));
	return { cards, due, studied: new Set(progress.keys()), introducedToday, newLeft };
}

describe('buildQueue', () => {
	it('starts a new learner on recognition cards only, up to the daily limit', () => {
		const queue = buildQueue(input(new Map(), 3));
		expect(queue).toEqual([id('bovtse'), id('baatsoe'), id('miesie')]);
	});

	it('puts due reviews first, most overdue first, then new cards', () => {
		const progress = new Map([
			[id('miesie'), learned(now - 5 * DAY, now - DAY)],
			[id('bovtse'), learned(now - 5 * DAY, now - 3 * DAY)],
			[id('baatsoe'), learned(now - 5 * DAY, now + DAY)]
		]);
		const queue = buildQueue(input(progress, 2));
		expect(queue.slice(0, 2)).toEqual([id('bovtse'), id('miesie')]);
		expect(queue).not.toContain(id('baatsoe'));
		expect(queue).toHaveLength(4);
	});

	it('introduces a production card only on a later day than its recognition card', () => {
		const yesterday = learned(now - DAY, now + DAY);
		const earlierToday = learned(today + 1000, now + DAY);
		const progress = new Map([
			[id('bovtse'), yesterday],
			[id('baatsoe'), earlierToday]
		]);
		const queue = buildQueue(input(progress, 10));
		expect(queue).toContain(id('bovtse', 'production'));
		expect(queue).not.toContain(id('baatsoe', 'production'));
	});

	it('"learn more" brings words never met, never a known word’s other direction', () => {
		const progress = new Map([[id('bovtse'), learned(now - DAY, now + DAY)]]);
		const queue = buildQueue({ ...input(progress, 2), newWordsOnly: true });
		expect(queue).toEqual([id('baatsoe'), id('miesie')]);
	});

	it('homework: production starts the same day, once the word is recognised', () => {
		const earlierToday = learned(today + 1000, now + DAY);
		const progress = new Map([[id('baatsoe'), earlierToday]]);
		const queue = buildQueue({ ...input(progress, 10), sameDay: true });
		expect(queue).toContain(id('baatsoe', 'production'));
		// A word not yet recognised has no production card yet.
		expect(queue).not.toContain(id('bovtse', 'production'));
	});

	it('never offers new cards once the day’s limit is used', () => {
		expect(buildQueue(input(new Map(), 0))).toEqual([]);
	});

	it('opened form groups come first among the new cards, on a budget of their own', () => {
		const formsCard = (wordId: string, group: string) => ({
			...cards.find((card) => card.id === id(wordId))!,
			id: `reindeer-1/${wordId}/forms-${group}`,
			direction: 'forms' as const
		});
		const progress = new Map([[id('bovtse'), learned(now - 3 * DAY, now + DAY)]]);
		const withForms = [
			...cards,
			formsCard('bovtse', 'number'),
			formsCard('sarva', 'number'),
			formsCard('miesie', 'number')
		];
		const queue = buildQueue({ ...input(progress, 2), cards: withForms, formsLeft: 2 });
		// Two of the three opened groups; a word's two cards never side by side (siblings spread).
		expect(new Set(queue)).toEqual(
			new Set([
				id('bovtse', 'production'),
				'reindeer-1/bovtse/forms-number',
				'reindeer-1/sarva/forms-number',
				id('baatsoe')
			])
		);
		expect(queue.filter((card) => card.includes('/forms-'))).toHaveLength(2);
		// The two new word cards are still there: forms take nothing from them.
		expect(queue.filter((card) => !card.includes('/forms-'))).toEqual([
			id('bovtse', 'production'),
			id('baatsoe')
		]);
		expect(
			buildQueue({ ...input(progress, 2), cards: withForms }).some((card) => card.includes('/forms-'))
		).toBe(false);
	});
});

describe('siblings', () => {
	const a = (dir: string) => `d/a/${dir}`;
	it.each([
		[
			[a('recognition'), a('production'), 'd/b/recognition'],
			[a('recognition'), 'd/b/recognition', a('production')]
		],
		[
			['d/b/recognition', a('recognition'), a('production')],
			['d/b/recognition', a('recognition'), a('production')]
		],
		[
			[a('recognition'), a('production')],
			[a('recognition'), a('production')]
		]
	])('spreadSiblings(%j) → %j', (input, expected) => {
		const out = spreadSiblings(input);
		expect(out).toEqual(expected);
	});

	it('brings a learning card back a few cards later, never next to its sibling', () => {
		const queue = ['d/x/recognition', 'd/y/recognition', 'd/a/production', 'd/z/recognition'];
		const out = requeue(queue, 'd/a/recognition');
		expect(out).toHaveLength(5);
		const at = out.indexOf('d/a/recognition');
		expect(at).toBeGreaterThanOrEqual(3);
		expect(wordKey(out[at - 1]!)).not.toBe('d/a');
		expect(requeue([], 'd/a/recognition')).toEqual(['d/a/recognition']);
	});
});

describe('exercises', () => {
	const bovtse = cards.find((c) => c.id === id('bovtse'))!;
	const production = cards.find((c) => c.id === id('bovtse', 'production'))!;

	it('asks production cards in the support language and accepts the South Sami word and its variants', () => {
		expect(promptOf(production, 'en')).toEqual({
			prompt: 'reindeer',
			promptLang: 'en',
			accepted: ['bovtse'],
			answerLang: 'sma',
			fallback: null
		});
		const aaltoe = cards.find((c) => c.id === id('aaltoe'))!;
		expect(promptOf(aaltoe, 'en')).toMatchObject({ accepted: ['simle'], answerLang: 'nb', fallback: 'nb' });
	});

	it('gives every option in the language the answer is shown in, even when English is missing', () => {
		const aaltoe = cards.find((c) => c.id === id('aaltoe'))!;
		const options = choiceOptions(aaltoe, cards, { support: 'en', random: () => 0.3 });
		expect(options).toHaveLength(4);
		expect(options.find((o) => o.correct)?.text).toBe('simle');
		// Every option is a Norwegian gloss of its word, none an English one beside the Norwegian answer.
		for (const option of options) {
			const word = cards.find((c) => c.id === option.cardId)!.word;
			expect(word.nb, option.text).toContain(option.text);
		}
	});

	it('offers four options with one right answer and never a synonym of it', () => {
		for (let seed = 0; seed < 20; seed++) {
			let x = seed / 20;
			const random = () => (x = (x * 9301 + 0.49297) % 1);
			const options = choiceOptions(bovtse, cards, { support: 'nb', random });
			expect(options).toHaveLength(4);
			expect(options.filter((o) => o.correct)).toEqual([expect.objectContaining({ text: 'rein' })]);
			expect(options.some((o) => o.cardId === id('baatsoe'))).toBe(false);
			expect(new Set(options.map((o) => o.text)).size).toBe(4);
		}
	});

	it('prefers options of the same part of speech', () => {
		const options = choiceOptions(bovtse, cards, { support: 'nb', random: () => 0.5 });
		expect(options.some((o) => o.text === 'beite')).toBe(false);
	});

	it('prefers words the learner has met, and words near the answer in the deck', () => {
		const known = new Set(['sarva', 'bienje', 'aaltoe']);
		for (let seed = 0; seed < 10; seed++) {
			let x = seed / 10;
			const random = () => (x = (x * 9301 + 0.49297) % 1);
			const options = choiceOptions(bovtse, cards, { support: 'nb', known, random });
			expect(
				options
					.filter((o) => !o.correct)
					.map((o) => o.text)
					.sort()
			).toEqual(['hund', 'reinokse', 'simle']);
		}
	});

	it('never puts a long gloss beside a short one when fairer options exist', () => {
		const deck = studyCardsOf(
			deckOf('d', [
				word('a', 'aa', ['ku']),
				word('b', 'bb', ['katt']),
				word('c', 'cc', ['utmattet hannrein etter brunst']),
				word('d', 'dd', ['hest']),
				word('e', 'ee', ['geit'])
			])
		);
		const options = choiceOptions(deck[0]!, deck, { support: 'nb' });
		expect(options.map((o) => o.text)).not.toContain('utmattet hannrein etter brunst');
	});

	it.each([
		['every option has a picture', ['/p/1.svg', '/p/2.svg', '/p/3.svg', '/p/4.svg'], 4],
		[
			'one of the others lacks one: pictures from the pictured ones only',
			['/p/1.svg', '/p/2.svg', '/p/3.svg', '/p/4.svg', undefined],
			4
		],
		[
			'only two others have one: no pictures at all',
			['/p/1.svg', '/p/2.svg', '/p/3.svg', undefined, undefined],
			0
		],
		['the answer has none: no pictures at all', [undefined, '/p/2.svg', '/p/3.svg', '/p/4.svg'], 0]
	] as const)('pictures: %s', (_name, pictures, shown) => {
		const names = ['ku', 'katt', 'hest', 'geit', 'gris'];
		const deck = studyCardsOf(
			deckOf(
				'd',
				pictures.map((picture, i) => word(`w${i}`, `w${i}`, [names[i]!], picture ? { picture } : {}))
			)
		);
		for (let seed = 0; seed < 5; seed++) {
			let x = seed / 5;
			const random = () => (x = (x * 9301 + 0.49297) % 1);
			const options = choiceOptions(deck[0]!, deck, { support: 'nb', random });
			expect(options).toHaveLength(4);
			expect(options.filter((o) => o.picture)).toHaveLength(shown);
		}
		// Production options are South Sami words: a picture would give the answer away.
		expect(choiceOptions(deck[1]!, deck, { support: 'nb' }).some((o) => o.picture)).toBe(false);
	});
});

describe('ratingFor', () => {
	it.each([
		['choice', 'wrong', 1000, 4, Rating.Again],
		['choice', 'correct', 1000, 4, Rating.Good],
		['typing', 'wrong', 1000, 6, Rating.Again],
		['typing', 'typo', 1000, 6, Rating.Hard],
		['typing', 'variant', 1000, 6, Rating.Good],
		['typing', 'correct', 20_000, 6, Rating.Good],
		['typing', 'correct', 3000, 6, Rating.Easy]
	] as const)('%s %s in %i ms → %i', (exercise, verdict, ms, length, rating) => {
		expect(ratingFor(exercise, verdict, ms, length)).toBe(rating);
	});
});

describe('activity', () => {
	const at = (daysAgo: number) => now - daysAgo * DAY;
	it.each([
		['nothing yet', [], 0],
		['today only', [at(0)], 1],
		['yesterday, today still open', [at(1), at(2)], 2],
		['three days in a row', [at(0), at(1), at(2), at(4)], 3],
		['a gap two days ago ends it', [at(2), at(3)], 0]
	])('streak: %s', (_name, times, expected) => {
		expect(streak(times, now)).toBe(expected);
	});

	it('counts this week’s answers, today last', () => {
		const days = week([at(0), at(0), at(6), at(7)], now);
		expect(days).toHaveLength(7);
		expect(days.map((d) => d.answers)).toEqual([1, 0, 0, 0, 0, 0, 2]);
	});

	/** A log row of the session: a card answered with `rating`, new (`before` null) or known. */
	const old = review(newMemory(now - 9 * DAY), Rating.Good, now - 9 * DAY, steady);
	const row = (cardId: string, rating: number, before: Memory | null) => ({
		cardId,
		at: now,
		rating,
		verdict: 'correct' as const,
		answer: '',
		elapsedMs: 1000,
		before
	});

	it('counts words, not cards: a known word’s first production is not a new word', () => {
		expect(
			summarize([
				row('d/a/recognition', Rating.Good, null),
				row('d/a/recognition', Rating.Good, old),
				row('d/b/production', Rating.Good, null),
				row('d/c/recognition', Rating.Good, old)
			])
		).toMatchObject({ learned: 1, reviewed: 2 });
	});

	it('summarises a session: new words, reviewed words and accuracy', () => {
		expect(
			summarize([
				row('d/a/recognition', Rating.Good, null),
				row('d/a/recognition', Rating.Again, old),
				row('d/b/recognition', Rating.Good, old),
				row('d/c/recognition', Rating.Again, old)
			])
		).toEqual({ reviewed: 2, learned: 1, answers: 4, accuracy: 0.5, missed: ['d/a', 'd/c'] });
		expect(summarize([])).toMatchObject({ answers: 0, accuracy: null, missed: [] });
	});
});
