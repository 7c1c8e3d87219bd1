/**
 * A deck file a teacher exports and another device imports: the same card fields as
 * `/decks/<id>.json`, plus the recorded pronunciations (which never travel in links: too big).
 */
import { fromBase64, toBase64 } from '$lib/data/base64';
import { isObject } from '$lib/data/fields';
import { readOwnDeck, type OwnDeck } from './ownDeck';

export const DECK_FILE_KIND = 'lieredh-deck';
/** Recordings make files big; a deck of 500 words with a few seconds each stays well under this. */
export const MAX_DECK_FILE_BYTES = 30 * 1024 * 1024;
const MAX_AUDIO_BYTES = 2 * 1024 * 1024;

export type DeckFileProblem =
	| { code: 'too-big' }
	| { code: 'not-json' }
	| { code: 'not-deck' }
	| { code: 'too-many' }
	| { code: 'invalid'; path: string };

export type DeckFileReading =
	{ ok: true; deck: OwnDeck; audio: Map<string, Blob> } | { ok: false; problem: DeckFileProblem };

export async function writeDeckFile(deck: OwnDeck, recordings: ReadonlyMap<string, Blob>): Promise<string> {
	const audio: Record<string, { type: string; data: string }> = {};
	for (const [cardId, blob] of recordings) {
		if (deck.cards.some((card) => card.id === cardId)) {
			audio[cardId] = { type: blob.type, data: toBase64(new Uint8Array(await blob.arrayBuffer())) };
		}
	}
	return JSON.stringify({ kind: DECK_FILE_KIND, ...deck, audio });
}

export function readDeckFile(text: string): DeckFileReading {
	if (text.length > MAX_DECK_FILE_BYTES) return fail({ code: 'too-big' });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail({ code: 'not-json' });
	}
	if (!isObject(data) || data.kind !== DECK_FILE_KIND) return fail({ code: 'not-deck' });
	const read = readOwnDeck(data);
	if (!read.ok) return fail(read.tooMany ? { code: 'too-many' } : { code: 'invalid', path: read.path });
	const audio = new Map<string, Blob>();
	const files = isObject(data.audio) ? data.audio : {};
	for (const card of read.deck.cards) {
		const entry = files[card.id];
		if (entry === undefined) continue;
		const ok =
			isObject(entry) &&
			typeof entry.type === 'string' &&
			/^audio\/[\w.+-]+(;.*)?$/.test(entry.type) &&
			typeof entry.data === 'string' &&
			entry.data.length < (MAX_AUDIO_BYTES * 4) / 3;
		if (!ok) return fail({ code: 'invalid', path: `audio.${card.id}` });
		try {
			audio.set(card.id, new Blob([fromBase64(entry.data as string)], { type: entry.type as string }));
		} catch {
			return fail({ code: 'invalid', path: `audio.${card.id}` });
		}
	}
	return { ok: true, deck: read.deck, audio };
}

function fail(problem: DeckFileProblem): DeckFileReading {
	return { ok: false, problem };
}
