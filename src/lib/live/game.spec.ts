import { describe, expect, it } from 'vitest';
import { reindeerDeck } from '$lib/testing/fixtures';
import {
	allAnswered,
	answer,
	end,
	GAME_LIFETIME_MS,
	isNickname,
	isOver,
	join,
	deckQuestions,
	newGame,
	next,
	pause,
	removePlayer,
	results,
	resume,
	reveal,
	tally,
	timeLeft,
	type LiveGame,
	type Step
} from './game';

const T0 = Date.UTC(2026, 11, 7, 9);
const questions = deckQuestions(reindeerDeck, 5, () => 0.5);
const ok = (step: Step): LiveGame => {
	if (!step.ok) throw new Error(step.error);
	return step.game;
};
const game = () =>
	newGame(
		{ code: 'ABC123', title: 'Reinen', questions, settings: { seconds: 20, teams: 2, ranking: true } },
		T0
	);
const withPlayers = (...nicks: string[]) =>
	nicks.reduce((g, nick, i) => ok(join(g, { id: `p${i}`, nick, guest: i === 2, offset: 0 }, T0 + i)), game());

describe('questions from a deck', () => {
	it('takes the words in order, the kinds in turn, four options with the word at `right`', () => {
		expect(questions.map((q) => q.kind)).toEqual([
			'choose-sma',
			'choose-meaning',
			'choose-sma',
			'choose-meaning',
			'choose-sma'
		]);
		for (const q of questions) {
			expect(q.options).toHaveLength(4);
			expect(q.options[q.right]).toEqual(q.word);
			expect(new Set(q.options.map((o) => o.key)).size).toBe(4);
		}
		expect(questions[0]!.word).toMatchObject({
			key: 'reindeer-1/bovtse',
			sma: 'bovtse',
			meaning: { nb: 'rein, reinsdyr' }
		});
	});

	it('never puts two words with one meaning side by side (bovtse and båatsoe are both "rein")', () => {
		const bovtse = questions[0]!;
		expect(bovtse.options.map((o) => o.sma)).not.toContain('båatsoe');
	});
});

describe('joining', () => {
	it.each([
		['a nickname', 'Ánne', true],
		['digits and a space', 'Per 2', true],
		['empty', '  ', false],
		['markup', '<b>x</b>', false],
		['too long', 'a'.repeat(31), false]
	])('%s: «%s» %s', (_name, nick, valid) => {
		expect(isNickname(nick)).toBe(valid);
	});

	it('refuses a nickname someone has, whatever its capitals; a reload is the same player', () => {
		const g = withPlayers('Ánne', 'Per');
		expect(join(g, { id: 'x', nick: 'ánne', guest: true, offset: 0 }, T0)).toEqual({
			ok: false,
			error: 'nick-taken'
		});
		const again = ok(join(g, { id: 'p0', nick: 'Ánne', guest: false, offset: 120 }, T0 + 5000));
		expect(again.players).toHaveLength(2);
		expect(again.players[0]).toMatchObject({ offset: 120, joinedAt: T0 });
	});

	it('a removed player is out of the game and its answers, and cannot come back', () => {
		let g = ok(next(withPlayers('Ánne', 'Per'), T0 + 10_000));
		g = ok(answer(g, { player: 'p0', question: 0, option: 0, answeredAt: T0 + 12_000 }, T0 + 12_000));
		g = ok(removePlayer(g, 'p0'));
		expect(g.answers[0]).toEqual([]);
		expect(join(g, { id: 'p0', nick: 'Ánne', guest: false, offset: 0 }, T0)).toEqual({
			ok: false,
			error: 'not-playing'
		});
	});

	it('a game is over after two hours or when ended: its code is useless', () => {
		const g = game();
		expect(isOver(g, T0 + GAME_LIFETIME_MS - 1)).toBe(false);
		expect(join(g, { id: 'x', nick: 'Sent', guest: true, offset: 0 }, T0 + GAME_LIFETIME_MS)).toEqual({
			ok: false,
			error: 'ended'
		});
		expect(join(ok(end(g)), { id: 'x', nick: 'Sent', guest: true, offset: 0 }, T0)).toEqual({
			ok: false,
			error: 'ended'
		});
	});
});

describe('a question', () => {
	const shown = T0 + 60_000;
	const started = () => ok(next(withPlayers('Ánne', 'Per', 'Gjest'), shown));
	const right = questions[0]!.right;

	it.each([
		['right at once', right, 0, 0, true, 1000],
		['right after half the time', right, 10_000, 0, true, 750],
		['right on the last second', right, 20_000, 0, true, 500],
		['right within the grace', right, 20_200, 0, true, 500],
		['wrong, fast', (right + 1) % 4, 1000, 0, false, 0],
		// The device's clock is 3 s ahead: its 5 s after showing is the server's 2 s.
		['right on a clock 3 s ahead', right, 5000, 3000, true, 950]
	])('%s: %i points', (_name, option, after, offset, isRight, points) => {
		let g = started();
		if (offset) g = ok(join(g, { id: 'p0', nick: 'Ánne', guest: false, offset }, shown));
		const step = ok(
			answer(g, { player: 'p0', question: 0, option, answeredAt: shown + after }, shown + after - offset)
		);
		expect(step.answers[0]![0]).toMatchObject({ right: isRight, points });
	});

	it('refuses a late answer, a second one, an option that is not there, and another question', () => {
		const g = started();
		expect(
			answer(g, { player: 'p0', question: 0, option: right, answeredAt: shown + 21_000 }, shown + 21_000)
		).toEqual({
			ok: false,
			error: 'late'
		});
		const once = ok(
			answer(g, { player: 'p0', question: 0, option: right, answeredAt: shown + 1000 }, shown + 1000)
		);
		expect(
			answer(once, { player: 'p0', question: 0, option: 1, answeredAt: shown + 2000 }, shown + 2000)
		).toEqual({
			ok: false,
			error: 'answered'
		});
		expect(answer(g, { player: 'p1', question: 0, option: 4, answeredAt: shown }, shown)).toEqual({
			ok: false,
			error: 'bad-option'
		});
		expect(answer(g, { player: 'p1', question: 1, option: 0, answeredAt: shown }, shown)).toEqual({
			ok: false,
			error: 'not-now'
		});
		expect(answer(g, { player: 'nobody', question: 0, option: 0, answeredAt: shown }, shown)).toEqual({
			ok: false,
			error: 'not-playing'
		});
	});

	it('a device clock claiming an answer before the question was shown gets no more than an instant answer', () => {
		const g = started();
		const step = ok(
			answer(g, { player: 'p0', question: 0, option: right, answeredAt: shown - 60_000 }, shown + 4000)
		);
		expect(step.answers[0]![0]!.points).toBe(1000);
	});

	it('pauses and goes on with the time that was left', () => {
		let g = started();
		g = ok(pause(g, shown + 5000));
		expect(timeLeft(g, shown + 60_000)).toBe(15_000);
		g = ok(resume(g, shown + 60_000));
		expect(timeLeft(g, shown + 61_000)).toBe(14_000);
	});

	it('counts who chose what, knows when all have answered, and reveals', () => {
		let g = started();
		g = ok(answer(g, { player: 'p0', question: 0, option: right, answeredAt: shown + 1000 }, shown + 1000));
		g = ok(answer(g, { player: 'p1', question: 0, option: right, answeredAt: shown + 2000 }, shown + 2000));
		expect(allAnswered(g)).toBe(false);
		g = ok(
			answer(
				g,
				{ player: 'p2', question: 0, option: (right + 1) % 4, answeredAt: shown + 3000 },
				shown + 3000
			)
		);
		expect(allAnswered(g)).toBe(true);
		const counts = tally(g, 0);
		expect(counts[right]).toBe(2);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
		g = ok(reveal(g));
		expect(g.phase).toBe('reveal');
		expect(next(g, shown + 30_000)).toMatchObject({ ok: true, game: { phase: 'question', current: 1 } });
	});
});

describe('the end', () => {
	it('says what the class knew together, the words to practise, the podium and the teams', () => {
		let g = withPlayers('Ánne', 'Per', 'Gjest');
		for (let q = 0; q < questions.length; q++) {
			const shown = T0 + (q + 1) * 60_000;
			g = ok(next(g, shown));
			const right = questions[q]!.right;
			for (const [i, player] of ['p0', 'p1', 'p2'].entries()) {
				// Everyone knows the first three words; only Ánne the last two.
				const knows = q < 3 || player === 'p0';
				const option = knows ? right : (right + 1) % 4;
				g = ok(
					answer(
						g,
						{ player, question: q, option, answeredAt: shown + 1000 * (i + 1) },
						shown + 1000 * (i + 1)
					)
				);
			}
			g = ok(reveal(g));
		}
		g = ok(next(g, T0 + 10 * 60_000));
		expect(g.phase).toBe('ended');
		const end = results(g);
		expect(end).toMatchObject({ known: 3, total: 5 });
		expect(end.practise).toEqual([questions[3]!.word, questions[4]!.word]);
		expect(end.podium.map((p) => p.nick)).toEqual(['Ánne', 'Per', 'Gjest']);
		expect(end.teams.map((t) => t.players)).toEqual([['p0', 'p2'], ['p1']]);
		// No ranking: no podium at all.
		expect(results({ ...g, settings: { ...g.settings, ranking: false } }).podium).toEqual([]);
	});
});
