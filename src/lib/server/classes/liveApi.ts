/**
 * The live class game's routes (#27), in the class API: a teacher starts a game for their class from
 * built-in deck words; guests join by its code with a nickname, a class member's device with its pupil
 * token under its class nickname; answers come with the player's token and are judged on the server's
 * clock (live/game.ts); the projector controls the game with its own token. Every step is one locked
 * read and write of the game's row (liveStore.ts), so several processes may serve one game.
 */
import { newJoinCode, readJoinCode } from '$lib/classes/joinCode';
import { SECRET } from '$lib/classes/protocol';
import {
	answerAndReveal,
	end,
	join,
	liveQuestions,
	newGame,
	next,
	pause,
	playerNews,
	playerView,
	removePlayer,
	resume,
	reveal,
	teacherView,
	type GameError,
	type LiveGame,
	type WordPick,
	type Step
} from '$lib/live/game';
import {
	AnswerLive,
	ControlLive,
	CreateLive,
	JoinLive,
	RejoinLive,
	type CreatedLive,
	type JoinedLive
} from '$lib/live/protocol';
import { findDeck } from '$lib/server/lessons';
import { readOwnDeck, type OwnDeck } from '$lib/teach/ownDeck';
import type { ApiRequest } from './api';
import type { Sql } from './engine';
import { json, refuse, type Guards } from './guards';
import { MemoryLimits } from './limits';
import * as live from './liveStore';
import { hashOf, newId, newSecret } from './secrets';
import type { LiveWatch } from './liveWatch';
import * as store from './store';

export type Route = (request: ApiRequest, params: string[]) => Promise<unknown>;

/** Tokens a process remembers at most (then it starts again): 60 players and a projector, 300 games. */
const MAX_HOLDERS = 20_000;

/** What a refused step is called in the API. */
const ERRORS: Record<GameError, Parameters<typeof refuse>[0]> = {
	ended: 'game-over',
	full: 'game-full',
	'nick-taken': 'nick-taken',
	'bad-nick': 'bad-request',
	'not-playing': 'token',
	'not-now': 'not-now',
	answered: 'answered',
	late: 'late',
	'bad-option': 'bad-request'
};

function bearer(request: ApiRequest): string {
	const match = /^Bearer (\S+)$/.exec(request.headers.get('authorization') ?? '');
	return match && SECRET.test(match[1]!) ? match[1]! : '';
}

/** A screen's stream of views: `send` gets each, `close` stops it. */
export interface LiveStream {
	close(): void;
}

export function liveRoutes(
	sql: Sql,
	guards: Guards,
	now: () => number,
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array,
	watch: LiveWatch
): {
	routes: [string, RegExp, Route][];
	events: (request: ApiRequest, code: string, send: (view: unknown) => void) => Promise<LiveStream>;
} {
	/** The game a code names (spending a guess of the address's budget, given back when it exists). */
	async function gameOf(request: ApiRequest, code: string | undefined): Promise<live.LiveRow> {
		await guards.spend('guess', request.address);
		const found = code ? await live.gameByCode(sql, code, now()) : undefined;
		if (!found) return refuse('not-found');
		await guards.giveBack('guess', request.address);
		return found;
	}

	// A game's players' calls spend the game's budget, kept in this process's memory like the address
	// limit: a flood by a token holder is stopped before it costs the database anything.
	const games = new MemoryLimits();

	// Tokens this process has seen, by hash: a token names one holder for its game's whole life (a
	// removed player is refused by the game itself), so an answer need not look it up again.
	const holders = new Map<string, { player: string | null; classId: string; code: string }>();

	/**
	 * Who holds the request's token for the game `code` names — its teacher (player null) or a player —
	 * with the game's class and the game as it is now. A token is 256 random bits, so a right one costs
	 * no guess: one query, then the game's budget (its players' calls) or its teacher's. Without one, a
	 * code no game lives under is told apart from a wrong token as before (a guess spent).
	 *
	 * `toStep`: the game is only the start of a step, so the newest this process already has will do
	 * (a screen here watches it), and a token seen before costs no query at all — the step is written
	 * only if the game has not moved on since (liveStore.ts, stepFrom).
	 */
	async function holder(
		request: ApiRequest,
		code: string | undefined,
		{ toStep = false } = {}
	): Promise<{ player: string | null; classId: string; game: LiveGame }> {
		const token = bearer(request);
		if (token && code) {
			const hash = hashOf(token);
			const key = hash.toString('base64url');
			const seen = holders.get(key);
			const known = toStep && seen?.code === code ? watch.latest(code) : undefined;
			const found = seen && known ? { ...seen, game: known } : await live.holderOf(sql, hash, now());
			if (found && found.game.code === code) {
				if (holders.size >= MAX_HOLDERS) holders.clear();
				holders.set(key, { player: found.player, classId: found.classId, code });
				if (!found.player) await guards.spend('teacher', found.classId);
				else if (!games.takeNow('game', code, now())) refuse('rate-limited');
				return found;
			}
		}
		await gameOf(request, code);
		return refuse('token');
	}

	/** One step on the game as it was read, refused with its reason, or the game after it. */
	async function step(
		game: LiveGame,
		rule: (game: LiveGame) => Step,
		options?: { mayBeBehind: boolean }
	): Promise<LiveGame> {
		const result = await live.stepFrom(sql, game, now(), rule, options);
		if (!result) return refuse('game-over');
		if (!result.ok) return refuse(ERRORS[result.error]);
		// This process's screens hear of it now; other processes' when the channel tells them (liveWatch.ts).
		watch.changed(result.game);
		return result.game;
	}

	/**
	 * The words asked, from the built-in decks and the teacher's own ones sent with the game, in the
	 * order the teacher gave; unknown words left out. An own deck that does not read whole refuses all.
	 */
	function picks(keys: readonly string[], sent: readonly unknown[] = []): WordPick[] {
		const own = new Map<string, OwnDeck>();
		for (const value of sent) {
			const read = readOwnDeck(value);
			if (!read.ok) return refuse('bad-request');
			own.set(read.deck.id, read.deck);
		}
		return keys.flatMap((key) => {
			const [deckId, wordId] = key.split('/') as [string, string];
			const deck = own.get(deckId) ?? findDeck(deckId);
			const card = deck?.cards.find((c) => c.id === wordId);
			return deck && card ? [{ deck, card }] : [];
		});
	}

	/**
	 * A screen's views as the game changes (server-sent events): the projector's with the teacher's
	 * token, a player's with theirs. One connection a screen, so a class polls nothing.
	 */
	async function events(
		request: ApiRequest,
		code: string,
		send: (view: unknown) => void
	): Promise<LiveStream> {
		const { player, game: first } = await holder(request, readJoinCode(code));
		const viewOf = (game: LiveGame) => (player ? playerView(game, player, now()) : teacherView(game, now()));
		// A screen hears of a step only when its own view changed: another pupil's answer changes the
		// projector's view, not a phone's (30 phones told of 30 answers would be 900 views a question).
		// A phone's view is made only when its news changed (game.ts, playerNews), and sent only when it
		// differs from the last one sent.
		let news = '';
		let last = '';
		const sendIfNew = (game: LiveGame) => {
			if (player) {
				const fresh = playerNews(game, player, now());
				if (fresh === news) return;
				news = fresh;
			}
			const view = viewOf(game);
			const text = JSON.stringify({ ...view, timeLeftMs: 0, revision: 0 });
			if (text === last) return;
			last = text;
			send(view);
		};
		sendIfNew(first);
		return { close: watch.watch(first, sendIfNew) };
	}

	// A game's traffic spends budgets of its own: its players' calls the game's (so a class playing never
	// trips another class's, nor its own homework), the projector's its teacher's, joins its class's.
	const routes: [string, RegExp, Route][] = [
		[
			'POST',
			/^\/classes\/([^/]+)\/live$/,
			async (request, [id]): Promise<CreatedLive> => {
				const { title, words, seconds, teams, ranking, decks } = json(request, CreateLive);
				const row = await guards.teacherClass(request, id!);
				const questions = liveQuestions(picks(words, decks));
				if (!questions.length) return refuse('too-few-words');
				await live.deleteExpiredGames(sql, now());
				const token = newSecret();
				const game = newGame(
					{ code: newJoinCode(random), title, questions, settings: { seconds, teams, ranking } },
					now()
				);
				await live.createGame(sql, row.id, game, hashOf(token));
				return { code: game.code, token };
			}
		],
		[
			// A class member's device asks what its class is playing: the pupil joins with one tap, no
			// code to type or scan.
			'GET',
			/^\/pupil\/live$/,
			async (request) => {
				const pupil = await guards.pupil(request);
				const game = await live.classGame(sql, pupil.class_id, now());
				return { game: game ? { code: game.code, title: game.title, phase: game.phase } : null };
			}
		],
		[
			// What a join page shows before a nickname is typed: the game's title and whether it has begun.
			'GET',
			/^\/live\/([^/]+)$/,
			async (request, [code]) => {
				const { game } = await gameOf(request, readJoinCode(code!));
				return {
					title: game.title,
					phase: game.phase,
					players: game.players.filter((p) => !p.removed).length,
					// The device measures its clock's offset from this (live/events.ts, clockOffset).
					serverTime: now()
				};
			}
		],
		[
			'POST',
			/^\/live\/([^/]+)\/players$/,
			async (request, [code]): Promise<JoinedLive> => {
				const { nick, offset = 0 } = json(request, JoinLive);
				const found = await gameOf(request, readJoinCode(code!));
				await guards.spend('joins', found.class_id);
				// A member of the game's class plays under their class nickname; anyone else is a guest.
				const token = bearer(request);
				const pupil = token ? await store.pupilByToken(sql, hashOf(token)) : undefined;
				const member = pupil?.class_id === found.class_id ? pupil : undefined;
				const name = member?.nickname ?? nick;
				if (!name) return refuse('bad-request');
				const [player, secret] = [newId(), newSecret()];
				await step(found.game, (game) =>
					join(game, { id: player, nick: name, guest: !member, offset }, now())
				);
				await live.addPlayerToken(sql, found.code, player, hashOf(secret));
				return { player, token: secret, serverTime: now() };
			}
		],
		[
			// A reload or a dropped connection: the same player, back in the same question, with the device's
			// clock offset measured anew when the device sends it.
			'POST',
			/^\/live\/([^/]+)\/players\/me$/,
			async (request, [code]) => {
				const { offset } = request.body ? json(request, RejoinLive) : { offset: undefined };
				const { player, game: read } = await holder(request, readJoinCode(code!));
				if (!player) return refuse('token');
				const game = await step(read, (g) => {
					const me = g.players.find((p) => p.id === player);
					if (!me) return { ok: false, error: 'not-playing' };
					return join(g, { id: player, nick: me.nick, guest: me.guest, offset: offset ?? me.offset }, now());
				});
				return { view: playerView(game, player, now()), serverTime: now() };
			}
		],
		[
			'POST',
			/^\/live\/([^/]+)\/answers$/,
			async (request, [code]) => {
				const body = json(request, AnswerLive);
				const { player, game } = await holder(request, readJoinCode(code!), { toStep: true });
				if (!player) return refuse('token');
				// The last answer awaited shows the answer in the same step (no waiting out the countdown).
				await step(game, (g) => answerAndReveal(g, { player, ...body }, now()), { mayBeBehind: true });
				return { received: true };
			}
		],
		[
			'GET',
			/^\/live\/([^/]+)\/view$/,
			async (request, [code]) => {
				const { player, game } = await holder(request, readJoinCode(code!));
				return player ? playerView(game, player, now()) : teacherView(game, now());
			}
		],
		[
			'POST',
			/^\/live\/([^/]+)\/control$/,
			async (request, [code]) => {
				const { action, player } = json(request, ControlLive);
				const who = await holder(request, readJoinCode(code!));
				if (who.player !== null) return refuse('key');
				const time = now();
				const rules: Record<typeof action, (game: LiveGame) => Step> = {
					next: (game) => next(game, time),
					pause: (game) => pause(game, time),
					resume: (game) => resume(game, time),
					reveal,
					end,
					remove: (game) => (player ? removePlayer(game, player) : { ok: false, error: 'not-playing' })
				};
				return teacherView(await step(who.game, rules[action]), time);
			}
		]
	];
	return { routes, events };
}
