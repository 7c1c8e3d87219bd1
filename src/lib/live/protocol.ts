/**
 * The live game's requests, as the class API reads them (strict schemas: anything else is refused
 * before the database is asked).
 */
import * as v from 'valibot';
import { ID, NICK_MAX, plain } from '$lib/classes/protocol';
import { MAX_QUESTIONS, SECONDS_CHOICES } from './game';

/** `deckId/wordId`: a word of a built-in deck. */
/** Own decks one game may bring (an assignment's few). */
export const MAX_OWN_DECKS = 5;

const WORD_KEY = v.pipe(v.string(), v.maxLength(140), v.regex(/^[a-z0-9-]+\/[A-Za-z0-9_-]+$/));

export const CreateLive = v.strictObject({
	title: plain(100),
	words: v.pipe(v.array(WORD_KEY), v.minLength(1), v.maxLength(MAX_QUESTIONS)),
	seconds: v.picklist(SECONDS_CHOICES),
	teams: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6), v.notValue(1)),
	ranking: v.boolean(),
	/**
	 * The teacher's own decks the words come from (the class service knows only the built-in ones):
	 * read whole by the own-deck reader (teach/ownDeck.ts) on the server, as any deck from outside.
	 */
	decks: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_OWN_DECKS)))
});

/**
 * The device's clock minus the server's (ms), as the device measured it against `serverTime` (events.ts,
 * clockOffset): lateness is judged with it. Bounded: a device a day off is a device with a wrong clock.
 */
const OFFSET = v.pipe(v.number(), v.integer(), v.minValue(-86_400_000), v.maxValue(86_400_000));

/** A guest's nickname (a member of the class plays under their class nickname), and the device's offset. */
export const JoinLive = v.strictObject({ nick: v.optional(plain(NICK_MAX)), offset: v.optional(OFFSET) });

/** Back after a reload or a dropped connection: the offset measured anew. */
export const RejoinLive = v.strictObject({ offset: v.optional(OFFSET) });

export const AnswerLive = v.strictObject({
	question: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_QUESTIONS - 1)),
	option: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
	answeredAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15))
});

export const ControlLive = v.strictObject({
	action: v.picklist(['next', 'pause', 'resume', 'reveal', 'end', 'remove']),
	player: v.optional(v.pipe(v.string(), v.regex(ID)))
});

export interface CreatedLive {
	code: string;
	/** The projector's token (kept on the teacher's device; the server keeps its hash). */
	token: string;
}

export interface JoinedLive {
	player: string;
	token: string;
	/** The server's clock when it answered: the device measures its offset from it. */
	serverTime: number;
}
