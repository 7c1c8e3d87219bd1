/** Built-in decks as the app reads them: the prerendered JSON (cached by the service worker for offline use). */
import type { DeckForms } from '$lib/forms/forms';
import type { Deck, DeckIndex } from './deck';

let index: Promise<DeckIndex> | undefined;
const decks = new Map<string, Promise<Deck>>();

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

export function loadIndex(): Promise<DeckIndex> {
	index ??= getJson<DeckIndex>('/decks/index.json').catch((error) => {
		index = undefined;
		throw error;
	});
	return index;
}

/** One request per file while it succeeds (a failed one is asked again next time). */
function once<T>(loaded: Map<string, Promise<T>>, id: string, url: string): Promise<T> {
	let found = loaded.get(id);
	if (!found) {
		found = getJson<T>(url);
		loaded.set(id, found);
		found.catch(() => loaded.delete(id));
	}
	return found;
}

export function loadDeck(id: string): Promise<Deck> {
	return once(decks, id, `/decks/${encodeURIComponent(id)}.json`);
}

/** One built-in deck, or undefined when no built-in deck has that id. */
export async function loadBuiltInDeck(id: string): Promise<Deck | undefined> {
	return (await loadDecks([id]))[0];
}

/** The decks among `ids` that exist, in index order; unknown ids are skipped. */
export async function loadDecks(ids: Iterable<string>): Promise<Deck[]> {
	const wanted = new Set(ids);
	const known = (await loadIndex()).decks.filter((deck) => wanted.has(deck.id));
	return Promise.all(known.map((deck) => loadDeck(deck.id)));
}

const forms = new Map<string, Promise<DeckForms>>();

/**
 * A built-in deck's word forms (`/forms/<deck>.json`, GPL-3.0 data): fetched when asked for, kept by the
 * service worker from then on, so a deck studied once has its forms offline.
 */
export function loadDeckForms(id: string): Promise<DeckForms> {
	return once(forms, id, `/forms/${encodeURIComponent(id)}.json`);
}
