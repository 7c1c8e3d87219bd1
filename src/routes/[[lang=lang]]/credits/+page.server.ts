import { lexiconErrata, projectEnglish } from '$lib/server/lessons';

/** The reviewed corrections of the lexicon's translations, and how many words have the project's English. */
export function load() {
	return { errata: lexiconErrata(), projectEnglish: projectEnglish().size };
}
