/**
 * The built-in voices: lessons/voices/<voice-id>/ (voice.json and <deck-id>/<card-id>.<ext>), read at
 * build time. Every file is checked (the manifest, the path, that the bytes are the audio their name
 * says, the size, that the deck and card exist): a broken voice stops the build with every problem
 * listed, as a broken deck does. LIEREDH_VOICES_DIR points the build elsewhere (the tests build a
 * voiced copy from generated tones; those are never shipped).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
	AUDIO_TYPES,
	contentMatches,
	MAX_TAKE_BYTES,
	readVoice,
	takePath,
	VOICE_ID,
	type AudioExtension,
	type CardAudio,
	type Voice
} from '$lib/sound/voice';

export interface BuiltInVoice extends Voice {
	id: string;
	/** `<deck-id>/<card-id>.<ext>` of every take. */
	files: string[];
}

export function voicesDir(): string {
	return process.env.LIEREDH_VOICES_DIR || join(process.cwd(), 'lessons', 'voices');
}

let voices: BuiltInVoice[] | undefined;

/**
 * Every voice, checked against the decks' cards (`cardsOf(deckId)` gives a deck's card ids, undefined
 * for a deck that does not exist).
 */
export function builtInVoices(cardsOf: (deckId: string) => ReadonlySet<string> | undefined): BuiltInVoice[] {
	if (voices) return voices;
	const root = voicesDir();
	const problems: string[] = [];
	const found: BuiltInVoice[] = [];
	const folders = existsSync(root)
		? readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory())
		: [];
	for (const id of folders.sort()) {
		const where = `lessons/voices/${id}`;
		if (!VOICE_ID.test(id)) problems.push(`${where}: the folder name is not a voice id (a-z, 0-9, -)`);
		let manifest: unknown;
		try {
			manifest = JSON.parse(readFileSync(join(root, id, 'voice.json'), 'utf8'));
		} catch {
			problems.push(`${where}/voice.json: missing or not JSON`);
			continue;
		}
		const read = readVoice(manifest);
		if (!read.ok) {
			problems.push(`${where}/voice.json: ${read.problem} is missing or wrong`);
			continue;
		}
		const files: string[] = [];
		for (const deckId of readdirSync(join(root, id))) {
			if (deckId === 'voice.json' || deckId.startsWith('.') || /\.(md|txt)$/.test(deckId)) continue;
			const deckDir = join(root, id, deckId);
			if (!statSync(deckDir).isDirectory()) {
				problems.push(`${where}/${deckId}: not a deck folder`);
				continue;
			}
			const cards = cardsOf(deckId);
			if (!cards) problems.push(`${where}/${deckId}: no deck has this id`);
			for (const file of readdirSync(deckDir)) {
				const path = takePath(`${deckId}/${file}`);
				const bytes = readFileSync(join(deckDir, file));
				if (!path) problems.push(`${where}/${deckId}/${file}: not <card-id>.<ogg|opus|webm|m4a|mp3|wav>`);
				else if (cards && !cards.has(path.cardId))
					problems.push(`${where}/${deckId}/${file}: the deck has no card ${path.cardId}`);
				else if (bytes.length > MAX_TAKE_BYTES)
					problems.push(`${where}/${deckId}/${file}: larger than 1 MiB`);
				else if (!contentMatches(path.extension, bytes))
					problems.push(`${where}/${deckId}/${file}: not ${path.extension} audio`);
				else files.push(`${deckId}/${file}`);
			}
		}
		found.push({ id, ...read.voice, files: files.sort() });
	}
	if (problems.length)
		throw new Error(`Voices that need a look:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	voices = found;
	return voices;
}

/** What each card of a deck has been recorded as, keyed by card id, in the voices' order. */
export function audioOfDeck(all: readonly BuiltInVoice[], deckId: string): Map<string, CardAudio[]> {
	const byCard = new Map<string, CardAudio[]>();
	for (const voice of all) {
		for (const file of voice.files) {
			const path = takePath(file)!;
			if (path.deckId !== deckId) continue;
			const list = byCard.get(path.cardId) ?? [];
			list.push({
				voice: voice.id,
				url: `/voices/${voice.id}/${file}`,
				speaker: voice.speaker,
				area: voice.area
			});
			byCard.set(path.cardId, list);
		}
	}
	return byCard;
}

/** A take's bytes and type, for the served route (only files the checks above accepted). */
export function voiceFile(
	all: readonly BuiltInVoice[],
	voiceId: string,
	file: string
): { bytes: Uint8Array; type: string } | undefined {
	const voice = all.find((v) => v.id === voiceId);
	if (!voice || !voice.files.includes(file)) return undefined;
	const extension = file.split('.').pop() as AudioExtension;
	return { bytes: readFileSync(join(voicesDir(), voiceId, file)), type: AUDIO_TYPES[extension] };
}
