import { describe, expect, it } from 'vitest';
import { reindeerDeck } from '$lib/testing/fixtures';
import {
	allAnswered,
	answer,
	answerAndReveal,
	end,
	GAME_LIFETIME_MS,
	isNickname,
	isOver,
	join,
	deckQuestions,
	newGame,
	next,
	pause,
	playerNews,
	playerView,
	removePlayer,
	results,
	resume,
	reveal,
	tally,
	teacherView,
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

	it('shows the answer with the last answer awaited, in one step (one revision)', () => {
		let g = started();
		const given = (player: string, at: number) => ({ player, question: 0, option: right, answeredAt: at });
		g = ok(answerAndReveal(g, given('p0', shown + 1000), shown + 1000));
		g = ok(answerAndReveal(g, given('p1', shown + 1500), shown + 1500));
		expect(g.phase).toBe('question');
		const before = g.revision;
		g = ok(answerAndReveal(g, given('p2', shown + 2000), shown + 2000));
		expect(g).toMatchObject({ phase: 'reveal', revision: before + 1 });
		expect(g.answers[0]).toHaveLength(3);
		// Refused answers stay refused: twice, or after the answer was shown.
		expect(answerAndReveal(g, given('p2', shown + 2500), shown + 2500)).toEqual({
			ok: false,
			error: 'not-now'
		});
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

describe("a player's news", () => {
	/** A view as its screen shows it: not its clock or revision, nor their own answer while open. */
	const shownText = (view: ReturnType<typeof playerView>) =>
		JSON.stringify({
			...view,
			timeLeftMs: 0,
			revision: 0,
			answer: view.answer && 'right' in view.answer ? view.answer : undefined
		});
	/** A small seeded random, so a failing game can be played again. */
	const seeded = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

	it('changes whenever what a player sees changes, over whole games of random steps', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const random = seeded(seed);
			const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
			let g = newGame(
				{
					code: 'ABC123',
					title: 'Reinen',
					questions,
					settings: { seconds: 20, teams: seed % 3, ranking: seed % 2 === 0 }
				},
				T0
			);
			let now = T0;
			let joined = 0;
			for (let step = 0; step < 120; step++) {
				now += Math.floor(random() * 8000);
				const ids = g.players.map((p) => p.id);
				const kinds = [
					'join',
					'answer',
					'answer',
					'answer',
					'next',
					'pause',
					'resume',
					'reveal',
					'remove',
					'rejoin'
				];
				const kind = step === 110 ? 'end' : pick(kinds);
				const id = ids.length ? pick(ids) : 'nobody';
				const stepped: Step =
					kind === 'join'
						? join(g, { id: `p${joined}`, nick: `Elev ${joined++}`, guest: false, offset: 0 }, now)
						: kind === 'rejoin'
							? join(
									g,
									{ id, nick: g.players.find((p) => p.id === id)?.nick ?? 'x', guest: false, offset: 0 },
									now
								)
							: kind === 'answer'
								? answerAndReveal(
										g,
										{ player: id, question: g.current, option: pick([0, 1, 2, 3]), answeredAt: now },
										now
									)
								: kind === 'next'
									? next(g, now)
									: kind === 'pause'
										? pause(g, now)
										: kind === 'resume'
											? resume(g, now)
											: kind === 'reveal'
												? reveal(g)
												: kind === 'remove'
													? removePlayer(g, id)
													: end(g);
				if (!stepped.ok) continue;
				for (const player of stepped.game.players.map((p) => p.id)) {
					if (playerNews(g, player, now) !== playerNews(stepped.game, player, now)) continue;
					expect(
						shownText(playerView(stepped.game, player, now)),
						`seed ${seed}, step ${step} (${kind}), ${player}`
					).toBe(shownText(playerView(g, player, now)));
				}
				g = stepped.game;
			}
		}
	});

	it("does not change with another player's answer, nor with one's own while the question is open", () => {
		const g = ok(next(withPlayers('Ánne', 'Per', 'Gjest'), T0 + 60_000));
		const given = (player: string) => ({ player, question: 0, option: 1, answeredAt: T0 + 61_000 });
		const after = ok(answer(g, given('p1'), T0 + 61_000));
		expect(playerNews(after, 'p0', T0 + 61_000)).toBe(playerNews(g, 'p0', T0 + 61_000));
		expect(playerNews(after, 'p1', T0 + 61_000)).toBe(playerNews(g, 'p1', T0 + 61_000));
		expect(playerNews(ok(reveal(after)), 'p0', T0 + 62_000)).not.toBe(playerNews(after, 'p0', T0 + 62_000));
	});

	it('shows nobody points for an answer before the answer is shown (they would give it away)', () => {
		const g = ok(next(withPlayers('Ánne', 'Per', 'Gjest'), T0 + 60_000));
		const right = questions[0]!.right;
		const after = ok(
			answer(g, { player: 'p1', question: 0, option: right, answeredAt: T0 + 61_000 }, T0 + 61_000)
		);
		expect(playerView(after, 'p1', T0 + 61_000).points).toBe(0);
		expect(teacherView(after, T0 + 61_000).players.find((p) => p.id === 'p1')?.points).toBe(0);
		const shown = ok(reveal(after));
		expect(playerView(shown, 'p1', T0 + 62_000).points).toBeGreaterThan(500);
		expect(teacherView(shown, T0 + 62_000).players.find((p) => p.id === 'p1')?.points).toBeGreaterThan(500);
	});
});
