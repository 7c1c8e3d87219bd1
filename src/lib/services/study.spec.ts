/**
 * The study service on a real (fake-indexeddb) database: sessions built from the indexes, every answer
 * stored before the session moves on, resuming, undo, and a full device.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '$lib/calendar/days';
import { database } from '$lib/db/database';
import { Rating } from '$lib/srs/fsrs';
import { placesDeck, reindeerAssignment, reindeerDeck, answerCard } from '$lib/testing/fixtures';
import { keepAssignment } from '$lib/db/teaching';
import { CHILD_PATH } from '$lib/study/ladder';
import { formsOfDeck } from '$lib/forms/forms';
import { wordParadigms } from '$lib/server/lessons';
import { finishSession, openSession, saveAnswer, saveMeeting, saveOverrule, undoAnswer } from './study';

const decks = [reindeerDeck, placesDeck];
const now = new Date(2026, 10, 24, 18).getTime();
const DAY = 86_400_000;
/** The word forms asked for, by URL. */
let formsAsked: string[] = [];

beforeEach(async () => {
	formsAsked = [];
	// Built-in decks are served JSON: answered here from the fixtures.
	vi.stubGlobal('fetch', async (url: string) => {
		if (url === '/decks/index.json') {
			return Response.json({
				format: 1,
				decks: decks.map((d) => ({ id: d.id, url: `/decks/${d.id}.json` }))
			});
		}
		const deck = decks.find((d) => url === `/decks/${d.id}.json`);
		if (deck) return Response.json(deck);
		formsAsked.push(url);
		const forms = decks.find((d) => url === `/forms/${d.id}.json`);
		return forms
			? Response.json(formsOfDeck(forms, wordParadigms()))
			: new Response('not found', { status: 404 });
	});
	const db = database();
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => vi.unstubAllGlobals());

async function clearAll() {
	await database().settings.clear();
}

describe('study service', () => {
	it('a new learner gets the day’s new recognition cards, and each answer is stored before the next card', async () => {
		const { session } = await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now);
		expect(session.remaining).toBe(7); // 7 words, fewer than the 10 new cards a day
		const step = session.chose({ cardId: 'x', text: 'rein', correct: true }, [], 1200, now)!;
		const saved = await saveAnswer(session, step);
		expect(saved.ok).toBe(true);
		const db = database();
		expect(await db.reviews.count()).toBe(1);
		expect(await db.cards.get('reindeer-1/bovtse/recognition')).toMatchObject({ reps: 1 });
		expect(session.answered).toBe(1);
	});

	it('a reload the same day resumes the saved session where it was', async () => {
		const first = (await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now))
			.session;
		for (let i = 0; i < 3; i++) {
			const step = first.chose({ cardId: 'x', text: 'rein', correct: true }, [], 1000, now + i * 1000)!;
			await saveAnswer(first, step);
		}
		const again = (
			await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now + 10_000)
		).session;
		expect(again.answered).toBe(3);
		expect(again.card?.id).toBe(first.card?.id);
		expect(again.remaining).toBe(first.remaining);
		// Another scope starts its own session.
		expect(
			(await openSession({ scope: 'places', support: 'nb', spelling: 'norway' }, now + 20_000)).session
				.answered
		).toBe(0);
	});

	it('back after three weeks away: a short catch-up of known words, no new ones that day', async () => {
		const db = database();
		await answerCard(db, 'reindeer-1/miesie/recognition', Rating.Good, now);
		await answerCard(db, 'reindeer-1/bovtse/recognition', Rating.Good, now);
		const later = addDays(now, 21);
		const { session } = await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, later);
		expect(session.cards.length).toBeGreaterThan(2);
		const asked = new Set<string>();
		for (let card = session.card; card && asked.size < 20; card = session.card) {
			asked.add(card.word.id);
			await saveAnswer(session, session.chose({ cardId: 'x', text: 'rein', correct: true }, [], 900, later)!);
		}
		expect([...asked].sort()).toEqual(['bovtse', 'miesie']);
		// The next day, new words come again.
		const next = (
			await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, addDays(later, 1))
		).session;
		expect(next.card && ['bovtse', 'miesie'].includes(next.card.word.id) && next.remaining === 0).toBe(false);
	});

	it('the next day builds a new session from the due index, reviews first', async () => {
		const db = database();
		await answerCard(db, 'reindeer-1/miesie/recognition', Rating.Good, now);
		await answerCard(db, 'places/plaassja/recognition', Rating.Good, now);
		const tomorrow = addDays(now, 3) + 12 * 3_600_000;
		const { session } = await openSession({ scope: 'all', support: 'nb', spelling: 'norway' }, tomorrow);
		const queue = session.saved().queue;
		expect(queue.slice(0, 2).sort()).toEqual([
			'places/plaassja/recognition',
			'reindeer-1/miesie/recognition'
		]);
		// Production of a word recognised on an earlier day comes before more new recognition cards.
		expect(queue).toContain('reindeer-1/miesie/production');
		// Two reviews and nine new cards (two answers each): the adult's 20 answers.
		expect(queue).toHaveLength(11);
		expect(session.total).toBe(20);
	});

	it('undo takes the answer back in storage and in the session', async () => {
		const { session } = await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now);
		const card = session.card!.id;
		await saveAnswer(session, session.chose({ cardId: 'x', text: 'x', correct: false }, [], 1000, now)!);
		expect(await undoAnswer(session)).toBe(true);
		const db = database();
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.get(card)).toBeUndefined();
		expect(session.card?.id).toBe(card);
		expect(await undoAnswer(session)).toBe(false);
	});

	it('"I was right" is stored on the same log row', async () => {
		const { session } = await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now);
		await saveAnswer(session, session.typed('feil', 5000, now)!);
		const overruled = await saveOverrule(session, now + 2000);
		expect(overruled).toMatchObject({ ok: true, value: { overruled: true, rating: Rating.Good } });
		const rows = await database().reviews.toArray();
		expect(rows).toMatchObject([{ rating: Rating.Good, overruled: true, verdict: 'wrong' }]);
		expect(await saveOverrule(session, now + 3000)).toBeUndefined();
	});

	it('a full device keeps the card on screen and says so; nothing is half-written', async () => {
		const { session } = await openSession({ scope: 'reindeer-1', support: 'nb', spelling: 'norway' }, now);
		const card = session.card!.id;
		const db = database();
		const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
		const spy = vi.spyOn(db.reviews, 'add').mockRejectedValueOnce(quota);
		const saved = await saveAnswer(
			session,
			session.chose({ cardId: 'x', text: 'rein', correct: true }, [], 1, now)!
		);
		spy.mockRestore();
		expect(saved).toEqual({ ok: false, problem: 'full' });
		expect(session.card?.id).toBe(card);
		expect(session.answered).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('a finished session is summarised and says when the next card comes', async () => {
		const { session } = await openSession({ scope: 'places', support: 'nb', spelling: 'norway' }, now);
		let at = now;
		while (session.card) {
			at += 5000;
			await saveAnswer(session, session.chose({ cardId: 'x', text: '', correct: true }, [], 1000, at)!);
			// New words come back in their learning steps within the session; answer those too.
			if (session.answered > 20) break;
		}
		const finished = await finishSession(session, at);
		// Three new words, each seen twice: the session's six answers.
		expect(session.total).toBe(6);
		expect(finished.summary).toMatchObject({ learned: 3, accuracy: 1 });
		expect(finished.nextDue).toBeGreaterThan(at);
		expect(await database().settings.get('session')).toBeUndefined();
	});

	it('a child’s session is short and its length never grows; an adult’s holds more', async () => {
		const db = database();
		// 12 cards due (known words), so the lengths are the caps, not the deck.
		for (const w of ['bovtse', 'baatsoe', 'miesie', 'aaltoe', 'sarva', 'bienje'])
			for (const direction of ['recognition', 'production'])
				await answerCard(db, `reindeer-1/${w}/${direction}`, Rating.Good, now - 5 * 86_400_000);
		const later = now + 30 * 86_400_000;
		const child = await openSession(
			{ scope: 'all', support: 'nb', spelling: 'norway', path: CHILD_PATH },
			later
		);
		expect(child.session.total).toBe(10);
		await clearAll();
		const adult = await openSession({ scope: 'all', support: 'nb', spelling: 'norway' }, later);
		expect(adult.session.total).toBeGreaterThan(10);
	});

	it('with the day’s new words done, "Learn 5 more" brings five new words and "Review early" the soonest known ones', async () => {
		const db = database();
		const request = { scope: 'places', support: 'nb', spelling: 'norway' } as const;
		await db.settings.put({ key: 'study', value: { newPerDay: 1, retention: 0.9, flashcards: false } });
		await answerCard(db, 'places/plaassja/recognition', Rating.Easy, now - 2 * 86_400_000);
		await answerCard(db, 'places/traante/recognition', Rating.Good, now);
		// The day's one new word is done and nothing is due: a plain session is empty.
		expect((await openSession(request, now + 1000)).session.total).toBe(0);
		const more = await openSession({ ...request, more: true }, now + 2000);
		// New words beyond the limit: the one never seen, not the next step of a word met before (the
		// summary would count it as a new word, and the learner asked for new words).
		expect(more.session.saved().queue).toEqual(['places/staare/recognition']);
		const early = await openSession({ ...request, early: true }, now + 3000);
		expect(early.session.saved().queue.sort()).toEqual([
			'places/plaassja/recognition',
			'places/traante/recognition'
		]);
	});

	it('an introduced word is remembered by the saved session: a reload does not introduce it twice', async () => {
		const request = { scope: 'reindeer-1', support: 'nb', spelling: 'norway' } as const;
		const { session } = await openSession(request, now);
		expect(session.question(now)!.introduce).toBe(true);
		await saveMeeting(session);
		const again = (await openSession(request, now + 1000)).session;
		expect(again.question(now + 1000)!.introduce).toBe(false);
	});

	it('homework ignores the daily new-word limit and starts production the same evening', async () => {
		const db = database();
		await keepAssignment(db, reindeerAssignment, now);
		await db.settings.put({ key: 'study', value: { newPerDay: 1, retention: 0.9, flashcards: false } });
		const request = {
			scope: `assignment:${reindeerAssignment.id}`,
			support: 'nb',
			spelling: 'norway'
		} as const;
		const opened = await openSession(request, now);
		const first = opened.session;
		// The session knows where the homework stands: nothing known yet, every word needed (no share).
		expect(opened.homework).toEqual({ met: 0, needed: 5, goalMet: false });
		// All five assigned words, though the day's limit is one.
		expect(first.saved().queue.filter((id) => id.endsWith('/recognition'))).toHaveLength(5);
		let at = now;
		while (first.card) {
			at += 30_000;
			await saveAnswer(first, first.chose({ cardId: 'x', text: '', correct: true }, [], 1000, at)!);
		}
		const finished = await finishSession(first, at);
		expect(finished.homework).toMatchObject({ needed: 5, goalMet: false });
		const second = (await openSession(request, at + 60_000)).session;
		const queue = second.saved().queue;
		expect(queue.filter((id) => id.endsWith('/production')).length).toBeGreaterThan(0);
		expect(second.question(at + 60_000)!.introduce).toBe(false);
	});
});

describe('forms practice in a session', () => {
	const scope = { scope: 'reindeer-1', support: 'nb', spelling: 'norway' } as const;
	/** bovtse known: both its cards right on several days, the last a week ago. */
	async function knowBovtse() {
		const db = database();
		for (const direction of ['recognition', 'production'])
			for (const back of [30, 20, 7])
				await answerCard(db, `reindeer-1/bovtse/${direction}`, Rating.Good, now - back * DAY);
	}

	it('a learner who knows no word yet gets no forms card, and nothing is fetched for them', async () => {
		const { session } = await openSession(scope, now);
		expect(session.cards.some((card) => card.direction === 'forms')).toBe(false);
		expect(formsAsked).toEqual([]);
	});

	it('a known word opens its first form group as a new card, asked on the choice rung', async () => {
		await knowBovtse();
		const { session } = await openSession(scope, now);
		const forms = session.cards.filter((card) => card.direction === 'forms').map((card) => card.id);
		expect(forms).toEqual(['reindeer-1/bovtse/forms-number']);
		expect(session.saved().queue).toContain('reindeer-1/bovtse/forms-number');
		expect(formsAsked).toEqual(['/forms/reindeer-1.json']);
	});

	it('an answer to a forms card is stored like any other, and its next group waits until it is known', async () => {
		await knowBovtse();
		const db = database();
		const id = 'reindeer-1/bovtse/forms-number';
		for (const back of [20, 10, 3]) await answerCard(db, id, Rating.Good, now - back * DAY);
		const { session } = await openSession(scope, now);
		const forms = session.cards.filter((card) => card.direction === 'forms').map((card) => card.id);
		// The plural is known and not due: only the cases, new, are in today's session.
		expect(forms).toEqual(['reindeer-1/bovtse/forms-cases']);
		// Months later the plural is due: it is reviewed (the cases wait for a day with budget left).
		await database().settings.clear();
		const later = await openSession(scope, now + 120 * DAY);
		expect(later.session.saved().queue).toContain(id);
	});

	it('an assignment of a form group asks that group of every assigned word, known or not', async () => {
		const forms = {
			...reindeerAssignment,
			decks: [{ builtIn: 'reindeer-1', words: ['bovtse', 'miesie'], forms: 'cases' }]
		};
		await keepAssignment(database(), forms, now - DAY);
		const { session, homework } = await openSession({ ...scope, scope: `assignment:${forms.id}` }, now);
		expect(session.cards.map((card) => card.id)).toEqual([
			'reindeer-1/bovtse/forms-cases',
			'reindeer-1/miesie/forms-cases'
		]);
		expect(session.saved().queue).toEqual(session.cards.map((card) => card.id));
		expect(session.question(now)!.form?.group).toBe('cases');
		expect(homework).toMatchObject({ met: 0, needed: 2, goalMet: false });
	});

	it('an assignment practises its words only: no forms card', async () => {
		await knowBovtse();
		await keepAssignment(
			database(),
			{ ...reindeerAssignment, decks: [{ builtIn: 'reindeer-1' }] },
			now - DAY
		);
		const { session } = await openSession({ ...scope, scope: `assignment:${reindeerAssignment.id}` }, now);
		expect(session.cards.some((card) => card.direction === 'forms')).toBe(false);
	});
});
