/**
 * The live class game (#27) as plain data and pure steps: a game is one JSON value that every step
 * returns anew (with its `revision` one higher), so it can live in one process's memory or in a
 * database row several processes share, and every screen is a view of it. The server's clock is
 * the only clock: a step takes `now`; lateness is judged with each device's measured offset (score.ts).
 */
import type { Card, Localized } from '$lib/decks/deck';
import { studyCardsOf } from '$lib/study/cards';
import { choiceOptions } from '$lib/study/exercise';
import { nickKey } from '$lib/classes/protocol';
import { classResult, isLate, elapsedMs, makeTeams, podium, pointsFor, teamScore } from './score';

export const GAME_FORMAT = 1;
/** A game lives at most this long; nothing of it is kept afterwards. */
export const GAME_LIFETIME_MS = 2 * 60 * 60 * 1000;
export const MAX_PLAYERS = 60;
export const MAX_QUESTIONS = 40;
/** The teacher's choice of time per question. */
export const SECONDS_CHOICES = [10, 20, 30, 60] as const;

/** One word as a question or an option shows it: its South Sami, its meaning in each language, its picture. */
export interface LiveWord {
	/** `${deckId}/${wordId}`: the word a pupil's answer is a review of. */
	key: string;
	sma: string;
	meaning: Localized;
	picture?: string;
}

/**
 * `choose-sma`: the meaning (and picture) shown, the South Sami word chosen — a review of the word's
 * production card. `choose-meaning`: the South Sami word shown (and heard), its meaning chosen — its
 * recognition card.
 */
export type QuestionKind = 'choose-sma' | 'choose-meaning';

export interface LiveQuestion {
	kind: QuestionKind;
	word: LiveWord;
	/** Four options, the word among them at `right`. */
	options: LiveWord[];
	right: number;
}

export interface LiveSettings {
	seconds: (typeof SECONDS_CHOICES)[number];
	/** 0: no teams; else the number of teams (2–6), made round robin as players join. */
	teams: number;
	/** Show points and a podium; off: no individual ranking anywhere, only the class's result. */
	ranking: boolean;
}

export interface LivePlayer {
	id: string;
	nick: string;
	/** Joined by code with a nickname, not as a member of the class: their answers stay on their device. */
	guest: boolean;
	joinedAt: number;
	/** The device's clock minus the server's (ms), measured when it joined. */
	offset: number;
	removed?: true;
}

export interface LiveAnswer {
	player: string;
	option: number;
	elapsedMs: number;
	right: boolean;
	points: number;
}

export type Phase = 'lobby' | 'question' | 'paused' | 'reveal' | 'ended';

export interface LiveGame {
	format: typeof GAME_FORMAT;
	code: string;
	title: string;
	createdAt: number;
	expiresAt: number;
	settings: LiveSettings;
	questions: LiveQuestion[];
	phase: Phase;
	/** The question shown (−1 in the lobby). */
	current: number;
	/** When the current question was shown, on the server's clock (moved on by a pause). */
	shownAt: number;
	/** While paused: the time that was left. */
	leftMs: number;
	players: LivePlayer[];
	/** Each question's answers, one per player at most. */
	answers: LiveAnswer[][];
	/** One higher with every step: screens and other processes watch it. */
	revision: number;
}

/** Why a step was refused: said to the screen that asked, in the user's language. */
export type GameError =
	| 'ended'
	| 'full'
	| 'nick-taken'
	| 'bad-nick'
	| 'not-playing'
	| 'not-now'
	| 'answered'
	| 'late'
	| 'bad-option';

export type Step = { ok: true; game: LiveGame } | { ok: false; error: GameError };

const changed = (game: LiveGame, change: Partial<LiveGame>): Step => ({
	ok: true,
	game: { ...game, ...change, revision: game.revision + 1 }
});
const refused = (error: GameError): Step => ({ ok: false, error });

/** A word of a deck, to be asked: the deck gives the other options. */
export interface WordPick {
	deck: { id: string; cards: Card[] };
	card: Card;
}

/**
 * The questions of a game, in the order given (a teacher's choice, or the words the class finds
 * hardest first): the kinds take turns, and the three other options are the fairest of the word's
 * deck (study/exercise.ts: same part of speech, never one that shares a meaning). A word whose deck
 * has too few others to choose from is left out.
 */
export function liveQuestions(
	picks: readonly WordPick[],
	random: () => number = Math.random
): LiveQuestion[] {
	const questions: LiveQuestion[] = [];
	for (const { deck, card } of picks.slice(0, MAX_QUESTIONS)) {
		const kind: QuestionKind = questions.length % 2 === 0 ? 'choose-sma' : 'choose-meaning';
		const cards = studyCardsOf(deck);
		const direction = kind === 'choose-sma' ? 'production' : 'recognition';
		const asked = cards.find((study) => study.word.id === card.id && study.direction === direction);
		const options = asked ? choiceOptions(asked, cards, { support: 'nb', random }) : [];
		if (options.length < 4) continue;
		const byId = new Map(cards.map((study) => [study.id, study.word]));
		questions.push({
			kind,
			word: liveWord(deck.id, card),
			options: options.map((option) => liveWord(deck.id, byId.get(option.cardId)!)),
			right: options.findIndex((option) => option.correct)
		});
	}
	return questions;
}

/** The first `count` words of one deck as questions. */
export function deckQuestions(
	deck: { id: string; cards: Card[] },
	count: number,
	random: () => number = Math.random
): LiveQuestion[] {
	return liveQuestions(
		deck.cards.slice(0, count).map((card) => ({ deck, card })),
		random
	);
}

function liveWord(deckId: string, card: Card): LiveWord {
	return {
		key: `${deckId}/${card.id}`,
		sma: card.sma,
		meaning: {
			nb: card.nb.join(', '),
			sv: card.sv.join(', '),
			// English is thin in the lexicon: the Norwegian stands in, as on the study screen.
			en: (card.en.length ? card.en : card.nb).join(', ')
		},
		...(card.picture ? { picture: card.picture } : {})
	};
}

export function newGame(
	{
		code,
		title,
		questions,
		settings
	}: { code: string; title: string; questions: LiveQuestion[]; settings: LiveSettings },
	now: number
): LiveGame {
	return {
		format: GAME_FORMAT,
		code,
		title,
		createdAt: now,
		expiresAt: now + GAME_LIFETIME_MS,
		settings,
		questions: questions.slice(0, MAX_QUESTIONS),
		phase: 'lobby',
		current: -1,
		shownAt: 0,
		leftMs: 0,
		players: [],
		answers: questions.map(() => []),
		revision: 1
	};
}

/** Over: ended by the teacher, or past its two hours (a code is then useless). */
export function isOver(game: LiveGame, now: number): boolean {
	return game.phase === 'ended' || now >= game.expiresAt;
}

/** A nickname shown on the projector: 1–30 letters, digits, spaces and a little punctuation, nothing else. */
export function isNickname(nick: string): boolean {
	const clean = nick.normalize('NFC').trim();
	return /^[\p{L}\p{N}][\p{L}\p{N} .'_-]{0,29}$/u.test(clean);
}

/** A player joins (in the lobby or during the game): a nickname nobody in the game has. */
export function join(
	game: LiveGame,
	player: Omit<LivePlayer, 'joinedAt' | 'nick'> & { nick: string },
	now: number
): Step {
	if (isOver(game, now)) return refused('ended');
	if (!isNickname(player.nick)) return refused('bad-nick');
	const nick = player.nick.normalize('NFC').trim();
	const again = game.players.find((p) => p.id === player.id);
	if (again) {
		// A reload or a dropped connection: the same player, the offset measured anew.
		if (again.removed) return refused('not-playing');
		return changed(game, {
			players: game.players.map((p) => (p.id === player.id ? { ...p, offset: player.offset } : p))
		});
	}
	if (game.players.some((p) => !p.removed && nickKey(p.nick) === nickKey(nick))) return refused('nick-taken');
	if (game.players.filter((p) => !p.removed).length >= MAX_PLAYERS) return refused('full');
	return changed(game, { players: [...game.players, { ...player, nick, joinedAt: now }] });
}

/** The teacher removes a player: gone from the game and its results, and cannot come back. */
export function removePlayer(game: LiveGame, id: string): Step {
	if (!game.players.some((p) => p.id === id && !p.removed)) return refused('not-playing');
	return changed(game, {
		players: game.players.map((p) => (p.id === id ? { ...p, removed: true as const } : p)),
		answers: game.answers.map((answers) => answers.filter((a) => a.player !== id))
	});
}

const limitMs = (game: LiveGame) => game.settings.seconds * 1000;

/** The next question (the first from the lobby), shown now; after the last, the game ends. */
export function next(game: LiveGame, now: number): Step {
	if (isOver(game, now)) return refused('ended');
	if (game.phase === 'question' || game.phase === 'paused') return refused('not-now');
	const current = game.current + 1;
	if (current >= game.questions.length) return changed(game, { phase: 'ended' });
	return changed(game, { phase: 'question', current, shownAt: now, leftMs: 0 });
}

/** Time left on the current question (ms), on the server's clock. */
export function timeLeft(game: LiveGame, now: number): number {
	if (game.phase === 'paused') return game.leftMs;
	if (game.phase !== 'question') return 0;
	return Math.max(0, game.shownAt + limitMs(game) - now);
}

export function pause(game: LiveGame, now: number): Step {
	if (game.phase !== 'question') return refused('not-now');
	return changed(game, { phase: 'paused', leftMs: timeLeft(game, now) });
}

/** The countdown goes on from where it was paused: the question counts as shown that much earlier. */
export function resume(game: LiveGame, now: number): Step {
	if (game.phase !== 'paused') return refused('not-now');
	return changed(game, { phase: 'question', shownAt: now - (limitMs(game) - game.leftMs), leftMs: 0 });
}

/** The answer is shown: when time is up, everyone has answered, or the teacher skips the wait. */
export function reveal(game: LiveGame): Step {
	if (game.phase !== 'question' && game.phase !== 'paused') return refused('not-now');
	return changed(game, { phase: 'reveal' });
}

export function end(game: LiveGame): Step {
	if (game.phase === 'ended') return refused('ended');
	return changed(game, { phase: 'ended' });
}

/**
 * A player's answer to the current question, once: judged on the server's clock with the device's
 * offset and a small grace (score.ts). A late answer is refused, and said to be late.
 */
export function answer(
	game: LiveGame,
	{
		player,
		question,
		option,
		answeredAt
	}: { player: string; question: number; option: number; answeredAt: number },
	now: number
): Step {
	if (isOver(game, now)) return refused('ended');
	const who = game.players.find((p) => p.id === player && !p.removed);
	if (!who) return refused('not-playing');
	if (question !== game.current || (game.phase !== 'question' && game.phase !== 'paused'))
		return refused('not-now');
	const asked = game.questions[question]!;
	if (!Number.isInteger(option) || option < 0 || option >= asked.options.length) return refused('bad-option');
	if (game.answers[question]!.some((a) => a.player === player)) return refused('answered');
	// Never before the question was shown, never after the server received it: a device's clock is
	// trusted only within what the server saw.
	const shownAt = game.shownAt;
	const at = Math.min(Math.max(answeredAt - who.offset, shownAt), now) + who.offset;
	const timing = { shownAt, answeredAt: at, offset: who.offset, limitMs: limitMs(game) };
	if (game.phase === 'question' && isLate(timing)) return refused('late');
	const right = option === asked.right;
	const entry: LiveAnswer = {
		player,
		option,
		elapsedMs: elapsedMs(timing),
		right,
		points: pointsFor(right, timing)
	};
	const answers = game.answers.map((list, i) => (i === question ? [...list, entry] : list));
	return changed(game, { answers });
}

/**
 * An answer, and when it was the last one awaited, the answer shown with it (one step: the class does
 * not wait out the countdown, and no second write is needed).
 */
export function answerAndReveal(game: LiveGame, given: Parameters<typeof answer>[1], now: number): Step {
	const answered = answer(game, given, now);
	if (!answered.ok || !allAnswered(answered.game)) return answered;
	const shown = reveal(answered.game);
	return shown.ok ? { ok: true, game: { ...shown.game, revision: answered.game.revision } } : answered;
}

/** Everyone still playing has answered the current question: time to show the answer. */
export function allAnswered(game: LiveGame): boolean {
	const playing = game.players.filter((p) => !p.removed);
	const answered = new Set(game.answers[game.current]?.map((a) => a.player));
	return playing.length > 0 && playing.every((p) => answered.has(p.id));
}

/** How many chose each option of a question. */
export function tally(game: LiveGame, question: number): number[] {
	const counts = game.questions[question]?.options.map(() => 0) ?? [];
	for (const a of game.answers[question] ?? []) counts[a.option] = (counts[a.option] ?? 0) + 1;
	return counts;
}

export function pointsOf(game: LiveGame, player: string): number {
	return game.answers.reduce((sum, list) => sum + (list.find((a) => a.player === player)?.points ?? 0), 0);
}

/** Has the answer to question `i` been shown? (Before that, nobody's points may tell if they were right.) */
const isShown = (game: LiveGame, i: number) =>
	i < game.current || (i === game.current && (game.phase === 'reveal' || game.phase === 'ended'));

/** A player's points as the screens may show them: only from answers already shown. */
function shownPointsOf(game: LiveGame, player: string): number {
	return game.answers.reduce(
		(sum, list, i) => sum + (isShown(game, i) ? (list.find((a) => a.player === player)?.points ?? 0) : 0),
		0
	);
}

/** The teams, by joining order (players removed left out), each with its mean points. */
export function teams(game: LiveGame): { players: string[]; points: number }[] {
	if (!game.settings.teams) return [];
	const playing = game.players.filter((p) => !p.removed);
	return makeTeams(playing, game.settings.teams).map((members) => ({
		players: members.map((p) => p.id),
		points: teamScore(members.map((p) => pointsOf(game, p.id)))
	}));
}

/** The end: what the class knew together, the three words to practise, and the podium if shown. */
export function results(game: LiveGame) {
	const together = classResult(
		game.questions.map((q, i) => ({
			word: q.word.key,
			right: game.answers[i]!.filter((a) => a.right).length,
			answered: game.answers[i]!.length
		}))
	);
	const players = game.players
		.filter((p) => !p.removed)
		.map((p) => ({ id: p.id, nick: p.nick, points: pointsOf(game, p.id) }));
	// The words to practise as the screens show them: South Sami, meaning, picture.
	const practise = together.practise.flatMap(
		(key) => game.questions.find((q) => q.word.key === key)?.word ?? []
	);
	return { ...together, practise, podium: podium(players, game.settings.ranking), teams: teams(game) };
}

// Views: what each screen is sent, and nothing more.

/** The projector's view: the question (its answer only once revealed), who is in, who has answered. */
export function teacherView(game: LiveGame, now: number) {
	const question = game.questions[game.current];
	const shown = game.phase === 'reveal' || game.phase === 'ended';
	const answered = new Set(game.answers[game.current]?.map((a) => a.player));
	return {
		code: game.code,
		title: game.title,
		phase: isOver(game, now) ? ('ended' as const) : game.phase,
		current: game.current,
		total: game.questions.length,
		timeLeftMs: timeLeft(game, now),
		settings: game.settings,
		revision: game.revision,
		question: question && {
			kind: question.kind,
			word: question.word,
			options: question.options,
			...(shown ? { right: question.right, tally: tally(game, game.current) } : {})
		},
		players: game.players
			.filter((p) => !p.removed)
			.map((p) => ({
				id: p.id,
				nick: p.nick,
				guest: p.guest,
				answered: answered.has(p.id),
				...(game.settings.ranking ? { points: shownPointsOf(game, p.id) } : {})
			})),
		...(game.phase === 'ended' ? { results: results(game) } : {})
	};
}

/**
 * A player's view: the question without its answer, their own answer, and once revealed whether it was
 * right (for the review their device stores) — other players' points only where the teacher shows a
 * ranking.
 */
export function playerView(game: LiveGame, player: string, now: number) {
	const question = game.questions[game.current];
	const revealed = game.phase === 'reveal' || game.phase === 'ended';
	const mine = game.answers[game.current]?.find((a) => a.player === player);
	const me = game.players.find((p) => p.id === player);
	const team = teams(game).findIndex((t) => t.players.includes(player));
	return {
		code: game.code,
		title: game.title,
		phase: isOver(game, now) || me?.removed ? ('ended' as const) : game.phase,
		current: game.current,
		total: game.questions.length,
		timeLeftMs: timeLeft(game, now),
		seconds: game.settings.seconds,
		revision: game.revision,
		nick: me?.nick ?? '',
		removed: !!me?.removed,
		...(team >= 0 ? { team } : {}),
		question: question && {
			kind: question.kind,
			word: question.word,
			options: question.options,
			...(revealed ? { right: question.right } : {})
		},
		// Every question this player answered whose answer has been shown: their device keeps each as a
		// review, even one whose reveal it missed (a dropped connection).
		history: game.answers.flatMap((list, i) => {
			const given = list.find((a) => a.player === player);
			const asked = game.questions[i]!;
			if (!isShown(game, i) || !given) return [];
			const option = asked.options[given.option]!;
			return [
				{
					question: i,
					key: asked.word.key,
					kind: asked.kind,
					right: given.right,
					answer: asked.kind === 'choose-sma' ? option.sma : option.meaning.nb
				}
			];
		}),
		...(mine
			? { answer: { option: mine.option, ...(revealed ? { right: mine.right, points: mine.points } : {}) } }
			: {}),
		...(game.settings.ranking ? { points: shownPointsOf(game, player) } : {}),
		...(game.phase === 'ended' ? { results: results(game) } : {})
	};
}

/**
 * What a player's screen must hear of, as a short text: a step that leaves it the same leaves their
 * view the same but for its clock, its revision and their own answer while the question is open (their
 * phone showed it the moment it was tapped). Another player's answer never changes it, so a server
 * passing 30 answers on to 30 phones compares 900 short texts instead of making 900 views. (Checked
 * against playerView over whole played games in game.spec.ts.)
 */
export function playerNews(game: LiveGame, player: string, now: number): string {
	const me = game.players.find((p) => p.id === player);
	const over = isOver(game, now) || !!me?.removed;
	// The player's team is their place among those still playing: only a removal can move it.
	const removed = game.players.reduce((count, p) => count + (p.removed ? 1 : 0), 0);
	const shown = game.answers.map((list, i) =>
		isShown(game, i) ? (list.find((a) => a.player === player)?.option ?? '-') : ''
	);
	// The end shows everyone's result: any step then is news.
	const end = over || game.phase === 'ended' ? game.revision : '';
	return [game.phase, over, game.current, me?.nick, removed, shown.join(','), end].join('|');
}

export type TeacherView = ReturnType<typeof teacherView>;
export type PlayerView = ReturnType<typeof playerView>;
