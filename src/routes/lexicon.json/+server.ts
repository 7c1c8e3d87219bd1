import { json } from '@sveltejs/kit';
import { toCompact } from '$lib/lexicon/compact';
import { deckSources } from '$lib/server/lessons';

export const prerender = true;

/** The whole bundled lexicon, for searching in the browser (precached: works offline). */
export function GET() {
	return json(toCompact(deckSources().lexicon));
}
