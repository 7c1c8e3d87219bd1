/**
 * Reviewed corrections of the lexicon's translations (lessons/errata.tsv): a Norwegian, Swedish or
 * English gloss that is plainly wrong ("moonshine" for moonlight) is replaced or, with an empty
 * correction, dropped, each with its reason. South Sami forms are never touched. An erratum that no
 * longer matches the lexicon (the gloss is gone or changed upstream) is a problem: the build stops, so a
 * lexicon update is noticed and the list reviewed again.
 */
import type { Card } from '$lib/decks/deck';
import { lexiconKey, parseTsv, type GlossLanguage, type Lexicon } from './lexicon';

export interface Erratum {
	lemma: string;
	pos: string;
	language: GlossLanguage;
	/** The gloss exactly as the lexicon has it. */
	gloss: string;
	/** What it should say; empty: the gloss is dropped. */
	corrected: string;
	reason: string;
}

const LANGUAGES: readonly string[] = ['nb', 'sv', 'en'];

/** The rows of errata.tsv; a malformed row is a problem naming its line. */
export function parseErrata(tsv: string): { errata: Erratum[]; problems: string[] } {
	const errata: Erratum[] = [];
	const problems: string[] = [];
	parseTsv(tsv).forEach((row, i) => {
		const line = i + 2;
		const erratum = {
			lemma: (row.lemma ?? '').normalize('NFC'),
			pos: row.pos ?? '',
			language: row.language as GlossLanguage,
			gloss: (row.gloss ?? '').normalize('NFC'),
			corrected: (row.corrected ?? '').normalize('NFC'),
			reason: row.reason ?? ''
		};
		if (!erratum.lemma || !erratum.pos || !erratum.gloss)
			problems.push(`errata.tsv line ${line}: lemma, pos and gloss are required`);
		else if (!LANGUAGES.includes(erratum.language))
			problems.push(`errata.tsv line ${line}: language must be nb, sv or en`);
		else if (!erratum.reason.trim())
			problems.push(`errata.tsv line ${line}: every correction needs its reason`);
		else errata.push(erratum);
	});
	return { errata, problems };
}

/** Errata that do not match the lexicon any more: each names the lemma and the gloss it expected. */
export function staleErrata(lexicon: Lexicon, errata: readonly Erratum[]): string[] {
	return errata
		.filter((e) => !lexicon.get(lexiconKey(e.lemma, e.pos))?.glosses[e.language].has(e.gloss))
		.map(
			(e) =>
				`errata.tsv: ${e.lemma} (${e.pos}) has no ${e.language} gloss "${e.gloss}" in the lexicon any more`
		);
}

function correctList(list: readonly string[], fixes: ReadonlyMap<string, string>): string[] {
	const out: string[] = [];
	for (const gloss of list) {
		const fixed = fixes.has(gloss) ? fixes.get(gloss)! : gloss;
		if (fixed && !out.includes(fixed)) out.push(fixed);
	}
	return out;
}

function fixesFor(errata: readonly Erratum[], sma: string, pos: string, language: GlossLanguage) {
	return new Map(
		errata
			.filter((e) => e.lemma === sma && e.pos === pos && e.language === language)
			.map((e) => [e.gloss, e.corrected])
	);
}

/** The lexicon with every erratum applied (a new map; the parsed lexicon stays as it was). */
export function correctedLexicon(lexicon: Lexicon, errata: readonly Erratum[]): Lexicon {
	const out: Lexicon = new Map();
	for (const [key, entry] of lexicon) {
		const touched = errata.some((e) => e.lemma === entry.sma && e.pos === entry.pos);
		if (!touched) {
			out.set(key, entry);
			continue;
		}
		const fix = (language: GlossLanguage) => fixesFor(errata, entry.sma, entry.pos, language);
		out.set(key, {
			...entry,
			nb: correctList(entry.nb, fix('nb')),
			sv: correctList(entry.sv, fix('sv')),
			en: correctList(entry.en, fix('en')),
			glosses: {
				nb: new Set(correctList([...entry.glosses.nb], fix('nb'))),
				sv: new Set(correctList([...entry.glosses.sv], fix('sv'))),
				en: new Set(correctList([...entry.glosses.en], fix('en')))
			}
		});
	}
	return out;
}

/** A deck card with the corrected glosses of its word (its South Sami form untouched). */
export function correctedCard(card: Card, errata: readonly Erratum[]): Card {
	if (!errata.some((e) => e.lemma === card.sma && e.pos === card.pos)) return card;
	return {
		...card,
		nb: correctList(card.nb, fixesFor(errata, card.sma, card.pos, 'nb')),
		sv: correctList(card.sv, fixesFor(errata, card.sma, card.pos, 'sv')),
		en: correctList(card.en, fixesFor(errata, card.sma, card.pos, 'en'))
	};
}
