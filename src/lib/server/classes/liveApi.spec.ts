/**
 * The live class game's API on PGlite and PostgreSQL: a teacher starts a game for their class, a member
 * and a guest join, answers are judged on the server's clock, the projector sees who answered and the
 * tally, a reload is the same player, a removed player and an ended game's code are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedClass, Joined } from '$lib/classes/protocol';
import type { PlayerView, TeacherView } from '$lib/live/game';
import type { CreatedLive, JoinedLive } from '$lib/live/protocol';
import { ownReindeerDeck } from '$lib/testing/fixtures';
import { call, ENGINES, type Bench } from './testing';
import { classApi } from './api';
import { LIMITS } from './limits';
import { gameByCode, LIVE_CHANNEL, stepFrom } from './liveStore';
import { answerAndReveal, join } from '$lib/live/game';

const WORDS = ['reindeer-1/bovtse', 'reindeer-1/miesie', 'reindeer-1/aaltoe', 'animals/bienje'];

describe.each(ENGINES)('the live game API on %s', (_name, open) => {
	let bench: Bench;
	beforeAll(async () => {
		bench = await open();
	}, 60_000);
	afterAll(() => bench?.done());
	const api = () => bench.api;

	async function classWithPupil(): Promise<{ cls: CreatedClass; pupil: Joined }> {
		const cls = (await call(api(), 'POST', '/classes', { body: { name: '5B' } })).body as CreatedClass;
		const pupil = (await call(api(), 'POST', '/join', { body: { code: cls.joinCode, nick: 'Ánne' } }))
			.body as Joined;
		return { cls, pupil };
	}
	async function startGame(cls: CreatedClass, settings = { seconds: 20, teams: 0, ranking: true }) {
		const made = await call(api(), 'POST', `/classes/${cls.id}/live`, {
			secret: cls.key,
			body: { title: 'Reinen', words: WORDS, ...settings }
		});
		expect(made.status, JSON.stringify(made.body)).toBe(200);
		return made.body as CreatedLive;
	}
	const control = (game: CreatedLive, action: string, player?: string) =>
		call(api(), 'POST', `/live/${game.code}/control`, {
			secret: game.token,
			body: { action, ...(player ? { player } : {}) }
		});
	const view = async <T>(game: CreatedLive, secret: string) =>
		(await call(api(), 'GET', `/live/${game.code}/view`, { secret })).body as T;

	it('a teacher starts a game for their class only, from built-in words; the code shows its title', async () => {
		const { cls } = await classWithPupil();
		const other = (await call(api(), 'POST', '/classes', { body: { name: '6A' } })).body as CreatedClass;
		const refused = await call(api(), 'POST', `/classes/${cls.id}/live`, {
			secret: other.key,
			body: { title: 'x', words: WORDS, seconds: 20, teams: 0, ranking: true }
		});
		expect(refused.status).toBe(403);
		const game = await startGame(cls);
		expect(game.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect((await call(api(), 'GET', `/live/${game.code}`)).body).toEqual({
			title: 'Reinen',
			phase: 'lobby',
			players: 0,
			serverTime: bench.clock.now
		});
		expect((await call(api(), 'GET', '/live/AAAAAAAA')).status).toBe(404);
	});

	it.each([
		['no words', { words: [] }],
		['a word that is not a key', { words: ['<script>'] }],
		['an odd time', { seconds: 17 }],
		['one team', { teams: 1 }],
		['an extra field', { colour: 'red' }]
	])('refuses a game with %s', async (_name, change) => {
		const { cls } = await classWithPupil();
		const made = await call(api(), 'POST', `/classes/${cls.id}/live`, {
			secret: cls.key,
			body: { title: 'Reinen', words: WORDS, seconds: 20, teams: 0, ranking: true, ...change }
		});
		expect(made.status).toBe(400);
	});

	it("plays a teacher's own deck sent with the game, read whole like any deck from outside", async () => {
		const { cls } = await classWithPupil();
		const own = {
			...ownReindeerDeck,
			cards: ['bovtse', 'miesie', 'aaltoe', 'sarva', 'gierte'].map((id) => ({
				id,
				sma: id,
				variants: [],
				pos: 'N',
				nb: [`ord ${id}`],
				sv: [],
				en: []
			}))
		};
		const create = (body: object) =>
			call(api(), 'POST', `/classes/${cls.id}/live`, {
				secret: cls.key,
				body: { title: 'Egen', seconds: 20, teams: 0, ranking: true, ...body }
			});
		const keys = own.cards.map((card) => `${own.id}/${card.id}`);
		const made = await create({ words: [...keys, 'reindeer-1/bovtse'], decks: [own] });
		expect(made.status, JSON.stringify(made.body)).toBe(200);
		const game = made.body as CreatedLive;
		const seen = await view<TeacherView>(game, game.token);
		expect(seen.total).toBe(6);
		// A deck that does not read whole, or too few words to give four options: refused, said why.
		const broken = { ...own, cards: [{ ...own.cards[0], sma: '' }] };
		expect((await create({ words: keys, decks: [broken] })).body).toEqual({ error: 'bad-request' });
		const small = { ...own, cards: own.cards.slice(0, 2) };
		expect((await create({ words: keys.slice(0, 2), decks: [small] })).body).toEqual({
			error: 'too-few-words'
		});
		// Without the deck sent, its words are unknown here.
		expect((await create({ words: keys })).body).toEqual({ error: 'too-few-words' });
	});

	it("a member's device finds the game its class is playing, and no other class's", async () => {
		const { cls, pupil } = await classWithPupil();
		const playing = () =>
			call(api(), 'GET', '/pupil/live', { secret: pupil.token }).then((answer) => answer.body);
		expect(await playing()).toEqual({ game: null });
		const game = await startGame(cls);
		expect(await playing()).toEqual({ game: { code: game.code, title: 'Reinen', phase: 'lobby' } });
		// Another class's pupil sees nothing of it; a wrong token is refused.
		const other = await classWithPupil();
		expect(await call(api(), 'GET', '/pupil/live', { secret: other.pupil.token })).toMatchObject({
			body: { game: null }
		});
		expect((await call(api(), 'GET', '/pupil/live', { secret: 'x'.repeat(43) })).status).toBe(401);
		// Over: nothing to join.
		await control(game, 'end');
		expect(await playing()).toEqual({ game: null });
	});

	it('a member plays under their class nickname, a guest under theirs; answers judged on the server clock', async () => {
		const { cls, pupil } = await classWithPupil();
		const game = await startGame(cls);
		const member = (
			await call(api(), 'POST', `/live/${game.code}/players`, { secret: pupil.token, body: {} })
		).body as JoinedLive;
		const guest = (
			await call(api(), 'POST', `/live/${game.code}/players`, { body: { nick: 'Gjest', offset: 3000 } })
		).body as JoinedLive;
		expect((await call(api(), 'POST', `/live/${game.code}/players`, { body: { nick: 'ánne' } })).status).toBe(
			409
		);
		const lobby = await view<TeacherView>(game, game.token);
		expect(lobby.players.map((p) => [p.nick, p.guest])).toEqual([
			['Ánne', false],
			['Gjest', true]
		]);

		bench.clock.now += 1000;
		await control(game, 'next');
		const asked = await view<PlayerView>(game, member.token);
		expect(asked).toMatchObject({ phase: 'question', current: 0, timeLeftMs: 20_000 });
		expect(asked.question).not.toHaveProperty('right');
		const right = (await view<TeacherView>(game, game.token)).question!.options.findIndex(
			(o) => o.key === asked.question!.word.key
		);
		bench.clock.now += 2000;
		const sent = (option: number, token: string) =>
			call(api(), 'POST', `/live/${game.code}/answers`, {
				secret: token,
				body: { question: 0, option, answeredAt: bench.clock.now }
			});
		expect((await sent(right, member.token)).status).toBe(200);
		expect((await sent(right, member.token)).body).toEqual({ error: 'answered' });
		const projector = await view<TeacherView>(game, game.token);
		// Answered, but no points yet: they would tell the class the answer before it is shown.
		expect(projector.players.find((p) => p.nick === 'Ánne')).toMatchObject({ answered: true, points: 0 });
		expect(projector.question).not.toHaveProperty('right');
		bench.clock.now += 25_000;
		expect((await sent((right + 1) % 4, guest.token)).body).toEqual({ error: 'late' });

		const revealed = (await control(game, 'reveal')).body as TeacherView;
		expect(revealed.question).toMatchObject({ right });
		expect(revealed.question!.tally![right]).toBe(1);
		expect(revealed.players.find((p) => p.nick === 'Ánne')).toMatchObject({ points: 950 });
		expect((await view<PlayerView>(game, member.token)).answer).toEqual({
			option: right,
			right: true,
			points: 950
		});
	});

	it('a reload is the same player in the same question; a removed one is out; an ended game refuses its code', async () => {
		const { cls } = await classWithPupil();
		const game = await startGame(cls);
		const guest = (await call(api(), 'POST', `/live/${game.code}/players`, { body: { nick: 'Per' } }))
			.body as JoinedLive;
		await control(game, 'next');
		const back = await call(api(), 'POST', `/live/${game.code}/players/me`, { secret: guest.token });
		expect(back.status).toBe(200);
		expect((back.body as { view: PlayerView }).view).toMatchObject({
			nick: 'Per',
			current: 0,
			phase: 'question'
		});
		// A player's token cannot control the game.
		expect(
			(
				await call(api(), 'POST', `/live/${game.code}/control`, {
					secret: guest.token,
					body: { action: 'end' }
				})
			).status
		).toBe(403);

		await control(game, 'remove', guest.player);
		expect((await view<PlayerView>(game, guest.token)).phase).toBe('ended');
		expect((await call(api(), 'POST', `/live/${game.code}/players/me`, { secret: guest.token })).status).toBe(
			401
		);

		await control(game, 'end');
		expect(
			(await call(api(), 'POST', `/live/${game.code}/players`, { body: { nick: 'Sent' } })).body
		).toEqual({
			error: 'game-over'
		});
		// Two hours on, the game and its tokens are gone.
		bench.clock.now += 2 * 60 * 60 * 1000;
		expect((await call(api(), 'GET', `/live/${game.code}`)).status).toBe(404);
		await startGame(cls);
		const [row] = await bench.engine.query<{ count: string }>(
			'SELECT count(*) FROM live_tokens WHERE code = $1',
			[game.code]
		);
		expect(Number(row?.count)).toBe(0);
	});
});

describe.each(ENGINES)('a live game under a class at once on %s', (_name, open) => {
	let bench: Bench;
	beforeAll(async () => {
		bench = await open();
	}, 60_000);
	afterAll(() => bench?.done());

	async function gameWith(players: number, address: string) {
		const cls = (await call(bench.api, 'POST', '/classes', { body: { name: '5B' }, address }))
			.body as CreatedClass;
		const made = (
			await call(bench.api, 'POST', `/classes/${cls.id}/live`, {
				secret: cls.key,
				body: { title: 'Reinen', words: WORDS, seconds: 20, teams: 0, ranking: true },
				address
			})
		).body as CreatedLive;
		// Everyone joins at the same moment, as a class does when the code goes up.
		const joined = await Promise.all(
			Array.from(
				{ length: players },
				async (_, i) =>
					(
						await call(bench.api, 'POST', `/live/${made.code}/players`, {
							body: { nick: `Elev ${i + 1}` },
							address
						})
					).body as JoinedLive
			)
		);
		return { made, joined };
	}

	it('takes a step again on the game as it is when another came first since it was read', async () => {
		const { made } = await gameWith(0, '10.0.5.1');
		const read = (await gameByCode(bench.engine, made.code, bench.clock.now))!.game;
		const joins = (id: string) => (game: typeof read) =>
			join(game, { id, nick: id, guest: true, offset: 0 }, bench.clock.now);
		// Both from the same read: the second finds the row moved on and joins the game as it is then.
		expect(await stepFrom(bench.engine, read, bench.clock.now, joins('Per'))).toMatchObject({ ok: true });
		expect(await stepFrom(bench.engine, read, bench.clock.now, joins('Ánne'))).toMatchObject({ ok: true });
		const now = (await gameByCode(bench.engine, made.code, bench.clock.now))!.game;
		expect(now.players.map((p) => p.nick)).toEqual(['Per', 'Ánne']);
		expect(now.revision).toBe(read.revision + 2);
	});

	it('asks the game again before refusing an answer from a game this process had not seen move on', async () => {
		const { made, joined } = await gameWith(1, '10.0.6.1');
		const behind = (await gameByCode(bench.engine, made.code, bench.clock.now))!.game;
		await call(bench.api, 'POST', `/live/${made.code}/control`, {
			secret: made.token,
			body: { action: 'next' },
			address: '10.0.6.1'
		});
		const answers = (game: typeof behind) =>
			answerAndReveal(
				game,
				{ player: joined[0]!.player, question: 0, option: 0, answeredAt: bench.clock.now },
				bench.clock.now
			);
		// Read in the lobby, the question is not shown yet: refused when the game is taken as it was read …
		expect(await stepFrom(bench.engine, behind, bench.clock.now, answers)).toEqual({
			ok: false,
			error: 'not-now'
		});
		// … and kept when it may be behind (the game is asked again).
		expect(
			await stepFrom(bench.engine, behind, bench.clock.now, answers, { mayBeBehind: true })
		).toMatchObject({ ok: true, game: { phase: 'reveal' } });
	});

	it('keeps every answer a whole class sends at once, and shows the answer once', async () => {
		const { made, joined } = await gameWith(20, '10.0.2.1');
		expect(new Set(joined.map((j) => j.player)).size).toBe(20);
		await call(bench.api, 'POST', `/live/${made.code}/control`, {
			secret: made.token,
			body: { action: 'next' },
			address: '10.0.2.1'
		});
		const sent = await Promise.all(
			joined.map((j, i) =>
				call(bench.api, 'POST', `/live/${made.code}/answers`, {
					secret: j.token,
					body: { question: 0, option: i % 4, answeredAt: bench.clock.now },
					address: '10.0.2.1'
				})
			)
		);
		expect(sent.map((answer) => answer.status)).toEqual(joined.map(() => 200));
		const seen = (
			await call(bench.api, 'GET', `/live/${made.code}/view`, { secret: made.token, address: '10.0.2.1' })
		).body as TeacherView;
		expect(seen.phase).toBe('reveal');
		expect(seen.question?.tally).toEqual([5, 5, 5, 5]);
		expect(seen.players.filter((p) => p.answered)).toHaveLength(20);
	});

	it("gives a game's players a budget of their own: a flood stops neither its projector nor another game", async () => {
		const { made, joined } = await gameWith(1, '10.0.3.1');
		const other = await gameWith(1, '10.0.3.2');
		const flood = (address: string) =>
			call(bench.api, 'GET', `/live/${made.code}/view`, { secret: joined[0]!.token, address });
		// From many addresses (no address limit in the way), all in the same game.
		for (let i = 0; i < LIMITS.game.burst; i++)
			expect((await flood(`10.1.${i >> 8}.${i & 255}`)).status).toBe(200);
		expect(await flood('10.2.0.1')).toEqual({ status: 429, body: { error: 'rate-limited' } });
		const projector = await call(bench.api, 'GET', `/live/${made.code}/view`, {
			secret: made.token,
			address: '10.0.3.1'
		});
		expect(projector.status).toBe(200);
		const elsewhere = await call(bench.api, 'GET', `/live/${other.made.code}/view`, {
			secret: other.joined[0]!.token,
			address: '10.0.3.2'
		});
		expect(elsewhere.status).toBe(200);
		// A second later the game has 20 more.
		bench.clock.now += 1000;
		expect((await flood('10.2.0.2')).status).toBe(200);
	}, 60_000);

	it('tells each step on the channel when it is committed, and never a refused one', async () => {
		// PGlite serves one process: nobody else to tell, and nothing to listen with.
		if (bench.engine.name === 'pglite') return expect(bench.engine.listen).toBeUndefined();
		const heard: string[] = [];
		const stop = await bench.engine.listen!(LIVE_CHANNEL, (payload) => heard.push(payload));
		try {
			const { made, joined } = await gameWith(1, '10.0.4.1');
			await expect.poll(() => heard, { timeout: 2000, interval: 10 }).toContain(`${made.code} 2`);
			const refused = await call(bench.api, 'POST', `/live/${made.code}/answers`, {
				secret: joined[0]!.token,
				body: { question: 0, option: 0, answeredAt: bench.clock.now },
				address: '10.0.4.1'
			});
			expect(refused.body).toEqual({ error: 'not-now' });
			await call(bench.api, 'POST', `/live/${made.code}/control`, {
				secret: made.token,
				body: { action: 'next' },
				address: '10.0.4.1'
			});
			await expect.poll(() => heard, { timeout: 2000, interval: 10 }).toContain(`${made.code} 3`);
			expect(heard.filter((payload) => payload.startsWith(made.code))).toEqual([
				`${made.code} 2`,
				`${made.code} 3`
			]);
		} finally {
			await stop();
		}
	});
});

describe.each(ENGINES)('live game events on %s', (_name, open) => {
	let bench: Bench;
	beforeAll(async () => {
		bench = await open();
	}, 60_000);
	afterAll(() => bench?.done());

	it('a screen gets the game as it changes, whichever process took the step', async () => {
		const cls = (await call(bench.api, 'POST', '/classes', { body: { name: '5B' } })).body as CreatedClass;
		const made = (
			await call(bench.api, 'POST', `/classes/${cls.id}/live`, {
				secret: cls.key,
				body: { title: 'Reinen', words: WORDS, seconds: 20, teams: 0, ranking: false }
			})
		).body as CreatedLive;
		// A second process on the same database: its screens, the first one's steps (heard on PostgreSQL's
		// channel; looked for on PGlite, which cannot listen).
		const other = classApi(bench.engine, { now: () => bench.clock.now, listen: bench.engine.listen });
		const seen: TeacherView[] = [];
		const headers = new Headers({ authorization: `Bearer ${made.token}` });
		const request = {
			method: 'GET',
			headers,
			body: undefined,
			address: '10.0.0.9',
			origin: 'http://lieredh.test'
		};
		const opened = await other.stream({ ...request, path: `/live/${made.code}/events` }, (view) =>
			seen.push(view as TeacherView)
		);
		expect(opened).toHaveProperty('close');
		expect(seen.map((view) => view.phase)).toEqual(['lobby']);
		await call(bench.api, 'POST', `/live/${made.code}/players`, { body: { nick: 'Per' } });
		await call(bench.api, 'POST', `/live/${made.code}/control`, {
			secret: made.token,
			body: { action: 'next' }
		});
		await expect.poll(() => seen.at(-1)?.phase, { timeout: 2000, interval: 20 }).toBe('question');
		expect(seen.at(-1)!.players.map((p) => p.nick)).toEqual(['Per']);
		// Without a ranking, no points are sent to the projector at all.
		expect(seen.at(-1)!.players[0]).not.toHaveProperty('points');
		(opened as { close(): void }).close();
		other.close();

		// A wrong token, another game's code, or a path that is not a stream: refused like any request.
		const refused = await bench.api.stream(
			{
				...request,
				headers: new Headers({ authorization: `Bearer ${'x'.repeat(43)}` }),
				path: `/live/${made.code}/events`
			},
			() => undefined
		);
		expect(refused).toEqual({ status: 401, body: { error: 'token' } });
		expect(await bench.api.stream({ ...request, path: '/live/AAAAAAAA/events' }, () => undefined)).toEqual({
			status: 404,
			body: { error: 'not-found' }
		});
	});
});
