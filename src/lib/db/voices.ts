/**
 * Voices on this device: the speaker's own recordings (the studio and the deck editor keep them in
 * `recordings`, with how the speaker wants to be named in a setting) and other people's voices from a
 * pack or the class (`voices` and `voiceTakes`). Nothing here leaves the device unless the speaker
 * exports or publishes it.
 */
import { wordKeyOf } from '$lib/study/records';
import { MY_VOICE, type MyVoice, type Sound } from '$lib/sound/voice';
import type { VoicePack } from '$lib/sound/pack';
import { AUDIO_TYPES } from '$lib/sound/voice';
import type { LieredhDb, VoiceRow } from './database';

const MY_VOICE_KEY = 'voice:mine';

export async function myVoice(db: LieredhDb): Promise<MyVoice | undefined> {
	return (await db.settings.get(MY_VOICE_KEY))?.value as MyVoice | undefined;
}

export async function saveMyVoice(db: LieredhDb, voice: MyVoice): Promise<void> {
	await db.settings.put({ key: MY_VOICE_KEY, value: voice });
}

/** A pack stored whole, replacing an earlier import of the same voice: all its takes, or none. */
export async function keepVoicePack(
	db: LieredhDb,
	pack: VoicePack,
	source: VoiceRow['source'],
	now: number
): Promise<void> {
	await db.transaction('rw', db.voices, db.voiceTakes, async () => {
		await db.voiceTakes.where('voiceId').equals(pack.id).delete();
		await db.voices.put({ id: pack.id, ...pack.voice, source, added: now });
		await db.voiceTakes.bulkPut(
			pack.takes.map((take) => ({
				id: `${pack.id}/${take.deckId}/${take.cardId}`,
				voiceId: pack.id,
				deckId: take.deckId,
				cardId: take.cardId,
				audio: new Blob([take.bytes as Uint8Array<ArrayBuffer>], { type: AUDIO_TYPES[take.extension] })
			}))
		);
	});
}

export async function removeVoice(db: LieredhDb, id: string): Promise<void> {
	await db.transaction('rw', db.voices, db.voiceTakes, async () => {
		await db.voices.delete(id);
		await db.voiceTakes.where('voiceId').equals(id).delete();
	});
}

/** Other people's voices on this device, with how many words each has. */
export async function keptVoices(db: LieredhDb): Promise<(VoiceRow & { words: number })[]> {
	const voices = await db.voices.toArray();
	return Promise.all(
		voices.map(async (voice) => ({
			...voice,
			words: await db.voiceTakes.where('voiceId').equals(voice.id).count()
		}))
	);
}

/**
 * The recordings kept on this device for these decks, by word key (`deck/word`): the speaker's own
 * first (a teacher hears what they recorded), then other voices.
 */
export async function keptSounds(db: LieredhDb, deckIds: readonly string[]): Promise<Map<string, Sound[]>> {
	const sounds = new Map<string, Sound[]>();
	const add = (key: string, sound: Sound) => sounds.set(key, [...(sounds.get(key) ?? []), sound]);
	const [mine, takes, voices] = await Promise.all([
		myVoice(db),
		db.voiceTakes.where('deckId').anyOf(deckIds).toArray(),
		db.voices.toArray()
	]);
	const own = await db.recordings.where('deckId').anyOf(deckIds).toArray();
	for (const row of own) {
		add(row.id, { voice: MY_VOICE, speaker: mine?.speaker ?? '', area: mine?.area ?? '', src: row.audio });
	}
	const byId = new Map(voices.map((voice) => [voice.id, voice]));
	for (const take of takes) {
		const voice = byId.get(take.voiceId);
		if (!voice) continue;
		add(wordKeyOf(take.deckId, take.cardId), {
			voice: voice.id,
			speaker: voice.speaker,
			area: voice.area,
			src: take.audio
		});
	}
	return sounds;
}

/** A learner's own try at a word, kept (replacing the last one kept). */
export async function keepTry(db: LieredhDb, wordKey: string, audio: Blob, now: number): Promise<void> {
	await db.tries.put({ id: wordKey, at: now, audio });
}
