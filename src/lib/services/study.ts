/**
 * The study job between the study screen and storage: the only code that opens the database for a
 * session. It owns the clock, builds the session from indexes (the due cards of the scope, the keys of
 * the cards met) and stores every answer in one transaction before the session may move on.
 */
import { addDays, startOfDay } from '$lib/calendar/days';
import { database, type LieredhDb } from '$lib/db/database';
import { isQuotaError } from '$lib/db/errors';
import {
	answersSince,
	answerTimesSince,
	clearSession,
	countKnownWords,
	countAnswersSince,
	dueIn,
	introducedSince,
	lastAnswerAt,
	loadSettings,
	nextDueIn,
	overruleAnswer,
	progressOf,
	recordAnswer,
	savedSession,
	storeSession,
	studiedIn,
	undoLastAnswer
} from '$lib/db/progress';
import { keptSounds } from '$lib/db/voices';
import { dueMoment } from '$lib/teach/assignment';
import { aimedCards, writableOn } from '$lib/study/homework';
import { areaOfProfile, soundsOf, type Sound } from '$lib/sound/voice';
import type { SpellingProfile } from '$lib/answers/spelling';
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { keepFormsOffline, keepStorage } from '$lib/pwa/storage';
import { streak, summarize, type SessionSummary } from '$lib/study/activity';
import { studyCardsOf, type StudyCard } from '$lib/study/cards';
import { ADULT_PATH, type LearningPath } from '$lib/study/ladder';
import {
	cardIdentity,
	cardIdsOfWord,
	formsCardId,
	formsGroupOf,
	wordKeyOf,
	type CardProgress
} from '$lib/study/records';
import { loadDeckForms } from '$lib/decks/library';
import { isKnownCard, PRACTICE_GROUPS } from '$lib/forms/practice';
import { formsCardById, formsCardsOf, groupCardsOf } from '$lib/study/formsCards';
import { isInflected, type DeckForms } from '$lib/forms/forms';
import { FORMS_PER_DAY, formsLeftToday, planSession } from '$lib/study/plan';
import { daysAway, LONG_BREAK_DAYS } from '$lib/study/stats';
import { StudySession, type Answered, type Step } from '$lib/study/session';
import { assignmentOfScope } from '$lib/decks/scope';
import type { Card, Deck } from '$lib/decks/deck';
import { decksForScope } from './decks';
import { isOwnDeckId } from '$lib/teach/ownDeck';
import { assignmentStatusById, type AssignmentStatus } from './teaching';

/** Why an answer could not be stored: 'full' when the device is out of space. */
export type SaveProblem = 'full' | 'failed';
export type Saved<T> = { ok: true; value: T } | { ok: false; problem: SaveProblem };

/** Where a homework stands, for what the study screen says around a session of it. */
export interface HomeworkProgress {
	met: number;
	needed: number;
	goalMet: boolean;
}

/** Where the assignment stands when the scope is one, else undefined (read once a session). */
async function statusOfScope(scope: string, now: number): Promise<AssignmentStatus | undefined> {
	const id = assignmentOfScope(scope);
	return id === undefined ? undefined : assignmentStatusById(id, now);
}

function progressOfHomework(status: AssignmentStatus): HomeworkProgress {
	return { met: status.met, needed: status.needed, goalMet: status.goalMet };
}

export interface OpenedSession {
	/** Homework: how far it is, so an empty session can say "come back tomorrow" or "done". */
	homework?: HomeworkProgress;
	session: StudySession;
	/** Every recording of the scope's words, by `${deckId}/${wordId}`, the learner's area first. */
	sounds: Map<string, Sound[]>;
	/** What the scope still holds beyond this session: never a dead end. */
	left: WordsLeft;
	/** The word forms of the decks whose forms are practised, by deck id (examples for the explanations). */
	forms: Map<string, DeckForms>;
}

export interface WordsLeft {
	/** Words of the scope never met ("Learn 5 more" is offered while there are some). */
	unseen: number;
	/** Words of the scope met before ("Review early" is offered while there are some). */
	met: number;
}

function wordsLeft(cards: readonly StudyCard[], studied: ReadonlySet<string>): WordsLeft {
	const met = new Set<string>();
	const all = new Set<string>();
	for (const card of cards) {
		const key = wordKeyOf(card.deckId, card.word.id);
		all.add(key);
		if (studied.has(card.id)) met.add(key);
	}
	return { unseen: all.size - met.size, met: met.size };
}

/** How many new words "Learn more" adds beyond the day's limit. */
export const MORE_NEW_WORDS = 5;

export interface SessionRequest {
	scope: string;
	support: GlossLanguage;
	spelling: SpellingProfile;
	/** Who is learning (default: an adult). */
	path?: LearningPath;
	/** "Learn 5 more": new words beyond the day's limit. */
	more?: boolean;
	/** "Review early": cards coming due soon, when nothing is due now. */
	early?: boolean;
}

/** Opens today's saved session for this scope, or builds a new one. */
export async function openSession(request: SessionRequest, now = Date.now()): Promise<OpenedSession> {
	const { scope, support, spelling, path = ADULT_PATH, more = false, early = false } = request;
	const db = database();
	const settings = await loadSettings(db);
	const today = startOfDay(now);
	const decks = await decksForScope(db, scope);
	const deckIds = decks.map((deck) => deck.id);
	const homework = assignmentOfScope(scope) !== undefined;
	// A deck studied has its word forms offline too (the service worker fetches them in the background).
	keepFormsOffline(deckIds.filter((id) => !isOwnDeckId(id)));
	const sounds = await soundsOfDecks(db, decks, areaOfProfile(spelling));

	// User Timing, read by `npm run bench` (dueQueueMs): reading what the queue needs and building it.
	performance.mark('lieredh:queue-start');
	const [saved, studied, status] = await Promise.all([
		savedSession(db),
		studiedIn(db, deckIds),
		statusOfScope(scope, now)
	]);
	// A forms assignment's decks are practised as their form group only, not as words; elsewhere a
	// known word's forms are practised alongside its word (forms cards added below).
	const wordCards = decks.filter((deck) => !deck.formsGroup).flatMap(studyCardsOf);
	const resume = saved && saved.scope === scope && saved.startedAt >= today && saved.queue.length;
	let setup;
	let practice: FormsPractice;
	let cards: StudyCard[];
	if (resume && !more && !early) {
		practice = homework ? await assignedForms(decks) : await formsListed(decks, saved.queue);
		cards = [...wordCards, ...practice.cards];
		setup = {
			startedAt: saved.startedAt,
			queue: saved.queue,
			...(saved.total ? { total: saved.total } : {}),
			...(saved.met ? { met: saved.met } : {}),
			progress: await progressOf(db, saved.queue),
			answered: await countAnswersSince(db, saved.startedAt)
		};
	} else {
		// Known words' next form groups are looked for while the due cards are read (the day's budget at
		// most; how many of them today takes is known once those reads are in).
		const opening = homework
			? undefined
			: more || early
				? Promise.resolve(undefined)
				: formsToOpen(db, decks, studied, FORMS_PER_DAY);
		const [due, introducedToday] = await Promise.all([
			// Reviewing early takes the cards coming due soonest, however far off.
			dueIn(db, deckIds, early ? Infinity : now),
			introducedSince(db, today)
		]);
		// Back after two weeks away: the day's session catches up on known words, new ones wait a day.
		// (Progress without any answer, e.g. only cards restored, is not a learner returning.)
		const last = await lastAnswerAt(db);
		const back = !homework && !more && last > 0 && daysAway(last, now) >= LONG_BREAK_DAYS;
		if (opening) {
			const formsLeft = formsLeftToday(introducedToday, {
				homework,
				more,
				early,
				resting: back && due.length > 0
			});
			const [open = { cards: [], forms: new Map() }, listed] = await Promise.all([
				opening,
				formsListed(
					decks,
					due.map((card) => card.id)
				)
			]);
			practice = bothPractices(listed, { ...open, cards: open.cards.slice(0, formsLeft) });
		} else practice = await assignedForms(decks);
		cards = [...wordCards, ...practice.cards];
		const aimed = status
			? await aimedIn(
					db,
					status,
					writableOn(
						[...studied].map((id) => ({ id })),
						cards,
						path
					),
					settings.retention,
					now
				)
			: [];
		const planned = planSession({
			cards,
			aimed: aimed.map((card) => card.id),
			due,
			studied,
			introducedToday,
			newPerDay: settings.newPerDay,
			path,
			homework,
			back,
			...(more ? { more: MORE_NEW_WORDS } : {}),
			early
		});
		const progress = new Map([...due, ...aimed].map((card) => [card.id, card]));
		setup = { startedAt: now, ...planned, progress, answered: 0 };
		await clearSession(db);
	}
	const themes = new Map(decks.map((deck) => [deck.id, deck.theme]));
	const known = new Set([...studied].map((id) => cardIdentity(id)?.wordId ?? ''));
	const session = new StudySession({
		scope,
		cards,
		themes,
		settings,
		support,
		spelling,
		path,
		known,
		voiced: new Set(sounds.keys()),
		...setup
	});
	performance.measure('lieredh:queue', 'lieredh:queue-start');
	return {
		session,
		sounds,
		left: wordsLeft(cards, studied),
		forms: practice.forms,
		...(status ? { homework: progressOfHomework(status) } : {})
	};
}

/** A session's forms cards, and the word forms of their decks (examples for the explanations). */
interface FormsPractice {
	cards: StudyCard[];
	forms: Map<string, DeckForms>;
}

/** Built-in decks by id: the only ones with word forms. */
function builtInById(decks: readonly Deck[]): Map<string, Deck> {
	return new Map(decks.filter((deck) => !isOwnDeckId(deck.id)).map((deck) => [deck.id, deck]));
}

/**
 * Up to `budget` form groups to open (forms/practice.ts, formsCards.ts): known nouns, verbs and
 * adjectives in the decks' order, read a few words at a time (both their cards, the groups they have
 * met) until the budget is found — a learner with a thousand known words does not wait for them all.
 * The word forms are read only when a word is known (day one asks for nothing), and only while they
 * can be had: offline, from what the service worker kept.
 */
async function formsToOpen(
	db: LieredhDb,
	decks: readonly Deck[],
	studied: ReadonlySet<string>,
	budget: number
): Promise<FormsPractice> {
	const found = new Map<string, DeckForms>();
	const cards: StudyCard[] = [];
	const candidates = [...builtInById(decks).values()].flatMap((deck) =>
		deck.cards
			.filter(
				(word) =>
					isInflected(word.pos) &&
					cardIdsOfWord(wordKeyOf(deck.id, word.id)).every((id) => studied.has(id)) &&
					// A word whose every group is open has nothing left to open.
					!PRACTICE_GROUPS[word.pos].every((group) => studied.has(formsCardId(deck.id, word.id, group)))
			)
			.map((word) => ({ deck, word }))
	);
	for (let at = 0; cards.length < budget && at < candidates.length; at += FORMS_LOOK_AHEAD) {
		const chunk = candidates.slice(at, at + FORMS_LOOK_AHEAD);
		const ids = chunk.flatMap(({ deck, word }) => [
			...cardIdsOfWord(wordKeyOf(deck.id, word.id)),
			...PRACTISED.map((group) => formsCardId(deck.id, word.id, group)).filter((id) => studied.has(id))
		]);
		const progress = await progressOf(db, ids);
		const ready = chunk.filter(({ deck, word }) =>
			cardIdsOfWord(wordKeyOf(deck.id, word.id)).every((id) => isKnownCard(progress.get(id)))
		);
		const readyDecks = [...new Set(ready.map(({ deck }) => deck))];
		const forms = await Promise.all(readyDecks.map((deck) => reachableForms(deck.id)));
		readyDecks.forEach((deck, k) => {
			const served = forms[k];
			if (!served) return;
			found.set(deck.id, served);
			const words = ready.filter((pick) => pick.deck === deck).map(({ word }) => word);
			const opening = formsCardsOf({ id: deck.id, cards: words }, served, (id) => progress.get(id));
			cards.push(...opening.filter((card) => !studied.has(card.id)));
		});
	}
	return { cards: cards.slice(0, budget), forms: found };
}

/** The forms cards met before that this session asks (due, or waiting in the saved queue). */
async function formsListed(decks: readonly Deck[], listed: readonly string[]): Promise<FormsPractice> {
	const byId = builtInById(decks);
	const wanted = listed.filter((id) => formsGroupOf(id) !== undefined && byId.has(id.split('/')[0]!));
	const deckIds = [...new Set(wanted.map((id) => id.split('/')[0]!))];
	const forms = new Map<string, DeckForms>();
	for (const [k, served] of (await Promise.all(deckIds.map(reachableForms))).entries())
		if (served) forms.set(deckIds[k]!, served);
	const cards = wanted.flatMap((id) => {
		const deck = byId.get(id.split('/')[0]!)!;
		const served = forms.get(deck.id);
		const card = served && formsCardById(deck, served, id);
		return card ? [card] : [];
	});
	return { cards, forms };
}

/** Two sets of forms cards as one, the word forms of both. */
function bothPractices(a: FormsPractice, b: FormsPractice): FormsPractice {
	return { cards: [...a.cards, ...b.cards], forms: new Map([...a.forms, ...b.forms]) };
}

/** An assignment's forms cards: each forms deck's group, for all its words (formsCards.ts, groupCardsOf). */
async function assignedForms(decks: readonly Deck[]): Promise<FormsPractice> {
	const found = new Map<string, DeckForms>();
	const cards: StudyCard[] = [];
	for (const deck of decks) {
		const group = deck.formsGroup;
		const forms = group ? await reachableForms(deck.id) : undefined;
		if (!group || !forms) continue;
		found.set(deck.id, forms);
		cards.push(...groupCardsOf(deck, forms, group));
	}
	return { cards, forms: found };
}

/** How many known words the study service reads at a time when it looks for form groups to open. */
const FORMS_LOOK_AHEAD = 24;

/** Every form group practised, of any part of speech. */
const PRACTISED: readonly string[] = [...new Set(Object.values(PRACTICE_GROUPS).flat())];

/** A deck's forms when they can be had now: fetched online, from the service worker's cache offline. */
async function reachableForms(deckId: string): Promise<DeckForms | undefined> {
	const url = `/forms/${encodeURIComponent(deckId)}.json`;
	const kept = typeof caches === 'undefined' ? undefined : await caches.match(url).catch(() => undefined);
	if (!kept && typeof navigator !== 'undefined' && !navigator.onLine) return undefined;
	return loadDeckForms(deckId).catch(() => undefined);
}

/**
 * An assignment's cards still short of its goal and worth an answer tonight: below a recall goal on the
 * due date, or for a "typed" goal the production cards of words not written right yet.
 */
async function aimedIn(
	db: LieredhDb,
	status: AssignmentStatus,
	studied: readonly { id: string }[],
	retention: number,
	now: number
): Promise<CardProgress[]> {
	const { goal, due } = status.entry.assignment;
	const progress = await progressOf(
		db,
		studied.map((card) => card.id)
	);
	const ids = aimedCards([...progress.values()], {
		dueAt: dueMoment(due),
		target: goal.kind === 'recall' ? goal.target : 0,
		now,
		retention,
		...(goal.kind === 'typed'
			? { written: new Set(status.words.filter((word) => word.typed).map((word) => word.key)) }
			: {})
	});
	return ids.map((id) => progress.get(id)!);
}

/** The recordings of every word of these decks: served ones and those kept on the device. */
async function soundsOfDecks(
	db: LieredhDb,
	decks: readonly Deck[],
	area: string
): Promise<Map<string, Sound[]>> {
	const kept = await keptSounds(
		db,
		decks.map((deck) => deck.id)
	);
	const sounds = new Map<string, Sound[]>();
	for (const deck of decks) {
		for (const card of deck.cards) {
			const key = wordKeyOf(deck.id, card.id);
			const all = soundsOf(card.audio, kept.get(key) ?? [], area);
			if (all.length) sounds.set(key, all);
		}
	}
	return sounds;
}

/** The current new word was introduced: the open session remembers it (not stored is not lost: shown again). */
export async function saveMeeting(session: StudySession): Promise<void> {
	const saved = session.meet();
	if (!saved) return;
	try {
		await storeSession(database(), saved);
	} catch (error) {
		console.warn(error);
	}
}

/** Stores one answer (progress, log row, the session to resume) and then lets the session move on. */
export async function saveAnswer(session: StudySession, step: Step): Promise<Saved<Answered>> {
	try {
		const rowId = await recordAnswer(database(), step.progress, step.row, step.saved);
		return { ok: true, value: session.commit(step, rowId) };
	} catch (error) {
		// Nothing was written (one transaction): the same card stays, so the answer can be given again.
		console.warn(error);
		return { ok: false, problem: isQuotaError(error) ? 'full' : 'failed' };
	}
}

/** "I was right", stored: the last answer becomes Good. Undefined when the rule does not allow it. */
export async function saveOverrule(
	session: StudySession,
	now = Date.now()
): Promise<Saved<Answered> | undefined> {
	const step = session.overrule(now);
	if (!step) return undefined;
	try {
		await overruleAnswer(database(), step.rowId, step.progress, step.rating, step.saved);
		return { ok: true, value: session.commitOverrule(step)! };
	} catch (error) {
		console.warn(error);
		return { ok: false, problem: isQuotaError(error) ? 'full' : 'failed' };
	}
}

/** Takes back the newest answer of this session. False when there is none to take back. */
export async function undoAnswer(session: StudySession): Promise<boolean> {
	let saved;
	const undone = await undoLastAnswer(
		database(),
		session.startedAt,
		(row) => (saved = session.savedAfterUndo(row))
	);
	if (!undone || !saved) return false;
	session.commitUndo(undone, saved);
	return true;
}

export interface Finished {
	summary: SessionSummary;
	/** When the next card of the session's decks comes due (null when none will). */
	nextDue: number | null;
	/** Words the learner knows now, in all decks: answered right more often than missed. */
	knownWords: number;
	/** Days in a row with answers, today included. */
	streak: number;
	/** What the session's decks still hold. */
	left: WordsLeft;
	/** The words missed in the session, to show with their meaning and picture. */
	missed: Card[];
	/** Homework: where it stands after the session. */
	homework?: HomeworkProgress;
}

/** The session is over: it is no longer resumed, and the browser is asked to keep the data. */
export async function finishSession(session: StudySession, now = Date.now()): Promise<Finished> {
	const db = database();
	await clearSession(db);
	// A finished session is worth keeping: ask the browser not to evict it (it may decide silently).
	void keepStorage().catch(() => undefined);
	const deckIds = session.deckIds;
	const [rows, nextDue, knownWords, times, studied] = await Promise.all([
		answersSince(db, session.startedAt),
		nextDueIn(db, deckIds, now),
		countKnownWords(db),
		answerTimesSince(db, addDays(now, -60)),
		studiedIn(db, deckIds)
	]);
	const summary = summarize(rows);
	const status = await statusOfScope(session.scope, now);
	const homework = status && progressOfHomework(status);
	const words = new Map(session.cards.map((card) => [wordKeyOf(card.deckId, card.word.id), card.word]));
	return {
		summary,
		missed: summary.missed.flatMap((key) => words.get(key) ?? []),
		...(homework ? { homework } : {}),
		nextDue,
		knownWords,
		streak: streak(times, now),
		left: wordsLeft(session.cards, studied)
	};
}
