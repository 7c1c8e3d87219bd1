import { describe, expect, it } from 'vitest';
import { LieredhDb } from '$lib/db/database';
import { recordAnswer } from '$lib/db/progress';
import { newMemory, review, Rating } from '$lib/srs/fsrs';
import { encode } from './codes';
import { collectResults, openAssignmentCode, openResultCode } from './open';
import { addResult, assignedDecks, assignments, evidenceFor, keepAssignment, ownDecks } from './store';
import type { Assignment } from './assignment';
import type { Deck } from '$lib/decks/deck';

const now = Date.UTC(2026, 10, 24, 12);
const places: Deck = {
	format: 1,
	id: 'places',
	title: { nb: 'Stedsnavn', sv: 'Ortnamn', en: 'Place names' },
	theme: 'places',
	level: 1,
	description: { nb: '', sv: '', en: '' },
	cards: [
		{
			id: 'plaassja',
			sma: 'Plaassja',
			variants: ['Plassje'],
			pos: 'Prop',
			nb: ['Røros'],
			sv: ['Röros'],
			en: []
		},
		{
			id: 'traante',
			sma: 'Tråante',
			variants: [],
			pos: 'Prop',
			nb: ['Trondheim'],
			sv: ['Trondheim'],
			en: []
		},
		{ id: 'staare', sma: 'Staare', variants: [], pos: 'Prop', nb: ['Östersund'], sv: ['Östersund'], en: [] }
	]
};
const assignment: Assignment = {
	v: 1,
	id: 'k2Jd8aQx1z',
	title: 'Steder',
	group: '6A',
	due: '2026-11-30',
	goal: { kind: 'typed' },
	decks: [
		{ builtIn: 'places', words: ['plaassja', 'traante'] },
		{
			own: {
				format: 1,
				id: 'own-abc123def456',
				title: { nb: 'Rein', sv: 'Ren', en: 'Reindeer' },
				theme: 'own',
				level: 1,
				description: { nb: '', sv: '', en: '' },
				cards: [{ id: 'bovtse', sma: 'bovtse', variants: [], pos: 'N', nb: ['rein'], sv: ['ren'], en: [] }]
			}
		}
	]
};

describe('assignments on the student device', () => {
	it('keeps an opened assignment with its own deck, and shows its words only', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const opened = await openAssignmentCode(`http://localhost/a#${await encode('A', assignment)}`);
		expect(opened.ok).toBe(true);
		await keepAssignment(db, opened.ok ? opened.value : assignment, now);
		expect((await assignments(db)).map((entry) => entry.assignment.title)).toEqual(['Steder']);
		expect((await ownDecks(db)).map((deck) => deck.id)).toEqual(['own-abc123def456']);
		const decks = await assignedDecks(db, assignment, async (id) => (id === 'places' ? places : undefined));
		expect(decks.map((deck) => deck.cards.map((card) => card.id))).toEqual([
			['plaassja', 'traante'],
			['bovtse']
		]);
		db.close();
	});

	it('counts a word as typed right only from a typed answer', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const decks = await assignedDecks(db, assignment, async () => places);
		const answer = async (cardId: string, exercise: 'choice' | 'typing', at: number) => {
			const [deckId, wordId, direction] = cardId.split('/') as [string, string, 'recognition' | 'production'];
			await recordAnswer(
				db,
				{ id: cardId, deckId, wordId, direction, introduced: at, ...review(newMemory(at), Rating.Good, at) },
				{
					at,
					rating: Rating.Good,
					verdict: 'correct',
					answer: 'Røros',
					elapsedMs: 900,
					before: null,
					exercise
				}
			);
		};
		await answer('places/plaassja/recognition', 'choice', now);
		await answer('places/traante/production', 'typing', now + 1);
		const evidence = await evidenceFor(db, decks);
		expect(evidence.map((word) => [word.key, word.typedRight, word.memories.filter(Boolean).length])).toEqual(
			[
				['places/plaassja', false, 1],
				['places/traante', true, 1],
				['own-abc123def456/bovtse', false, 0]
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

describe('collecting pasted codes', () => {
	it('keeps each good code for this assignment and names what went wrong with the others', async () => {
		const db = new LieredhDb(`teach-${crypto.randomUUID()}`);
		const result = (assignmentId: string, nick: string) =>
			encode('R', { v: 1, assignment: assignmentId, nick, words: [], done: null, at: now });
		const text = [
			await result(assignment.id, 'Ánne'),
			'hello',
			await result('Other00001', 'Ole'),
			await result(assignment.id, 'ánne')
		].join('\n  ');
		expect(await collectResults(db, text, assignment.id, now)).toEqual([
			{ outcome: 'added', nick: 'Ánne' },
			{ outcome: 'problem', problem: { code: 'foreign' } },
			{ outcome: 'other-assignment', nick: 'Ole' },
			{ outcome: 'older', nick: 'ánne' }
		]);
		expect(await db.classResults.count()).toBe(1);
		db.close();
	});
});
