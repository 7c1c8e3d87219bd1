/**
 * The lexicon words around a deck card, worked out once at build time so a study session needs no
 * lexicon: `also`, the other South Sami words that share one of the card's glosses (a right answer to
 * its prompt too: bovtse and båatsoe are both "rein"), and `near`, the real words a learner could type
 * by mistake (one edit or one keyboard folding away: sarve "elk" for sïrve "sheep").
 */
import type { GlossLanguage, Lexicon, LexiconEntry } from '$lib/lexicon/lexicon';
import type { Card, NearWord } from './deck';

const LANGUAGES: GlossLanguage[] = ['nb', 'sv', 'en'];

/** Compared without case and with the keyboard letters folded, as the answer checker does. */
function folded(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/ä/g, 'æ').replace(/ø/g, 'ö').replace(/ï/g, 'i');
}

function ascii(text: string): string {
	return folded(text).replace(/æ/g, 'ae').replace(/ö/g, 'o');
}

interface Spelled {
	entry: LexiconEntry;
	text: string;
	ascii: string;
}

export interface RelatedIndex {
	byGloss: Record<GlossLanguage, Map<string, Set<string>>>;
	/** Lexicon words by the length of their folded form (one edit changes it by at most one). */
	byLength: Map<number, Spelled[]>;
}

/**
 * oneEditApart (answers/check.ts) for plain folded strings, without building arrays: the build runs it
 * for every deck word against every lexicon word of about its length. Folded South Sami is all in the
 * Basic Multilingual Plane, so string indexes are letters.
 */
function withinOneEdit(a: string, b: string): boolean {
	if (a === b || Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function relatedIndex(lexicon: Lexicon): RelatedIndex {
	const byGloss = { nb: new Map(), sv: new Map(), en: new Map() } as RelatedIndex['byGloss'];
	const byLength = new Map<number, Spelled[]>();
	for (const entry of lexicon.values()) {
		for (const lang of LANGUAGES) {
			for (const gloss of entry.glosses[lang]) {
				const key = gloss.toLowerCase();
				if (!byGloss[lang].has(key)) byGloss[lang].set(key, new Set());
				byGloss[lang].get(key)!.add(entry.sma);
			}
		}
		const text = folded(entry.sma);
		if (!byLength.has(text.length)) byLength.set(text.length, []);
		byLength.get(text.length)!.push({ entry, text, ascii: ascii(text) });
	}
	return { byGloss, byLength };
}

/** Other South Sami words whose glosses in each language include one of the card's glosses there. */
export function synonymsOf(card: Card, index: RelatedIndex): Partial<Record<GlossLanguage, string[]>> {
	const own = new Set([card.sma, ...card.variants]);
	const also: Partial<Record<GlossLanguage, string[]>> = {};
	for (const lang of LANGUAGES) {
		const words = new Set<string>();
		for (const gloss of card[lang]) {
			for (const sma of index.byGloss[lang].get(gloss.toLowerCase()) ?? []) if (!own.has(sma)) words.add(sma);
		}
		if (words.size) also[lang] = [...words].sort((a, b) => a.localeCompare(b, 'nb'));
	}
	return also;
}

/** Real words one edit or one keyboard folding away from the card's forms (never a synonym of it). */
export function nearWordsOf(card: Card, index: RelatedIndex, synonyms: ReadonlySet<string>): NearWord[] {
	const forms = [card.sma, ...card.variants];
	const own = new Set(forms);
	const found = new Map<string, NearWord>();
	for (const form of forms) {
		const text = folded(form);
		const plain = ascii(text);
		// The ASCII spelling of a word can be a letter or two longer (æ → ae), so look a little wider.
		for (let size = text.length - 1; size <= text.length + 2; size++) {
			for (const { entry, text: other, ascii: otherPlain } of index.byLength.get(size) ?? []) {
				if (own.has(entry.sma) || synonyms.has(entry.sma) || found.has(entry.sma)) continue;
				const close =
					(text.length >= 4 && withinOneEdit(text, other)) || (other !== text && otherPlain === plain);
				if (close) found.set(entry.sma, { sma: entry.sma, nb: entry.nb, sv: entry.sv, en: entry.en });
			}
		}
	}
	return [...found.values()].sort((a, b) => a.sma.localeCompare(b.sma, 'nb'));
}

/** The card with `also` and `near` filled in from the lexicon (fields left out when empty). */
export function withRelated(card: Card, index: RelatedIndex): Card {
	const also = synonymsOf(card, index);
	const synonyms = new Set(Object.values(also).flat());
	const near = nearWordsOf(card, index, synonyms);
	return { ...card, ...(Object.keys(also).length ? { also } : {}), ...(near.length ? { near } : {}) };
}
