/**
 * Reviewed corrections of the lexicon's translations (lessons/errata.tsv): a Norwegian, Swedish or
 * English gloss that is plainly wrong ("moonshine" for moonlight) is replaced or, with an empty
 * correction, dropped, each with its reason. A row whose gloss is `+` adds a translation where the
 * lexicon has none in that language (jeg has no Swedish: + jag), again with its reason. South Sami forms are never touched. An erratum that no
 * longer matches the lexicon (the gloss is gone or changed upstream) is a problem: the build stops, so a
 * lexicon update is noticed and the list reviewed again.
 */
import type { Card } from '$lib/decks/deck';
import { lexiconKey, parseTsv, type GlossLanguage, type Lexicon } from './lexicon';

export interface Erratum {
	lemma: string;
	pos: string;
	language: GlossLanguage;
	/** The gloss exactly as the lexicon has it; `+` (ADDITION): a translation added where it has none. */
	gloss: string;
	/** What it should say; empty: the gloss is dropped. */
	corrected: string;
	reason: string;
}

const LANGUAGES: readonly string[] = ['nb', 'sv', 'en'];

/** The gloss of an erratum that adds a translation the lexicon lacks. */
export const ADDITION = '+';

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
	return errata.flatMap((e) => {
		const entry = lexicon.get(lexiconKey(e.lemma, e.pos));
		if (e.gloss === ADDITION) {
			if (!entry) return [`errata.tsv: ${e.lemma} (${e.pos}) is not in the lexicon any more`];
			if (!e.corrected) return [`errata.tsv: the addition for ${e.lemma} (${e.pos}) adds nothing`];
			return entry[e.language].length
				? [
						`errata.tsv: ${e.lemma} (${e.pos}) has ${e.language} glosses in the lexicon now; review the addition`
					]
				: [];
		}
		return entry?.glosses[e.language].has(e.gloss)
			? []
			: [`errata.tsv: ${e.lemma} (${e.pos}) has no ${e.language} gloss "${e.gloss}" in the lexicon any more`];
	});
}

/** The translations added where the lexicon has none, in file order. */
function additionsFor(errata: readonly Erratum[], sma: string, pos: string, language: GlossLanguage) {
	return errata
		.filter((e) => e.gloss === ADDITION && e.lemma === sma && e.pos === pos && e.language === language)
		.map((e) => e.corrected);
}

/** A gloss list corrected, or when empty, given the reviewed additions. */
function corrected(
	list: readonly string[],
	errata: readonly Erratum[],
	sma: string,
	pos: string,
	language: GlossLanguage
) {
	const fixed = correctList(list, fixesFor(errata, sma, pos, language));
	return fixed.length ? fixed : additionsFor(errata, sma, pos, language);
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
			.filter((e) => e.gloss !== ADDITION && e.lemma === sma && e.pos === pos && e.language === language)
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
		const fix = (list: readonly string[], language: GlossLanguage) =>
			corrected(list, errata, entry.sma, entry.pos, language);
		out.set(key, {
			...entry,
			nb: fix(entry.nb, 'nb'),
			sv: fix(entry.sv, 'sv'),
			en: fix(entry.en, 'en'),
			otherNb: entry.otherNb.map((sense) => correctList(sense, fixesFor(errata, entry.sma, entry.pos, 'nb'))),
			glosses: {
				nb: new Set(fix([...entry.glosses.nb], 'nb')),
				sv: new Set(fix([...entry.glosses.sv], 'sv')),
				en: new Set(fix([...entry.glosses.en], 'en'))
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
		nb: corrected(card.nb, errata, card.sma, card.pos, 'nb'),
		sv: corrected(card.sv, errata, card.sma, card.pos, 'sv'),
		en: corrected(card.en, errata, card.sma, card.pos, 'en')
	};
}
