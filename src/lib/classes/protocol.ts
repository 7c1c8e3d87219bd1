/**
 * The online-class API between the app and its server: what each request may carry (checked by schema
 * on the server before anything else happens), what each answer holds, and the error codes the app
 * turns into messages in the learner's language. Shared by both sides; pure.
 */
import * as v from 'valibot';

/** Every way a request can fail, with its HTTP status. The body is `{ "error": code }`. */
export const API_ERRORS = {
	'bad-request': 400,
	token: 401,
	key: 403,
	origin: 403,
	'not-found': 404,
	'join-code': 404,
	method: 405,
	'nick-taken': 409,
	'class-full': 409,
	// The live class game (#27): its code is useless once it ended; an answer once, and in time.
	'game-over': 410,
	'game-full': 409,
	answered: 409,
	late: 409,
	'not-now': 409,
	// Too few words of one kind to give every question four options.
	'too-few-words': 422,
	'too-large': 413,
	unsupported: 415,
	'rate-limited': 429,
	unavailable: 503
} as const;
export type ApiError = keyof typeof API_ERRORS;

export function isApiError(value: unknown): value is ApiError {
	return typeof value === 'string' && Object.hasOwn(API_ERRORS, value);
}

/** The largest body any request may have: an assignment link with a 500-word own deck fits. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * One deck's voice pack for a class, base64 in JSON: some 80 one-second takes in Opus. Under
 * adapter-node's default BODY_SIZE_LIMIT (512K), so the server needs no setting for it.
 */
export const MAX_VOICE_BODY_BYTES = 480 * 1024;
/** What one class may hold in voices: a pack per deck and speaker, 8 MiB in all. */
export const MAX_CLASS_VOICE_BYTES = 8 * 1024 * 1024;
export const MAX_CLASS_VOICES = 40;
/** The API paths whose bodies are voice packs (the larger limit applies to them only). */
export const isVoicePath = (path: string) => /^\/classes\/[^/]+\/voices\/[^/]+$/.test(path);

/**
 * Characters no text from outside may hold: controls (NUL among them), every direction control
 * (U+061C as much as U+200F) and every default-ignorable one (zero-width space, soft hyphen, word joiner…),
 * which would let "Sara" and "Sa\u00ADra" join one class as two pupils who read the same.
 */
const HIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;

/** True for text that is well-formed Unicode (no lone surrogate) with nothing hidden in it. */
export function isCleanText(text: string): boolean {
	return text.isWellFormed() && !HIDDEN.test(text);
}

// Names and nicknames are shown to other people: clean text, NFC (Å typed as A and a ring is Å), trimmed.
export const plain = (max: number) =>
	v.pipe(
		v.string(),
		v.check(isCleanText),
		v.transform((text) => text.normalize('NFC')),
		v.trim(),
		v.minLength(1),
		v.maxLength(max)
	);

/**
 * What makes two nicknames one pupil, computed here so that PGlite and a PostgreSQL of any locale agree
 * (PostgreSQL's lower() folds Ø only in some): NFC, then lower case.
 */
export function nickKey(nick: string): string {
	return nick.normalize('NFC').toLowerCase();
}

export const NICK_MAX = 30;
export const CLASS_NAME_MAX = 60;

export const CreateClass = v.strictObject({ name: plain(CLASS_NAME_MAX) });
export const ChangeJoinCode = v.strictObject({ open: v.boolean() });
export const Join = v.strictObject({ code: v.pipe(v.string(), v.maxLength(40)), nick: plain(NICK_MAX) });
export const SendAssignment = v.strictObject({
	code: v.pipe(v.string(), v.maxLength(MAX_BODY_BYTES), v.regex(/^A1\.[A-Za-z0-9_.-]+$/))
});
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const RESULT_WORD = [
	v.pipe(v.string(), v.minLength(1), v.maxLength(140), v.check(isCleanText)),
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	v.picklist([0, 1])
] as const;
const ANSWERS = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
export const SendResult = v.strictObject({
	words: v.pipe(
		// [word, recall %, typed right, answers]: the answers are optional (older apps send three).
		v.array(v.union([v.tuple(RESULT_WORD), v.tuple([...RESULT_WORD, ANSWERS])])),
		v.maxLength(1000)
	),
	done: v.nullable(time),
	at: time
});

export type ResultBody = v.InferOutput<typeof SendResult>;

export const SendVoice = v.strictObject({
	pack: v.pipe(v.string(), v.maxLength(MAX_VOICE_BODY_BYTES), v.regex(/^[A-Za-z0-9+/]+={0,2}$/))
});

/** A voice a class has, as a pupil's device lists it (the pack itself is fetched when it changed). */
export interface ClassVoice {
	id: string;
	speaker: string;
	bytes: number;
	updated: number;
}

/** Ids and secrets the server makes: base64url of 16 (ids) or 32 (keys, tokens) random bytes. */
export const ID = /^[A-Za-z0-9_-]{22}$/;
export const SECRET = /^[A-Za-z0-9_-]{43}$/;
export const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{6,30}$/;

// Answers

export interface CreatedClass {
	id: string;
	name: string;
	/** Shown once, kept on the teacher's device; the server keeps only its hash. */
	key: string;
	joinCode: string;
}

export interface ClassPupil {
	id: string;
	nick: string;
	joined: number;
}

export interface ClassAssignment {
	id: string;
	title: string;
	due: string;
	sent: number;
}

export interface ClassView {
	id: string;
	name: string;
	/** Null while joining is closed. */
	joinCode: string | null;
	pupils: ClassPupil[];
	assignments: ClassAssignment[];
}

export interface ClassResult {
	pupil: string;
	nick: string;
	words: ResultBody['words'];
	done: number | null;
	at: number;
}

export interface Joined {
	className: string;
	pupil: ClassPupil;
	/** The device's proof of being this pupil; the server keeps only its hash. */
	token: string;
}

export interface PupilView {
	className: string;
	nick: string;
	/** The assignments of the class, each as the code its link carries. */
	assignments: { id: string; code: string }[];
	/** The teacher's voice packs for the class (absent from older servers): fetched when new or changed. */
	voices?: ClassVoice[];
}

// The teacher's recovery code: the class id and its key, on paper.

export function recoveryCode(id: string, key: string): string {
	return `L1.${id}.${key}`;
}

export function readRecoveryCode(text: string): { id: string; key: string } | undefined {
	const match = /L1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})/.exec(text.replace(/\s+/g, ''));
	return match ? { id: match[1]!, key: match[2]! } : undefined;
}
