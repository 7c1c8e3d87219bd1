import { deckIndex } from '$lib/server/lessons';

export function load() {
	return { decks: deckIndex().decks };
}
