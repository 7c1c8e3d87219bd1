import { json } from '@sveltejs/kit';
import { toCompact } from '$lib/lexicon/compact';
import { servedLexicon } from '$lib/server/lessons';

export const prerender = true;

/** The whole bundled lexicon with the errata applied, for searching in the browser (precached: works offline). */
export function GET() {
	return json(toCompact(servedLexicon()));
}
