/**
 * The lexicon words around a deck card, worked out once at build time so a study session needs no
 * lexicon: `also`, the other South Sami words with the meaning the card shows (a right answer to its
 * prompt too: bovtse and båatsoe are both "rein"), `accept`, every gloss of the card's sense (a right
 * answer when the card asks for the meaning), and `near`, the real words a learner could type by mistake
 * (one edit or one keyboard folding away: sarve "elk" for sïrve "sheep").
 */
import { foldAscii, foldSma, oneEditApart } from '$lib/answers/letters';
import { lexiconKey, type GlossLanguage, type Lexicon, type LexiconEntry } from '$lib/lexicon/lexicon';
import type { Card, NearWord } from './deck';

const LANGUAGES: GlossLanguage[] = ['nb', 'sv', 'en'];

/** Compared without case and with the keyboard letters folded, as the answer checker does. */
function folded(text: string): string {
	return foldSma(text.normalize('NFC').toLowerCase());
}

function ascii(text: string): string {
	return foldAscii(folded(text));
}

interface Spelled {
	entry: LexiconEntry;
	text: string;
	ascii: string;
}

export interface RelatedIndex {
	lexicon: Lexicon;
	/** Lexicon words by the first gloss of their primary sense, per language (lower case). */
	byGloss: Record<GlossLanguage, Map<string, Set<string>>>;
	/** Lexicon words by the length of their folded form (one edit changes it by at most one). */
	byLength: Map<number, Spelled[]>;
}

export function relatedIndex(lexicon: Lexicon): RelatedIndex {
	const byGloss = { nb: new Map(), sv: new Map(), en: new Map() } as RelatedIndex['byGloss'];
	const byLength = new Map<number, Spelled[]>();
	for (const entry of lexicon.values()) {
		for (const lang of LANGUAGES) {
			const main = entry[lang][0]?.toLowerCase();
			if (!main) continue;
			if (!byGloss[lang].has(main)) byGloss[lang].set(main, new Set());
			byGloss[lang].get(main)!.add(lexiconKey(entry.sma, entry.pos));
		}
		const text = folded(entry.sma);
		if (!byLength.has(text.length)) byLength.set(text.length, []);
		byLength.get(text.length)!.push({ entry, text, ascii: ascii(text) });
	}
	return { lexicon, byGloss, byLength };
}

const lower = (glosses: readonly string[]) => glosses.map((gloss) => gloss.toLowerCase());

/**
 * True when two words' primary senses contradict each other in some language: both have glosses there
 * and share none. "bein" is juelkie (leg) and måaroe (bone), but in English one is "leg", the other "bone".
 */
function contradict(a: LexiconEntry, b: LexiconEntry, except: GlossLanguage): boolean {
	return LANGUAGES.some((lang) => {
		if (lang === except || !a[lang].length || !b[lang].length) return false;
		const mine = new Set(lower(a[lang]));
		return !lower(b[lang]).some((gloss) => mine.has(gloss));
	});
}

/**
 * Other South Sami words that mean what the card shows, per language: a right answer to its prompt too.
 * A word qualifies only when it is the same part of speech, each one's main meaning (the first gloss of
 * the primary sense) is a meaning of the other, and no language's translations of the two contradict.
 * So moere (tree) never answers "tre" (golme, three), jaevrie (lake, also "vann") never answers tjaetsie's
 * "vann" (water), and the verbs that mean "bark" never answer bealloe's "skjelle" (bell).
 */
export function synonymsOf(card: Card, index: RelatedIndex): Partial<Record<GlossLanguage, string[]>> {
	const own = new Set([card.sma, ...card.variants]);
	const entry = index.lexicon.get(lexiconKey(card.sma, card.pos));
	const also: Partial<Record<GlossLanguage, string[]>> = {};
	for (const lang of LANGUAGES) {
		const words = new Set<string>();
		const main = lower(card[lang])[0];
		for (const gloss of lower(card[lang])) {
			for (const key of index.byGloss[lang].get(gloss) ?? []) {
				const other = index.lexicon.get(key)!;
				if (own.has(other.sma) || other.pos !== card.pos) continue;
				if (!lower(other[lang]).includes(main!)) continue;
				if (entry && contradict(entry, other, lang)) continue;
				words.add(other.sma);
			}
		}
		if (words.size) also[lang] = [...words].sort((a, b) => a.localeCompare(b, 'nb'));
	}
	return also;
}

/**
 * Every gloss of the sense a card shows, per language, the shown ones first: the lexicon's primary
 * sense when the card shows it (and, in Norwegian, each other sense the card shows a gloss of). A
 * language is present only where it accepts more than the card shows.
 */
export function acceptedGlossesOf(card: Card, lexicon: Lexicon): Card['accept'] {
	const entry = lexicon.get(lexiconKey(card.sma, card.pos));
	if (!entry) return undefined;
	const accept: NonNullable<Card['accept']> = {};
	for (const lang of LANGUAGES) {
		const shown = card[lang];
		if (!shown.length || (lang === 'en' && card.enByProject)) continue;
		const senses = lang === 'nb' ? [entry.nb, ...entry.otherNb] : [entry[lang]];
		const all = new Set(shown);
		for (const sense of senses)
			if (sense.some((gloss) => shown.includes(gloss))) for (const g of sense) all.add(g);
		if (all.size > shown.length) accept[lang] = [...all];
	}
	return Object.keys(accept).length ? accept : undefined;
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
					(text.length >= 4 && oneEditApart(text, other)) || (other !== text && otherPlain === plain);
				if (close) found.set(entry.sma, { sma: entry.sma, nb: entry.nb, sv: entry.sv, en: entry.en });
			}
		}
	}
	return [...found.values()].sort((a, b) => a.sma.localeCompare(b.sma, 'nb'));
}

/** The card with `also`, `accept` and `near` filled in from the lexicon (fields left out when empty). */
export function withRelated(card: Card, index: RelatedIndex): Card {
	const also = synonymsOf(card, index);
	const synonyms = new Set(Object.values(also).flat());
	const near = nearWordsOf(card, index, synonyms);
	const accept = acceptedGlossesOf(card, index.lexicon);
	return {
		...card,
		...(Object.keys(also).length ? { also } : {}),
		...(accept ? { accept } : {}),
		...(near.length ? { near } : {})
	};
}
