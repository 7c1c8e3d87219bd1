import { lexiconErrata } from '$lib/server/lessons';

/** The reviewed corrections of the lexicon's translations, listed on the page. */
export function load() {
	return { errata: lexiconErrata() };
}
