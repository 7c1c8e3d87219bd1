/**
 * A voice: one speaker's recordings of deck words, with who they are and on what terms they are
 * shared. The same layout everywhere: a folder in lessons/voices/<voice-id>/, served at
 * /voices/<voice-id>/…, and a voice pack (one zip) a teacher exports and a learner imports:
 *
 *     voice.json                       { speaker, area, licence, recorded }
 *     <deck-id>/<card-id>.<ext>        one take per card (ogg, opus, webm, m4a, mp3 or wav)
 *
 * Sound is people's: every recording carries its speaker's name as they want it shown and the
 * licence they chose. Nothing here makes or borrows a sound.
 */
import { isCleanText } from '$lib/classes/protocol';

export interface Voice {
	/** The speaker's name, as they want it shown. */
	speaker: string;
	/** Where their South Sami is from: "no" (Norway), "se" (Sweden), or their own words. */
	area: string;
	/** The licence the speaker chose, e.g. "CC BY 4.0". */
	licence: string;
	/** When it was recorded (YYYY-MM-DD). */
	recorded: string;
}

/** What a served card says about each recording of it (the deck JSON's `audio`, format 1). */
export interface CardAudio {
	voice: string;
	/** Same-origin: /voices/<voice>/<deck>/<card>.<ext>. */
	url: string;
	speaker: string;
	/** The voice's area, so a learner's own area plays first. */
	area: string;
}

/** The licences the studio offers: open ones, so a school may share the recordings on. */
export const LICENCES = ['CC BY 4.0', 'CC BY-SA 4.0', 'CC0 1.0'] as const;

export const AUDIO_TYPES = {
	ogg: 'audio/ogg',
	opus: 'audio/ogg',
	webm: 'audio/webm',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	wav: 'audio/wav'
} as const;
export type AudioExtension = keyof typeof AUDIO_TYPES;

/** One take: a word said slowly is a second or two; 1 MiB is 30 s of WAV at 16 kHz. */
export const MAX_TAKE_BYTES = 1024 * 1024;
/** A whole pack: a big deck of 500 words in WAV still fits. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;
export const MAX_PACK_FILES = 2000;

const ID = '[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?';
const TAKE_PATH = new RegExp(`^(${ID})/(${ID})\\.(ogg|opus|webm|m4a|mp3|wav)$`);
export const VOICE_ID = new RegExp(`^${ID}$`);

export interface TakePath {
	deckId: string;
	cardId: string;
	extension: AudioExtension;
}

/** A take's place in a voice, or `undefined` for anything else (`..`, absolute paths, other files). */
export function takePath(path: string): TakePath | undefined {
	const match = TAKE_PATH.exec(path);
	if (!match) return undefined;
	return { deckId: match[1]!, cardId: match[2]!, extension: match[3] as AudioExtension };
}

export const takeFile = ({ deckId, cardId, extension }: TakePath) => `${deckId}/${cardId}.${extension}`;

/** The extension a recording of this MIME type is saved under. */
export function extensionOf(type: string): AudioExtension | undefined {
	const base = type.split(';')[0]!.trim().toLowerCase();
	if (base === 'audio/ogg' || base === 'audio/opus') return 'ogg';
	if (base === 'audio/webm' || base === 'video/webm') return 'webm';
	if (base === 'audio/mp4' || base === 'audio/aac' || base === 'audio/x-m4a' || base === 'video/mp4')
		return 'm4a';
	if (base === 'audio/mpeg' || base === 'audio/mp3') return 'mp3';
	if (base === 'audio/wav' || base === 'audio/wave' || base === 'audio/x-wav') return 'wav';
	return undefined;
}

/** Which container the bytes really are (a renamed picture is not a recording). */
export function sniffAudio(bytes: Uint8Array): AudioExtension | undefined {
	const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	if (bytes.length < 12) return undefined;
	if (ascii(0, 4) === 'OggS') return 'ogg';
	if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
	if (ascii(4, 8) === 'ftyp') return 'm4a';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
	if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0)) return 'mp3';
	return undefined;
}

/** True when the bytes are the kind of file the extension says (ogg and opus are one container). */
export function contentMatches(extension: AudioExtension, bytes: Uint8Array): boolean {
	const sniffed = sniffAudio(bytes);
	return sniffed === (extension === 'opus' ? 'ogg' : extension);
}

export type VoiceProblem = 'speaker' | 'area' | 'licence' | 'recorded';

const text = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.trim().length > 0 && value.length <= max && isCleanText(value);

/** A voice.json read from outside: the voice, or the first field that is wrong. */
export function readVoice(value: unknown): { ok: true; voice: Voice } | { ok: false; problem: VoiceProblem } {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	if (!text(raw.speaker, 80)) return { ok: false, problem: 'speaker' };
	if (!text(raw.area, 40)) return { ok: false, problem: 'area' };
	if (!text(raw.licence, 60)) return { ok: false, problem: 'licence' };
	if (typeof raw.recorded !== 'string' || !isDate(raw.recorded)) return { ok: false, problem: 'recorded' };
	return {
		ok: true,
		voice: {
			speaker: raw.speaker.normalize('NFC').trim(),
			area: raw.area.trim(),
			licence: raw.licence.trim(),
			recorded: raw.recorded
		}
	};
}

function isDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A voice's id from its speaker and date, for a pack that names none: "ella-sara-2026-12-06". */
export function voiceIdFor(voice: Voice): string {
	const name = voice.speaker
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/[øö]/g, 'o')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40)
		.replace(/-$/, '');
	return `${name || 'voice'}-${voice.recorded}`;
}

/** A learner's spelling profile names their area: Norway's recordings first for a learner in Norway. */
export function areaOfProfile(profile: 'norway' | 'sweden'): 'no' | 'se' {
	return profile === 'sweden' ? 'se' : 'no';
}

/** Recordings of one word in the order they play: the learner's area first, then as given. */
export function inPlayingOrder<T extends { area: string }>(sounds: readonly T[], area: string): T[] {
	return [...sounds.filter((sound) => sound.area === area), ...sounds.filter((sound) => sound.area !== area)];
}

/** One recording of a word as the app plays it: a served file or one kept on the device. */
export interface Sound {
	voice: string;
	speaker: string;
	area: string;
	src: string | Blob;
}

/** The teacher's own voice on this device, as they described it in the studio. */
export interface MyVoice extends Voice {
	/** The speaker agreed that the recordings may be shared under the licence (said on screen). */
	consent: boolean;
}

/** The id under which a device's own recordings travel (in a pack, to a class). */
export const MY_VOICE = 'mine';

/** Every recording of a word, the built-in ones as served and the device's own, in playing order. */
export function soundsOf(
	served: readonly CardAudio[] | undefined,
	kept: readonly Sound[],
	area: string
): Sound[] {
	const fromServer = (served ?? []).map(({ voice, url, speaker, area }) => ({
		voice,
		speaker,
		area,
		src: url
	}));
	return inPlayingOrder([...kept, ...fromServer], area);
}
