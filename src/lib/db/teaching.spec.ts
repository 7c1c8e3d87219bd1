import { describe, expect, it } from 'vitest';
import { Rating } from '$lib/srs/fsrs';
import { encode } from '$lib/teach/codes';
import { openAssignmentCode, openResultCode } from '$lib/teach/open';
import { answerCard, ownReindeerDeck, placesDeck, reindeerAssignment } from '$lib/testing/fixtures';
import { LieredhDb } from './database';
import {
	addResult,
	assignedDecks,
	assignments,
	evidenceFor,
	keepAssignment,
	ownDecks,
	updateAssignment
} from './teaching';

const now = Date.UTC(2026, 10, 24, 12);
const places = placesDeck;
const assignment = reindeerAssignment;
const own = ownReindeerDeck.id;

describe('assignments on the student device', () => {
	it('keeps an opened assignment with its own deck, and shows its words only', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const opened = await openAssignmentCode(`http://localhost/a#${await encode('A', assignment)}`);
		expect(opened.ok).toBe(true);
		await keepAssignment(db, opened.ok ? opened.value : assignment, now);
		expect((await assignments(db)).map((entry) => entry.assignment.title)).toEqual(['Reinen til fredag']);
		expect((await ownDecks(db)).map((deck) => deck.id)).toEqual([own]);
		const decks = await assignedDecks(db, assignment, async (id) => (id === 'places' ? places : undefined));
		expect(decks.map((deck) => deck.cards.map((card) => card.id))).toEqual([
			['bovtse', 'gierte', 'aajege'],
			['plaassja', 'traante']
		]);
		db.close();
	});

	it('an archived assignment stays archived when its link is opened again', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		await keepAssignment(db, assignment, now);
		await updateAssignment(db, assignment.id, (entry) => ({ ...entry, archived: true }));
		await keepAssignment(db, assignment, now + 1000);
		const [entry] = await assignments(db);
		expect(entry).toMatchObject({ archived: true, opened: now });
		db.close();
	});

	it('counts a word as typed right only from a typed answer', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const decks = await assignedDecks(db, assignment, async () => places);
		const answer = (cardId: string, exercise: 'choice' | 'typing', at: number) =>
			answerCard(db, cardId, Rating.Good, at, { exercise, text: 'Røros' });
		await answer('places/plaassja/recognition', 'choice', now);
		await answer('places/traante/production', 'typing', now + 1);
		const evidence = await evidenceFor(db, decks);
		expect(evidence.map((word) => [word.key, word.typedRight, word.memories.filter(Boolean).length])).toEqual(
			[
				[`${own}/bovtse`, false, 0],
				[`${own}/gierte`, false, 0],
				[`${own}/aajege`, false, 0],
				['places/plaassja', false, 1],
				['places/traante', true, 1]
			]
		);
		db.close();
	});

	it("a forms assignment counts each word by its forms card of the group, not by the word's own cards", async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const forms = {
			...assignment,
			decks: [{ builtIn: 'places', words: ['plaassja', 'traante'], forms: 'cases' }]
		};
		const decks = await assignedDecks(db, forms, async () => places);
		expect(decks.map((deck) => deck.formsGroup)).toEqual(['cases']);
		await answerCard(db, 'places/plaassja/recognition', Rating.Good, now, { exercise: 'choice' });
		await answerCard(db, 'places/traante/forms-cases', Rating.Good, now, { exercise: 'typing', text: 'x' });
		const evidence = await evidenceFor(db, decks);
		expect(evidence.map((word) => [word.key, word.typedRight, word.memories.filter(Boolean).length])).toEqual(
			[
				['places/plaassja', false, 0],
				['places/traante', true, 1]
			]
		);
		db.close();
	});

	it('writes nothing for any of 300 broken codes', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const code = await encode('A', assignment);
		let seed = 11;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let i = 0; i < 300; i++) {
			const at = Math.floor(random() * code.length);
			const broken = code.slice(0, at) + code.slice(at + 1 + Math.floor(random() * 3));
			const opened = await openAssignmentCode(broken);
			if (opened.ok) await keepAssignment(db, opened.value, now);
		}
		expect(await db.assignments.count()).toBe(0);
		expect(await db.ownDecks.count()).toBe(0);
		db.close();
	});
});

describe('results on the teacher device', () => {
	it('keeps the newest code of each student', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const code = (at: number, recall: number) =>
			encode('R', {
				v: 1,
				assignment: assignment.id,
				nick: 'Ánne',
				words: [['places/plaassja', recall, 1]],
				done: null,
				at
			});
		const first = await openResultCode(await code(now, 40));
		const second = await openResultCode(await code(now + 1000, 80));
		expect(first.ok && second.ok).toBe(true);
		if (!first.ok || !second.ok) return;
		expect(await addResult(db, first.value, now)).toBe('added');
		expect(await addResult(db, second.value, now)).toBe('updated');
		expect(await addResult(db, first.value, now)).toBe('older');
		expect(await db.classResults.count()).toBe(1);
		db.close();
	});

	it('tells an assignment link from a result code', async () => {
		expect(await openResultCode(await encode('A', assignment))).toEqual({
			ok: false,
			problem: { code: 'other-kind' }
		});
	});
});
