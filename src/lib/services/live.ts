/**
 * The live class game between the screens and the class server (#27): the projector starts and runs a
 * game, a phone joins, answers and follows it; both read the game as server-sent events through fetch
 * (the token in a header), reconnecting by themselves. A player's device keeps each answered question
 * as a review of that word (study/live.ts), stored before the next question shows.
 */
import { database } from '$lib/db/database';
import { membership } from '$lib/db/classes';
import { assignments } from '$lib/db/teaching';
import { loadSettings, progressOf, recordAnswer } from '$lib/db/progress';
import { clockOffset, EventReader } from '$lib/live/events';
import type { LiveSettings, PlayerView, TeacherView } from '$lib/live/game';
import type { CreatedLive, JoinedLive } from '$lib/live/protocol';
import { liveCardId, liveReview, type LiveAnswered } from '$lib/study/live';
import type { TeacherClass } from '$lib/classes/device';
import { loadDecks, loadIndex } from '$lib/decks/library';
import { assignmentWords, hardestWords, ownDecksFor, pupilsIn } from '$lib/live/sources';
import type { Assignment } from '$lib/teach/assignment';
import { isOwnDeckId, type OwnDeck } from '$lib/teach/ownDeck';
import { call, type Reply } from './classApi';
import { pullResults } from './classes';
import { listOwnDecks, myAssignments, resultsOf } from './teaching';

export type { PlayerView, TeacherView };

/**
 * A stream that was working and dropped (its server process went away) is opened again at once, behind
 * a load balancer on another process; a class's phones spread theirs over a second so that the
 * projectors, which do not wait, get through first. A stream that could not open waits a second.
 */
export const RECONNECT_SPREAD_MS = 1000;
const RECONNECT_MS = 1000;

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * The teacher's projector starts a game for their class from words in the order given: built-in ones,
 * and the words of the teacher's own decks sent along (`decks`).
 */
export function startGame(
	cls: TeacherClass,
	game: { title: string; words: string[]; decks?: OwnDeck[] } & LiveSettings
): Promise<Reply<CreatedLive>> {
	return call<CreatedLive>('POST', `/classes/${cls.id}/live`, { secret: cls.key, body: game });
}

/** The assignments a class was given (sent to it, or made for its group), newest first. */
export async function classAssignments(cls: TeacherClass): Promise<Assignment[]> {
	return (await myAssignments())
		.filter((entry) => cls.sent.includes(entry.assignment.id) || entry.assignment.group === cls.group)
		.sort((a, b) => b.opened - a.opened)
		.map((entry) => entry.assignment);
}

/** An assignment's words, and the teacher's own decks among its decks (a game brings them along). */
export async function wordsOfAssignment(
	assignment: Assignment
): Promise<{ words: string[]; own: OwnDeck[] }> {
	const ids = assignment.decks.flatMap((deck) => ('builtIn' in deck ? [deck.builtIn] : []));
	const decks = new Map((await loadDecks(ids)).map((deck) => [deck.id, deck.cards.map((card) => card.id)]));
	return assignmentWords(assignment.decks, (id) => decks.get(id));
}

/**
 * The words a class finds hardest, by its pupils' results: fetched anew from the class service for
 * each of its assignments where it answers (else those already kept here), then ranked (live/sources.ts)
 * among the built-in decks and the teacher's own lists this device has (a game brings those along).
 */
export async function hardestOfClass(
	cls: TeacherClass,
	count: number
): Promise<{ words: string[]; pupils: number; own: OwnDeck[] }> {
	const assignments = await classAssignments(cls);
	await Promise.all(
		assignments
			.filter((a) => cls.sent.includes(a.id))
			.map((a) => pullResults(cls, a.id).catch(() => undefined))
	);
	const [results, index, own] = await Promise.all([
		Promise.all(assignments.map((a) => resultsOf(a.id))).then((all) => all.flat()),
		loadIndex(),
		ownDecksHere()
	]);
	const builtIn = new Set(index.decks.map((deck) => deck.id));
	const words = hardestWords(results, count, (id) => builtIn.has(id) || own.has(id));
	return { words, pupils: pupilsIn(results), own: ownDecksFor(words, own.values()) };
}

export function controlGame(
	code: string,
	token: string,
	action: 'next' | 'pause' | 'resume' | 'reveal' | 'end' | 'remove',
	player?: string
): Promise<Reply<TeacherView>> {
	return call<TeacherView>('POST', `/live/${code}/control`, {
		secret: token,
		body: { action, ...(player ? { player } : {}) }
	});
}

/** A game's title and whether it has begun, and this device's clock measured against the server's. */
export async function gameInfo(
	code: string
): Promise<Reply<{ title: string; phase: string; players: number; offset: number }>> {
	const sentAt = Date.now();
	const info = await call<{ title: string; phase: string; players: number; serverTime: number }>(
		'GET',
		`/live/${encodeURIComponent(code)}`
	);
	if (!info.ok) return info;
	const offset = clockOffset({ sentAt, receivedAt: Date.now(), serverTime: info.value.serverTime });
	return { ok: true, value: { ...info.value, offset } };
}

const PROJECTOR_KEY = 'lieredh:live:projector';

/** The projector's game on this device (a reload of the projector goes on with it). */
export function savedProjector(classId: string): { code: string; token: string } | undefined {
	try {
		const saved = JSON.parse(localStorage.getItem(PROJECTOR_KEY) ?? 'null') as {
			classId: string;
			code: string;
			token: string;
		} | null;
		return saved?.classId === classId ? { code: saved.code, token: saved.token } : undefined;
	} catch {
		return undefined;
	}
}

export function keepProjector(classId: string, game: { code: string; token: string } | undefined): void {
	if (game) localStorage.setItem(PROJECTOR_KEY, JSON.stringify({ classId, ...game }));
	else localStorage.removeItem(PROJECTOR_KEY);
}

/** A player joined on this device: kept so a reload lands back in the same game and question. */
export interface Seat {
	code: string;
	player: string;
	token: string;
	nick: string;
}

const SEAT_KEY = 'lieredh:live';

export function savedSeat(code: string): Seat | undefined {
	try {
		const seat = JSON.parse(localStorage.getItem(SEAT_KEY) ?? 'null') as Seat | null;
		return seat?.code === code ? seat : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The game this device's class is playing now, if the device is in an online class and the class
 * service answers: a pupil joins it with one tap, nothing to type or scan. Undefined otherwise.
 */
export async function classGame(): Promise<{ code: string; title: string } | undefined> {
	const member = await membership(database());
	if (!member || member.removed || !online()) return undefined;
	const found = await call<{ game: { code: string; title: string } | null }>('GET', '/pupil/live', {
		secret: member.token
	});
	return (found.ok && found.value.game) || undefined;
}

/**
 * Joins a game: a member of the game's class under their class nickname (their device's pupil token
 * says who they are), anyone else as a guest with the nickname they typed.
 */
export async function joinGame(code: string, nick: string, offset: number): Promise<Reply<Seat>> {
	const member = await membership(database());
	const joined = await call<JoinedLive>('POST', `/live/${encodeURIComponent(code)}/players`, {
		...(member && !member.removed ? { secret: member.token } : {}),
		body: { ...(nick.trim() ? { nick: nick.trim() } : {}), offset }
	});
	if (!joined.ok) return joined;
	const seat: Seat = { code, player: joined.value.player, token: joined.value.token, nick };
	localStorage.setItem(SEAT_KEY, JSON.stringify(seat));
	return { ok: true, value: seat };
}

/** Back after a reload or a dropped connection: the same player, the clock measured anew. */
export function rejoin(seat: Seat, offset: number): Promise<Reply<{ view: PlayerView }>> {
	return call<{ view: PlayerView }>('POST', `/live/${seat.code}/players/me`, {
		secret: seat.token,
		body: { offset }
	});
}

export function sendAnswer(
	seat: Seat,
	answer: { question: number; option: number }
): Promise<Reply<{ received: true }>> {
	return call('POST', `/live/${seat.code}/answers`, {
		secret: seat.token,
		body: { ...answer, answeredAt: Date.now() }
	});
}

/**
 * Follows a game's views (the projector's or a player's, by the token) until `stop` is called: one
 * stream, opened again when it drops (a phone on a train, a server process gone), each view passed on
 * as it comes. `onProblem` hears when it cannot reach the server, `onView` when it can again;
 * `spreadMs` is how long at most a dropped stream that was working waits (0: the projector).
 */
export function followGame<View>(
	code: string,
	token: string,
	onView: (view: View) => void,
	onProblem: (problem: 'offline' | 'unreachable' | 'refused') => void = () => undefined,
	spreadMs = RECONNECT_SPREAD_MS
): () => void {
	let stopped = false;
	let attempt = new AbortController();
	// The browser says the network is gone: the stream is dropped now (it could hang silently), and
	// opened again when the network is back.
	const dropped = () => attempt.abort();
	addEventListener('offline', dropped);
	async function open(): Promise<void> {
		while (!stopped) {
			if (!online()) {
				onProblem('offline');
				await new Promise<void>((resolve) => addEventListener('online', () => resolve(), { once: true }));
				continue;
			}
			attempt = new AbortController();
			let worked = false;
			try {
				const response = await fetch(`/api/live/${encodeURIComponent(code)}/events`, {
					headers: { authorization: `Bearer ${token}` },
					cache: 'no-store',
					signal: attempt.signal
				});
				if (!response.ok || !response.body) {
					// Refused (the game is gone, the player was removed): not tried again. A server error is
					// not a refusal: tried again like a dropped connection.
					if (response.status < 500) return onProblem('refused');
					onProblem('unreachable');
				} else {
					const reader = new EventReader();
					const text = response.body.pipeThrough(new TextDecoderStream()).getReader();
					for (;;) {
						const { done, value } = await text.read();
						if (done) break;
						for (const view of reader.feed(value)) {
							worked = true;
							onView(view as View);
						}
					}
				}
			} catch {
				if (stopped) return;
				onProblem(online() ? 'unreachable' : 'offline');
			}
			const wait = worked ? Math.random() * spreadMs : RECONNECT_MS;
			if (!stopped && online()) await new Promise((resolve) => setTimeout(resolve, wait));
		}
	}
	void open().finally(() => removeEventListener('offline', dropped));
	return () => {
		stopped = true;
		removeEventListener('offline', dropped);
		attempt.abort();
	};
}

/** Questions of a game already kept as reviews on this device (a reload does not keep one twice). */
function keptKey(code: string): string {
	return `lieredh:live:${code}:kept`;
}

/**
 * Every answered question whose answer has been shown, kept as a review of that word on this device
 * (a guest's too: nothing of it leaves the device), each once, whatever reloads or dropped connections
 * happened (the view lists them all). Returns how many were kept now.
 */
export function keepAnswers(seat: Seat, view: PlayerView, now = Date.now()): Promise<number> {
	// One at a time: views come in quick succession, and each answer is kept once.
	const next = keeping.then(() => keepNew(seat, view, now));
	keeping = next.catch(() => 0);
	return next;
}

let keeping: Promise<number> = Promise.resolve(0);

async function keepNew(seat: Seat, view: PlayerView, now: number): Promise<number> {
	const kept = new Set<number>(JSON.parse(localStorage.getItem(keptKey(seat.code)) ?? '[]') as number[]);
	const fresh = view.history.filter((entry) => !kept.has(entry.question));
	if (!fresh.length) return 0;
	const db = database();
	const ids = fresh.flatMap((entry) => liveCardId(entry) ?? []);
	const [settings, progress, own] = await Promise.all([
		loadSettings(db),
		progressOf(db, ids),
		fresh.some((entry) => isOwnDeckId(entry.key)) ? ownDecksHere() : new Map<string, OwnDeck>()
	]);
	let count = 0;
	for (const entry of fresh) {
		const answered: LiveAnswered = { ...entry, elapsedMs: 0 };
		// A teacher's own deck this device does not have (no assignment brought it): no card here to
		// review, and a memory with no deck would be due forever where no session can show it.
		const here = !isOwnDeckId(entry.key) || own.has(entry.key.split('/')[0]!);
		const id = here ? liveCardId(answered) : undefined;
		const step = id ? liveReview(progress.get(id), answered, now, settings.retention) : undefined;
		if (step) {
			await recordAnswer(db, step.progress, step.row);
			// The same word asked twice in one game: the second answer builds on the first.
			progress.set(id!, step.progress);
		}
		kept.add(entry.question);
		localStorage.setItem(keptKey(seat.code), JSON.stringify([...kept]));
		count++;
	}
	return count;
}

/** The teacher's own decks this device has, by id: made here, or brought by an assignment. */
async function ownDecksHere(): Promise<Map<string, OwnDeck>> {
	const [made, kept] = await Promise.all([listOwnDecks(), assignments(database())]);
	const brought = kept.flatMap((entry) =>
		entry.assignment.decks.flatMap((deck) => ('own' in deck ? [deck.own] : []))
	);
	return new Map([...brought, ...made].map((deck) => [deck.id, deck]));
}
