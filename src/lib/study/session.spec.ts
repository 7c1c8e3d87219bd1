import { describe, expect, it } from 'vitest';
import { newMemory, review, Rating, State } from '$lib/srs/fsrs';
import { deckOf, reindeerDeck, word } from '$lib/testing/fixtures';
import { studyCardsOf, type StudyCard } from './cards';
import { formsOfCard } from '$lib/forms/forms';
import { wordParadigms } from '$lib/server/lessons';
import type { CardProgress } from './records';
import { ADULT_PATH, CHILD_PATH } from './ladder';
import { letterTiles } from './tiles';
import { spell } from '$lib/answers/spelling';
import { sharingHint } from './around';
import { fitSession } from './plan';
import { StudySession, type SessionSetup } from './session';
import { DEFAULT_SETTINGS } from './settings';

const MINUTE = 60_000;
const now = new Date(2026, 10, 24, 18).getTime();
const cards = studyCardsOf(reindeerDeck);
const id = (wordId: string, direction = 'recognition') => `reindeer-1/${wordId}/${direction}`;
const first = () => 0; // options in a fixed order

function session(queue: string[], progress: CardProgress[] = [], more: Partial<SessionSetup> = {}) {
	return new StudySession({
		scope: 'reindeer-1',
		startedAt: now - MINUTE,
		queue,
		cards,
		progress: new Map(progress.map((card) => [card.id, card])),
		answered: 0,
		settings: DEFAULT_SETTINGS,
		support: 'nb',
		spelling: 'norway',
		...more
	});
}

/** A card the learner knows well: recalled four times, due now. */
function known(cardId: string): CardProgress {
	const [deckId, wordId, direction] = cardId.split('/') as [string, string, 'recognition' | 'production'];
	let memory = newMemory(now - 40 * 86_400_000);
	for (const back of [40, 30, 15, 5]) memory = review(memory, Rating.Good, now - back * 86_400_000);
	return { id: cardId, deckId, wordId, direction, introduced: now - 40 * 86_400_000, ...memory, due: now };
}

describe('StudySession', () => {
	it('asks the queued cards in order, each in the exercise its memory calls for', () => {
		const s = session([id('bovtse'), id('miesie', 'production'), id('sarva')], [known(id('sarva'))]);
		const q = s.question(now, first)!;
		expect(q.card.id).toBe(id('bovtse'));
		expect(q.exercise).toBe('choice');
		expect(q.prompt).toMatchObject({ prompt: 'bovtse', promptLang: 'sma', accepted: ['rein', 'reinsdyr'] });
		expect(q.options).toHaveLength(4);
		expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['rein']);
		expect(s.remaining).toBe(3);
	});

	it('flashcards show when each grade would bring the card back', () => {
		const s = session([id('bovtse')], [], { settings: { ...DEFAULT_SETTINGS, flashcards: true } });
		const q = s.question(now)!;
		expect(q.exercise).toBe('flashcard');
		expect(q.intervals![Rating.Again]).toBeLessThan(q.intervals![Rating.Easy]);
	});

	it('an answer changes nothing until it is stored, then the session moves on', () => {
		const s = session([id('sarva'), id('bovtse')], [known(id('sarva'))]);
		const step = s.typed('reinokse', 2000, now)!;
		expect(step.check.verdict).toBe('correct');
		expect(step.row).toMatchObject({ verdict: 'correct', exercise: 'typing', answer: 'reinokse', at: now });
		expect(step.row.before).toMatchObject({ state: State.Review, reps: 4 });
		expect(step.progress.reps).toBe(5);
		expect(s.card?.id).toBe(id('sarva'));
		expect(s.answered).toBe(0);

		const answered = s.commit(step, 7);
		expect(answered).toMatchObject({ rowId: 7, movedOn: true, overruled: false });
		expect(s.card?.id).toBe(id('bovtse'));
		expect(s.answered).toBe(1);
		expect(s.remaining).toBe(1);
	});

	it('a new word answered wrong comes back a few cards later, within the same fixed length', () => {
		const queue = ['bovtse', 'miesie', 'aaltoe', 'sarva', 'bienje'].map((w) => id(w));
		const s = session(queue);
		const wrong = s.chose({ cardId: id('sarva'), text: 'reinokse', correct: false }, [], 1500, now)!;
		expect(wrong.rating).toBe(Rating.Again);
		s.commit(wrong, 1);
		expect(s.total).toBe(5);
		expect(s.remaining).toBe(4);
		expect(wrong.saved.queue.indexOf(id('bovtse'))).toBe(3);
	});

	it.each([
		['a typed answer the checker called wrong', 'typing', 'feil', true],
		['a typed answer with a slip (typo)', 'typing', 'reinoks', false],
		['a right typed answer', 'typing', 'reinokse', false],
		['a wrong choice', 'choice', 'feil', false],
		['a flashcard', 'flashcard', '', false]
	] as const)('"I was right" after %s: %s', (_name, exercise, text, allowed) => {
		const s = session([id('sarva')], [known(id('sarva'))]);
		const step =
			exercise === 'typing'
				? s.typed(text, 4000, now)
				: exercise === 'choice'
					? s.chose({ cardId: id('bovtse'), text, correct: false }, [], 4000, now)
					: s.graded(Rating.Good, 4000, now);
		s.commit(step!, 3);
		expect(s.canOverrule).toBe(allowed);
		expect(s.overrule(now + 1000) !== undefined).toBe(allowed);
	});

	it('an overrule re-grades the answer Good from the memory it had before, once', () => {
		const sarva = known(id('sarva'));
		const s = session([id('sarva'), id('bovtse')], [sarva]);
		s.commit(s.typed('sarve', 4000, now)!, 9);
		expect(s.last?.rating).toBe(Rating.Again);
		const later = now + 5000;
		const step = s.overrule(later)!;
		expect(step).toMatchObject({ rowId: 9, rating: Rating.Good });
		const { due, stability, reps } = review(sarva, Rating.Good, later);
		expect(step.progress).toMatchObject({ due, stability, reps });
		expect(s.commitOverrule(step)).toMatchObject({ overruled: true, rating: Rating.Good });
		expect(s.canOverrule).toBe(false);
		expect(s.card?.id).toBe(id('bovtse'));
	});

	it('undo takes the last answer back: same card, same memory, one answer fewer', () => {
		const sarva = known(id('sarva'));
		const s = session([id('sarva'), id('bovtse')], [sarva]);
		const step = s.typed('reinokse', 2000, now)!;
		s.commit(step, 1);
		const saved = s.savedAfterUndo({ cardId: id('sarva'), before: step.row.before });
		expect(saved.queue).toEqual([id('sarva'), id('bovtse')]);
		s.commitUndo({ cardId: id('sarva'), before: step.row.before }, saved);
		expect(s.card?.id).toBe(id('sarva'));
		expect(s.answered).toBe(0);
		expect(s.last).toBeUndefined();
		// The card is asked from its old memory again: the same step as the first time.
		expect(s.typed('reinokse', 2000, now)!.progress).toEqual(step.progress);
	});

	it('after a reload (no history) undo puts the undone card first again', () => {
		const s = session([id('bovtse'), id('miesie')], [], { answered: 4 });
		expect(s.savedAfterUndo({ cardId: id('aaltoe'), before: newMemory(now) }).queue).toEqual([
			id('aaltoe'),
			id('bovtse'),
			id('miesie')
		]);
	});

	it('resumes a saved queue, dropping cards no longer in the decks', () => {
		const s = session([id('bovtse'), 'reindeer-1/gone/recognition', id('miesie')], [], { answered: 6 });
		expect(s.remaining).toBe(2);
		expect(s.answered).toBe(6);
		expect(s.saved()).toEqual({
			scope: 'reindeer-1',
			startedAt: now - MINUTE,
			queue: [id('bovtse'), id('miesie')],
			total: 8
		});
	});

	it('introduces a new word before its first question, and remembers that it did', () => {
		const s = session([id('bovtse'), id('miesie'), id('aaltoe'), id('sarva')]);
		expect(s.question(now, first)).toMatchObject({ introduce: true, exercise: 'choice' });
		const saved = s.meet()!;
		expect(saved.met).toEqual([id('bovtse')]);
		expect(s.question(now, first)).toMatchObject({ introduce: false, exercise: 'choice' });
		// After a reload the introduction is not shown twice.
		const resumed = session(saved.queue, [], { met: saved.met });
		expect(resumed.question(now, first)!.introduce).toBe(false);
		// Once answered it is no longer "met and waiting".
		const right = s.chose({ cardId: id('bovtse'), text: 'rein', correct: true }, [], 900, now)!;
		expect(right.saved.met).toBeUndefined();
		s.commit(right, 1);
		expect(s.question(now, first)).toMatchObject({ card: { id: id('miesie') }, introduce: true });
	});

	it('a new word whose first answer is taken back is asked again, not introduced again', () => {
		const s = session([id('bovtse'), id('miesie'), id('aaltoe')]);
		s.meet();
		const step = s.chose({ cardId: id('bovtse'), text: 'x', correct: false }, [], 900, now)!;
		s.commit(step, 1);
		const saved = s.savedAfterUndo({ cardId: id('bovtse'), before: null });
		s.commitUndo({ cardId: id('bovtse'), before: null }, saved);
		expect(s.question(now, first)).toMatchObject({ card: { id: id('bovtse') }, introduce: false });
		expect(saved.met).toEqual([id('bovtse')]);
	});

	it('never introduces a word the learner has met, nor a production card', () => {
		const young = { ...known(id('miesie', 'production')), reps: 0, lapses: 0, rung: 0 };
		const s = session([id('sarva'), id('miesie', 'production')], [known(id('sarva')), young]);
		expect(s.question(now)!.introduce).toBe(false);
		const newProduction = session([id('bovtse', 'production')]);
		expect(newProduction.question(now)!.introduce).toBe(false);
	});

	it.each([
		// Each answer right or wrong: whatever happens, four answers and the total stays 4.
		['all right', [true, true, true, true]],
		['one missed', [false, true, true, true]],
		['all missed', [false, false, false, false]]
	] as const)('a session has a fixed length and the bar only moves forward (%s)', (_name, answers) => {
		const s = session(['bovtse', 'miesie', 'aaltoe', 'sarva'].map((w) => id(w)));
		const seen: { total: number; done: number }[] = [];
		for (const right of answers) {
			const card = s.card!;
			seen.push({ total: s.total, done: s.answered });
			const step = s.chose({ cardId: card.id, text: '', correct: right }, [], 1000, now)!;
			s.commit(step, seen.length);
		}
		expect(seen.map((x) => x.total)).toEqual([4, 4, 4, 4]);
		expect(seen.map((x) => x.done)).toEqual([0, 1, 2, 3]);
		expect(s.card).toBeUndefined();
		expect(s.remaining).toBe(0);
	});

	it('a word missed in the last answers comes back within the length, the last one next time', () => {
		const s = session(['bovtse', 'miesie', 'aaltoe'].map((w) => id(w)));
		s.commit(s.chose({ cardId: id('bovtse'), text: '', correct: true }, [], 1, now)!, 1);
		const missed = s.chose({ cardId: id('miesie'), text: '', correct: false }, [], 1, now)!;
		// One answer left: the missed word takes it (it is fresher than the one still waiting).
		expect(missed.saved.queue[0]).toBe(id('miesie'));
		s.commit(missed, 2);
		const last = s.chose({ cardId: id('miesie'), text: '', correct: false }, [], 1, now)!;
		s.commit(last, 3);
		expect(s.card).toBeUndefined();
	});

	it('climbs the ladder in one session: choose the word, then build it from tiles', () => {
		const others = [id('miesie'), id('aaltoe'), id('sarva')];
		const s = session([id('bovtse', 'production'), ...others], others.map(known));
		const q = s.question(now, first)!;
		expect(q.exercise).toBe('choice');
		expect(q.options.map((o) => o.text)).toContain('bovtse');
		const right = s.chose({ cardId: q.card.id, text: 'bovtse', correct: true }, q.options, 1200, now)!;
		expect(right.progress.rung).toBe(1);
		s.commit(right, 1);
		const back = s.saved().queue.indexOf(id('bovtse', 'production'));
		expect(back).toBeGreaterThan(0);
		for (let i = 0; i < back; i++) {
			const card = s.card!;
			s.commit(s.chose({ cardId: card.id, text: '', correct: true }, [], 1, now + i)!, i + 2);
		}
		const tiles = s.question(now + 10 * MINUTE)!;
		expect(tiles.card.id).toBe(id('bovtse', 'production'));
		expect(tiles.exercise).toBe('tiles');
		expect(tiles.tiles.map((t) => t.letter).sort()).toEqual(expect.arrayContaining([...'bovtse'].sort()));
		expect(s.built('bovets', 5000, now + 10 * MINUTE)).toMatchObject({
			rating: Rating.Again,
			progress: { rung: 0 }
		});
		expect(s.built('bovtse', 5000, now + 10 * MINUTE)).toMatchObject({
			exercise: 'tiles',
			rating: Rating.Good,
			check: { verdict: 'correct' },
			progress: { rung: 2 }
		});
	});

	it('a child is never asked to type, and is never offered "I was right"', () => {
		const known2 = { ...known(id('sarva', 'production')), rung: 2 };
		const s = session(
			[id('sarva', 'production'), id('sarva')],
			[known2, { ...known(id('sarva')), rung: 2 }],
			{
				path: CHILD_PATH
			}
		);
		expect(s.question(now)!.exercise).toBe('tiles');
		s.commit(s.built('sarvaa', 1000, now)!, 1);
		expect(s.canOverrule).toBe(false);
		expect(s.question(now)!.exercise).toBe('choice');
	});

	it('is over when the queue is empty', () => {
		const s = session([]);
		expect(s.card).toBeUndefined();
		expect(s.question(now)).toBeUndefined();
		expect(s.typed('rein', 1000, now)).toBeUndefined();
	});
});

describe('StudySession: fair grading of typed answers', () => {
	// Real deck words with the lexicon's look-alikes, as the build serves them (decks/related.ts).
	const animals = deckOf('animals', [
		{
			...word('sirve', 'sïrve', ['sau', 'får'], { sv: ['får'] }),
			near: [{ sma: 'sarve', nb: ['elg'], sv: ['älg'], en: [] }]
		},
		word('gaerja', 'gærja', ['bok'], { en: ['book'] }),
		word('golme', 'golme', ['tre'], { sv: ['tre'], pos: 'Num' }),
		word('moere', 'moere', ['tre'], { sv: ['träd'], en: ['tree'] })
	]);
	const all = [...studyCardsOf(reindeerDeck), ...studyCardsOf(animals)];
	const typedSession = (queue: string[]) => session(queue, [], { cards: all });
	const know = (cardId: string) => [known(cardId)];

	it('a synonym from the lexicon is also right: Good, and the feedback names the card’s word', () => {
		const withAlso = studyCardsOf(
			deckOf('reindeer-1', [
				{ ...word('bovtse', 'bovtse', ['rein', 'reinsdyr']), also: { nb: ['båatsoe'] } },
				word('baatsoe', 'båatsoe', ['rein', 'reindrift'])
			])
		);
		const s = session([id('bovtse', 'production')], know(id('bovtse', 'production')), { cards: withAlso });
		expect(s.question(now)!.prompt.accepted).toContain('båatsoe');
		const step = s.typed('båatsoe', 1500, now)!;
		expect(step.check).toMatchObject({ verdict: 'correct', expected: 'bovtse', matched: 'båatsoe' });
		expect(step.synonym).toBe('båatsoe');
		expect(step.rating).toBe(Rating.Good);
		expect(s.commit(step, 1).movedOn).toBe(false);
	});

	it('another real word is wrong, and the feedback says what it means', () => {
		const s = typedSession(['animals/sirve/production']);
		const step = s.typed('sarve', 3000, now)!;
		expect(step.check).toMatchObject({ verdict: 'wrong', confusedWith: 'sarve' });
		expect(step.confusedMeaning).toEqual(['elg']);
		expect(step.rating).toBe(Rating.Again);
	});

	it('a word of the session’s decks is a real word too (not only the lexicon’s look-alikes)', () => {
		const s = typedSession(['animals/golme/production']);
		// "tre" is golme (three) and moere (tree); the hint (Num) tells them apart, so moere is wrong.
		expect(s.question(now)!.hint).toEqual({ pos: 'Num' });
		const step = s.typed('moere', 3000, now)!;
		expect(step.check).toMatchObject({ verdict: 'wrong', confusedWith: 'moere' });
		expect(step.synonym).toBeUndefined();
		expect(step.confusedMeaning).toEqual(['tre']);
		expect(s.typed('miesie', 3000, now)!.check).toMatchObject({ verdict: 'wrong', confusedWith: 'miesie' });
	});

	it('a child is shown no grammar term: "tre" stays ambiguous, and both words are right', () => {
		const s = session(['animals/golme/production'], [], { cards: all, path: CHILD_PATH });
		expect(s.question(now)!.hint).toBeUndefined();
		expect(s.typed('moere', 3000, now)!.synonym).toBe('moere');
	});

	describe('homonyms of one part of speech: tjaetsie "vann" (water) and jaevrie "innsjø, sjø, vann" (lake)', () => {
		const water = studyCardsOf(
			deckOf('nature-water', [
				word('tjaetsie', 'tjaetsie', ['vann'], { sv: ['vatten'] }),
				{ ...word('jaevrie', 'jaevrie', ['innsjø', 'sjø', 'vann'], { sv: ['sjö'] }) }
			])
		);
		const ask = (wordId: string) =>
			session([`nature-water/${wordId}/production`], [], { cards: water, path: CHILD_PATH });

		it('"vann" fits both: the hint says "not innsjø", and jaevrie is another word', () => {
			const s = ask('tjaetsie');
			expect(s.question(now)!.hint).toEqual({ not: ['innsjø'] });
			expect(s.typed('jaevrie', 3000, now)!.check).toMatchObject({
				verdict: 'wrong',
				confusedWith: 'jaevrie'
			});
		});

		it('"innsjø, sjø, vann" fits only jaevrie: no hint needed, and tjaetsie is wrong', () => {
			const s = ask('jaevrie');
			expect(s.question(now)!.hint).toBeUndefined();
			expect(s.typed('tjaetsie', 3000, now)!.check).toMatchObject({
				verdict: 'wrong',
				confusedWith: 'tjaetsie'
			});
		});
	});

	it('a keyboard without æ is forgiven: gaerja for gærja is a spelling variant', () => {
		const step = typedSession(['animals/gaerja/production']).typed('gaerja', 3000, now)!;
		expect(step.check).toMatchObject({ verdict: 'variant', substitutions: ['ae-for-æ'] });
		expect(step.rating).toBe(Rating.Good);
	});

	it('a number card takes digits', () => {
		const s = session(['animals/golme/recognition'], know('animals/golme/recognition'), { cards: all });
		expect(s.question(now)!.exercise).toBe('typing');
		expect(s.typed('3', 2000, now)!.check.verdict).toBe('correct');
	});
});

describe('StudySession: letter tiles and the meaning, graded as the learner sees them', () => {
	const thanks = studyCardsOf(
		deckOf('greetings', [word('gaejhta', 'gæjhta', ['takk'], { sv: ['tack'], pos: 'Interj' })])
	);
	const tack = 'greetings/gaejhta/production';

	it.each([
		['sweden', 'gäjhta', 'correct'],
		['sweden', 'gæjhta', 'correct'],
		['norway', 'gæjhta', 'correct'],
		['norway', 'gejhta', 'wrong'],
		['sweden', 'gäjhte', 'wrong']
	] as const)('%s: built %s is %s', (spelling, built, verdict) => {
		const step = session([tack], [], { cards: thanks, spelling }).built(built, 4000, now)!;
		expect(step.check.verdict).toBe(verdict);
		expect(step.rating).toBe(verdict === 'correct' ? Rating.Good : Rating.Again);
	});

	it('in Sweden the tiles spell the word with ä, as the app shows it', () => {
		const s = session([tack], [known(tack)], { cards: thanks, spelling: 'sweden' });
		const letters = letterTiles(spell('gæjhta', 'sweden')).map((tile) => tile.letter);
		expect(letters).toContain('ä');
		expect(s.built('gäjhta', 4000, now)!.check.verdict).toBe('correct');
	});

	it('a chosen option goes through the same checker: an accepted synonym is right, another word wrong', () => {
		const withAlso = studyCardsOf(
			deckOf('reindeer-1', [
				{ ...word('bovtse', 'bovtse', ['rein', 'reinsdyr']), also: { nb: ['båatsoe'] } },
				word('miesie', 'miesie', ['reinkalv'])
			])
		);
		const card = 'reindeer-1/bovtse/production';
		const options = [
			{ cardId: card, text: 'bovtse', correct: true },
			{ cardId: 'x', text: 'båatsoe', correct: false },
			{ cardId: 'reindeer-1/miesie/production', text: 'miesie', correct: false }
		];
		const s = () => session([card], [], { cards: withAlso });
		expect(s().chose(options[1]!, options, 2000, now)!.check.verdict).toBe('correct');
		expect(s().chose(options[2]!, options, 2000, now)!.check).toMatchObject({
			verdict: 'wrong',
			expected: 'bovtse'
		});
		expect(s().chose(options[0]!, options, 2000, now)!.check.verdict).toBe('correct');
	});

	it('recognition accepts every gloss of the sense, not only the three shown', () => {
		const uncle = studyCardsOf(
			deckOf('family', [
				{
					...word('tjietsie', 'tjietsie', ['fars yngre bror', 'pappas yngre bror', 'far sin yngre bror']),
					accept: { nb: ['fars yngre bror', 'pappas yngre bror', 'far sin yngre bror', 'farbror', 'onkel'] }
				}
			])
		);
		const card = 'family/tjietsie/recognition';
		const s = session([card], [known(card)], { cards: uncle, path: { ...ADULT_PATH, typing: 'always' } });
		expect(s.typed('farbror', 3000, now)!.check.verdict).toBe('correct');
		expect(s.typed('onkel', 3000, now)!.check.verdict).toBe('correct');
		expect(s.typed('tante', 3000, now)!.check.verdict).toBe('wrong');
	});
});

describe('sharingHint: telling words with the same meaning apart', () => {
	const numbers = studyCardsOf(
		deckOf('numbers', [word('golme', 'golme', ['tre'], { pos: 'Num' })], 'numbers')
	);
	const nature = studyCardsOf(deckOf('nature-water', [word('moere', 'moere', ['tre'])], 'nature'));
	const themeOf = (deckId: string) =>
		deckId === 'numbers' ? 'numbers' : deckId === 'nature-water' ? 'nature' : 'reindeer';
	const production = (cards: ReturnType<typeof studyCardsOf>) =>
		cards.find((c) => c.direction === 'production')!;
	const bovtse = production(studyCardsOf(reindeerDeck));
	const baatsoe = production(studyCardsOf(reindeerDeck).filter((c) => c.word.id === 'baatsoe'));

	it.each([
		[
			'golme next to moere: the deck’s theme',
			production(numbers),
			[production(nature)],
			{ theme: 'numbers' }
		],
		['moere next to golme', production(nature), [production(numbers)], { theme: 'nature' }],
		[
			'bovtse next to båatsoe (same part of speech, same theme): nothing tells them apart',
			bovtse,
			[baatsoe],
			undefined
		],
		['a word no other shares: no hint', bovtse, [], undefined],
		[
			'a card with a note: the note',
			{ ...bovtse, word: { ...bovtse.word, note: { nb: 'dyret', sv: 'djuret', en: 'the animal' } } },
			[baatsoe],
			{ note: 'dyret' }
		],
		[
			'another word whose main meaning the card does not show: "not" that meaning',
			bovtse,
			[{ ...baatsoe, word: { ...baatsoe.word, nb: ['reindrift', 'rein'] as string[] } }],
			{ not: ['reindrift'] }
		]
	] as const)('%s', (_name, card, sharing, hint) => {
		expect(sharingHint(card, sharing, 'nb', themeOf)).toEqual(hint);
	});

	it('falls back to the part of speech when the theme is shared, for adults only', () => {
		const tree = { ...production(nature), deckId: 'numbers' };
		expect(sharingHint(production(numbers), [tree], 'nb', themeOf)).toEqual({ pos: 'Num' });
		expect(sharingHint(production(numbers), [tree], 'nb', themeOf, true)).toBeUndefined();
	});
});

describe('StudySession: which spelling note', () => {
	const places = studyCardsOf(
		deckOf(
			'places',
			[{ ...word('plaassja', 'Plaassja', ['Røros'], { pos: 'Prop' }), variants: ['Plassje'] }],
			'places'
		)
	);
	const numbers = studyCardsOf(
		deckOf(
			'numbers',
			[{ ...word('nieljie', 'nieljie', ['fire'], { pos: 'Num' }), variants: ['njieljie'] }],
			'numbers'
		)
	);
	it.each([
		['Plassje, the older spelling of Plaassja', places, 'places/plaassja/production', 'Plassje', 'older'],
		['njieljie, an equal spelling of nieljie', numbers, 'numbers/nieljie/production', 'njieljie', 'also']
	] as const)('%s', (_name, cards, cardId, answer, spelling) => {
		const step = session([cardId], [], { cards }).typed(answer, 3000, now)!;
		expect(step.check.verdict).toBe('correct');
		expect(step.spelling).toBe(spelling);
	});
});

describe('fitting a session to its length', () => {
	const studied = new Set(['k1', 'k2', 'k3']);
	it.each([
		['known words take one answer each', ['k1', 'k2', 'k3'], 10, ['k1', 'k2', 'k3'], 3],
		['new words take two (a come-back)', ['n1', 'n2'], 10, ['n1', 'n2'], 4],
		[
			'a child’s ten: five new words',
			['n1', 'n2', 'n3', 'n4', 'n5', 'n6'],
			10,
			['n1', 'n2', 'n3', 'n4', 'n5'],
			10
		],
		[
			'reviews first, then what fits',
			['k1', 'k2', 'n1', 'n2', 'n3', 'n4', 'n5'],
			10,
			['k1', 'k2', 'n1', 'n2', 'n3', 'n4'],
			10
		],
		['a new word that does not fit waits', ['k1', 'n1'], 2, ['k1'], 1],
		['nothing to do', [], 10, [], 0]
	] as const)('%s', (_name, queue, length, taken, total) => {
		expect(fitSession(queue, studied, length)).toEqual({ queue: taken, total });
	});
});

describe('a forms card (Morfa)', () => {
	const bovtse = cards.find((card) => card.word.id === 'bovtse')!.word;
	const served = formsOfCard(bovtse, wordParadigms())!;
	const formsCard = (group: string): StudyCard => ({
		id: `reindeer-1/bovtse/forms-${group}`,
		deckId: 'reindeer-1',
		direction: 'forms',
		word: bovtse,
		forms: { group, pos: served.pos, forms: served.forms }
	});
	const withForms = (group: string, progress: CardProgress[] = []) =>
		new StudySession({
			scope: 'reindeer-1',
			startedAt: now - MINUTE,
			queue: [`reindeer-1/bovtse/forms-${group}`],
			cards: [...cards, formsCard(group)],
			progress: new Map(progress.map((card) => [card.id, card])),
			answered: 0,
			settings: DEFAULT_SETTINGS,
			support: 'nb',
			spelling: 'norway'
		});
	const onRung = (group: string, rung: number): CardProgress => ({
		...known(`reindeer-1/bovtse/forms-${group}`),
		direction: 'forms',
		rung
	});

	it("new: the plural is chosen among bovtse's own forms, never introduced, never by ear", () => {
		const q = withForms('number').question(now, first)!;
		expect(q).toMatchObject({ exercise: 'choice', introduce: false, byEar: false });
		expect(q.form).toMatchObject({ tag: 'Pl+Nom', accepted: ['bovtsh'] });
		expect(q.prompt).toMatchObject({ prompt: 'bovtse', promptLang: 'sma', answerLang: 'sma' });
		expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['bovtsh']);
		const paradigm = new Set(served.forms.flatMap(([, forms]) => forms));
		expect(q.options.every((o) => paradigm.has(o.text))).toBe(true);
		expect(new Set(q.options.map((o) => o.cardId)).size).toBe(4);
	});

	it('the right option is right; another form of the word is wrong', () => {
		const s = withForms('number');
		const q = s.question(now, first)!;
		const right = s.chose(
			q.options.find((o) => o.correct)!,
			q.options,
			1500,
			now
		)!;
		expect(right.check.verdict).toBe('correct');
		const chosen = q.options.find((o) => !o.correct)!;
		const wrong = s.chose(chosen, q.options, 1500, now)!;
		expect(wrong.check).toMatchObject({ verdict: 'wrong', expected: 'bovtsh' });
		// Which slot the chosen form is for, and which was asked: the feedback names both.
		const slot = served.forms.find(([, forms]) => forms.includes(chosen.text))![0];
		expect(wrong.formSlots).toContain(slot);
		expect(wrong.formAsked).toEqual(['Pl+Nom']);
	});

	it("on the tile rung it is built from the form's letters", () => {
		const s = withForms('number', [onRung('number', 1)]);
		const q = s.question(now, first)!;
		expect(q.exercise).toBe('tiles');
		const letters = q.tiles.map((tile) => tile.letter);
		for (const letter of 'bovtsh') expect(letters).toContain(letter);
		expect(s.built('bovtsh', 3000, now)!.check.verdict).toBe('correct');
		expect(s.built('bovtse', 3000, now)!.check).toMatchObject({ verdict: 'wrong', expected: 'bovtsh' });
	});

	it('typed: a form of the same word in another slot is named; a slip is a typo', () => {
		const s = withForms('cases', [onRung('cases', 2)]);
		const q = s.question(now, first)!;
		expect(q.exercise).toBe('typing');
		const asked = q.form!.tag;
		const other = served.forms.find(
			([tag, forms]) => tag !== asked && !forms.some((f) => q.form!.accepted.includes(f))
		)!;
		const wrong = s.typed(other[1][0]!, 4000, now)!;
		expect(wrong.check.verdict).toBe('wrong');
		expect(wrong.formSlots).toContain(other[0]);
		expect(wrong.rating).toBe(Rating.Again);
		expect(s.typed(q.form!.accepted[0]!, 4000, now)!.check.verdict).toBe('correct');
	});

	it('a child is never asked to type a form: tiles on the top rung', () => {
		const s = new StudySession({
			scope: 'reindeer-1',
			startedAt: now - MINUTE,
			queue: ['reindeer-1/bovtse/forms-number'],
			cards: [...cards, formsCard('number')],
			progress: new Map([[`reindeer-1/bovtse/forms-number`, onRung('number', 2)]]),
			answered: 0,
			settings: DEFAULT_SETTINGS,
			support: 'nb',
			spelling: 'norway',
			path: CHILD_PATH
		});
		expect(s.question(now, first)!.exercise).toBe('tiles');
	});
});
