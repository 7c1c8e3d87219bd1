/**
 * A voice pack: one voice's layout (voice.json and <deck-id>/<card-id>.<ext>) in one zip file, to
 * share recordings with a colleague or a class. Read from outside, so it is checked whole (types,
 * sizes, paths, the manifest) before the caller writes anything: a bad pack stores nothing.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import {
	contentMatches,
	MAX_PACK_BYTES,
	MAX_PACK_FILES,
	MAX_TAKE_BYTES,
	readVoice,
	takeFile,
	takePath,
	VOICE_ID,
	voiceIdFor,
	type AudioExtension,
	type Voice,
	type VoiceProblem
} from './voice';

export interface PackTake {
	deckId: string;
	cardId: string;
	extension: AudioExtension;
	bytes: Uint8Array;
}

export interface VoicePack {
	/** Stable across exports of the same speaker's session, so a re-import replaces, not doubles. */
	id: string;
	voice: Voice;
	takes: PackTake[];
}

/** The zip (stored, not deflated: Opus and AAC do not compress further). */
export function writePack({ id, voice, takes }: VoicePack): Uint8Array {
	const files: Zippable = {
		'voice.json': [new TextEncoder().encode(JSON.stringify({ id, ...voice }, null, '\t') + '\n'), {}]
	};
	for (const take of takes) files[takeFile(take)] = [take.bytes, {}];
	return zipSync(files, { level: 0 });
}

export type PackProblem =
	| { code: 'not-a-pack' }
	| { code: 'too-big' }
	| { code: 'no-manifest' }
	| { code: 'manifest'; field: VoiceProblem | 'id' }
	| { code: 'bad-path'; path: string }
	| { code: 'not-audio'; path: string }
	| { code: 'take-too-big'; path: string }
	| { code: 'empty' };

export type PackReading = { ok: true; pack: VoicePack } | { ok: false; problem: PackProblem };

/** Reads and checks a pack; nothing in it is trusted until every file has passed. */
export function readPack(bytes: Uint8Array): PackReading {
	const fail = (problem: PackProblem): PackReading => ({ ok: false, problem });
	if (bytes.length > MAX_PACK_BYTES) return fail({ code: 'too-big' });
	// First the directory alone (declared sizes, names), so a zip bomb is refused before inflating it.
	const listed: { name: string; size: number }[] = [];
	try {
		unzipSync(bytes, {
			filter: (file) => {
				listed.push({ name: file.name, size: file.originalSize });
				return false;
			}
		});
	} catch {
		return fail({ code: 'not-a-pack' });
	}
	const entries = listed.filter(({ name }) => !name.endsWith('/')); // folders are only names
	if (!entries.some(({ name }) => name === 'voice.json')) return fail({ code: 'no-manifest' });
	if (entries.length > MAX_PACK_FILES + 1) return fail({ code: 'too-big' });
	if (entries.reduce((sum, { size }) => sum + size, 0) > MAX_PACK_BYTES) return fail({ code: 'too-big' });
	for (const { name, size } of entries) {
		if (name === 'voice.json') {
			if (size > 4096) return fail({ code: 'manifest', field: 'speaker' });
			continue;
		}
		if (!takePath(name)) return fail({ code: 'bad-path', path: name });
		if (size > MAX_TAKE_BYTES) return fail({ code: 'take-too-big', path: name });
	}
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		return fail({ code: 'not-a-pack' });
	}
	let manifest: unknown;
	try {
		manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(files['voice.json']));
	} catch {
		return fail({ code: 'manifest', field: 'speaker' });
	}
	const read = readVoice(manifest);
	if (!read.ok) return fail({ code: 'manifest', field: read.problem });
	const declaredId = (manifest as { id?: unknown }).id;
	if (declaredId !== undefined && (typeof declaredId !== 'string' || !VOICE_ID.test(declaredId)))
		return fail({ code: 'manifest', field: 'id' });
	const takes: PackTake[] = [];
	for (const [name, content] of Object.entries(files)) {
		if (name === 'voice.json' || name.endsWith('/')) continue;
		const path = takePath(name)!;
		// The inflated size, not the declared one, is what counts.
		if (content.length > MAX_TAKE_BYTES) return fail({ code: 'take-too-big', path: name });
		if (!contentMatches(path.extension, content)) return fail({ code: 'not-audio', path: name });
		takes.push({ ...path, bytes: content });
	}
	if (!takes.length) return fail({ code: 'empty' });
	return {
		ok: true,
		pack: { id: (declaredId as string | undefined) ?? voiceIdFor(read.voice), voice: read.voice, takes }
	};
}
