/**
 * Voices for screens: the speaker's own takes (the studio), other people's voices from a pack, and
 * what a session plays. Packs are checked whole (sound/pack.ts) and then matched against the decks this
 * device has, before one take is written.
 */
import { database } from '$lib/db/database';
import { isQuotaError } from '$lib/db/errors';
import { deleteRecording, ownDeck, recordingsOf, saveRecording } from '$lib/db/teaching';
import {
	keepTry,
	keepVoicePack,
	keptSounds,
	keptVoices,
	myVoice,
	removeVoice,
	saveMyVoice
} from '$lib/db/voices';
import { loadBuiltInDeck, loadIndex } from '$lib/decks/library';
import type { Deck } from '$lib/decks/deck';
import { isOwnDeckId } from '$lib/teach/ownDeck';
import { fromBase64 } from '$lib/data/base64';
import type { ClassVoice } from '$lib/classes/protocol';
import { call } from './classApi';
import { readPack, writePack, type PackProblem, type PackTake, type VoicePack } from '$lib/sound/pack';
import { extensionOf, MY_VOICE, voiceIdFor, type MyVoice, type Sound } from '$lib/sound/voice';

export type { MyVoice, Sound };

export function speakerOnDevice(): Promise<MyVoice | undefined> {
	return myVoice(database());
}

export function describeSpeaker(voice: MyVoice): Promise<void> {
	return saveMyVoice(database(), voice);
}

/** A deck the studio can record: built-in or the teacher's own. */
export async function deckToRecord(id: string): Promise<Deck | undefined> {
	return isOwnDeckId(id) ? ownDeck(database(), id) : loadBuiltInDeck(id);
}

/** The speaker's takes of one deck, by card id. */
export function takesOf(deckId: string): Promise<Map<string, Blob>> {
	return recordingsOf(database(), deckId);
}

/** Keeps a take on the device (replacing the card's earlier take). */
export function keepTake(deckId: string, cardId: string, take: Blob): Promise<void> {
	return saveRecording(database(), deckId, cardId, take);
}

export function dropTake(deckId: string, cardId: string): Promise<void> {
	return deleteRecording(database(), deckId, cardId);
}

/** Everything kept on this device for these decks, by word key, the speaker's own first. */
export function soundsKept(deckIds: readonly string[]): Promise<Map<string, Sound[]>> {
	return keptSounds(database(), deckIds);
}

export function voicesOnDevice() {
	return keptVoices(database());
}

export function forgetVoice(id: string): Promise<void> {
	return removeVoice(database(), id);
}

export type PackExport =
	| { ok: true; file: Blob; name: string; words: number }
	| { ok: false; problem: 'no-speaker' | 'no-consent' | 'nothing' };

/**
 * The speaker's takes of these decks as a voice pack. Only with the speaker named, a licence chosen and
 * their consent given: a recording is never shared without them.
 */
export async function exportMyVoice(deckIds: readonly string[]): Promise<PackExport> {
	const made = await myPack(deckIds);
	if (!made.ok) return made;
	const zip = writePack(made.pack);
	return {
		ok: true,
		file: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
		name: `${made.pack.id}.zip`,
		words: made.pack.takes.length
	};
}

/**
 * The speaker's takes of these decks as a pack (the id names the speaker and date; `suffix`, the deck,
 * for a class that gets a pack per deck). Refused without a name, a licence and consent.
 */
export async function myPack(
	deckIds: readonly string[],
	suffix?: string
): Promise<{ ok: true; pack: VoicePack } | { ok: false; problem: 'no-speaker' | 'no-consent' | 'nothing' }> {
	const voice = await myVoice(database());
	if (!voice?.speaker) return { ok: false, problem: 'no-speaker' };
	if (!voice.consent) return { ok: false, problem: 'no-consent' };
	const takes: PackTake[] = [];
	for (const deckId of deckIds) {
		for (const [cardId, blob] of await recordingsOf(database(), deckId)) {
			const extension = extensionOf(blob.type);
			if (!extension) continue;
			takes.push({ deckId, cardId, extension, bytes: new Uint8Array(await blob.arrayBuffer()) });
		}
	}
	if (!takes.length) return { ok: false, problem: 'nothing' };
	const described = {
		speaker: voice.speaker,
		area: voice.area,
		licence: voice.licence,
		recorded: voice.recorded
	};
	const id = suffix ? `${voiceIdFor(described)}-${suffix}` : voiceIdFor(described);
	return { ok: true, pack: { id, voice: described, takes } };
}

export type PackImport =
	| { ok: true; speaker: string; words: number; leftOut: number }
	| { ok: false; problem: PackProblem | { code: 'no-decks' } | { code: 'mine' } | { code: 'full' } };

/** A deck's card ids on this device (built-in or own), or undefined when the device lacks it. */
async function cardIdsOf(deckId: string, builtIn: ReadonlySet<string>): Promise<Set<string> | undefined> {
	const deck = isOwnDeckId(deckId)
		? await ownDeck(database(), deckId)
		: builtIn.has(deckId)
			? await loadBuiltInDeck(deckId)
			: undefined;
	return deck && new Set(deck.cards.map((card) => card.id));
}

/**
 * Imports a pack: checked whole, then only the takes of cards this device has are kept (a pack for
 * decks it lacks stores nothing and says so). Re-importing a voice replaces it.
 */
export async function importVoicePack(file: Blob, now = Date.now()): Promise<PackImport> {
	const read = readPack(new Uint8Array(await file.arrayBuffer()));
	if (!read.ok) return read;
	const { pack } = read;
	if (pack.id === MY_VOICE) return { ok: false, problem: { code: 'mine' } };
	const builtIn = new Set((await loadIndex()).decks.map((deck) => deck.id));
	const decks = new Map<string, Set<string> | undefined>();
	for (const deckId of new Set(pack.takes.map((take) => take.deckId)))
		decks.set(deckId, await cardIdsOf(deckId, builtIn));
	const takes = pack.takes.filter((take) => decks.get(take.deckId)?.has(take.cardId));
	if (!takes.length) return { ok: false, problem: { code: 'no-decks' } };
	try {
		// One transaction: a device that fills up keeps none of the pack, not half of it.
		await keepVoicePack(database(), { ...pack, takes }, 'pack', now);
	} catch (error) {
		if (isQuotaError(error)) return { ok: false, problem: { code: 'full' } };
		throw error;
	}
	return {
		ok: true,
		speaker: pack.voice.speaker,
		words: takes.length,
		leftOut: pack.takes.length - takes.length
	};
}

/**
 * A pupil's device and the class's voices (as the class view lists them, so a sync with nothing new
 * makes no request for them): packs the class has that this device lacks (or has an older copy of) are fetched, checked whole and kept; class voices the class no longer has are removed.
 * Voices are a bonus: a failure leaves what is here and is tried again on the next sync.
 */
export async function syncClassVoices(token: string, voices: readonly ClassVoice[]): Promise<void> {
	const db = database();
	// A class voice's `added` is the class's time for that pack: a newer one replaces it.
	const here = new Map(
		(await db.voices.toArray()).filter((v) => v.source === 'class').map((v) => [v.id, v.added])
	);
	for (const voice of voices) {
		if (here.get(voice.id) === voice.updated) continue;
		const fetched = await call<{ pack: string }>('GET', `/pupil/voices/${encodeURIComponent(voice.id)}`, {
			secret: token
		});
		if (!fetched.ok) return;
		let bytes: Uint8Array;
		try {
			bytes = fromBase64(fetched.value.pack);
		} catch {
			continue;
		}
		const read = readPack(bytes);
		if (read.ok && read.pack.id === voice.id) await keepVoicePack(db, read.pack, 'class', voice.updated);
	}
	const kept = new Set(voices.map((voice) => voice.id));
	for (const id of here.keys()) if (!kept.has(id)) await removeVoice(db, id);
}

/** A learner's own try at saying a word, kept on this device (nothing is scored or sent). */
export function keepMyTry(wordKey: string, audio: Blob, now = Date.now()): Promise<void> {
	return keepTry(database(), wordKey, audio, now);
}
