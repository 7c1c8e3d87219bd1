/**
 * The one loader for lessons/: reads every deck file at build time, validates it against the bundled
 * lexicon, and stops the build with every problem listed when any deck is broken.
 */
import { load as parseYaml } from 'js-yaml';
import lexiconTsv from '../../../lessons/lexicon/sma-lexicon.tsv?raw';
import supplementTsv from '../../../lessons/lexicon/supplement.tsv?raw';
import glossaryTsv from '../../../lessons/lexicon/ui-glossary.tsv?raw';
import errataTsv from '../../../lessons/errata.tsv?raw';
import englishTsv from '../../../lessons/english.tsv?raw';
import picturesTsv from '../../../lessons/pictures.tsv?raw';
import formsTsv from '../../../lessons/forms/forms.tsv?raw';
import numraTsv from '../../../lessons/forms/numra.tsv?raw';
import { parseNumra, type Numra } from '$lib/forms/numra';
import { numberSpellings, numraDecks } from '$lib/forms/numraDecks';
import { formsOfDeck, parseForms, type DeckForms, type Paradigm } from '$lib/forms/forms';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconKey, parseGlossary, parseLexicon, type Lexicon } from '$lib/lexicon/lexicon';
import { correctedCard, correctedLexicon, parseErrata, staleErrata, type Erratum } from '$lib/lexicon/errata';
import { THEMES, summarize, type Deck, type DeckIndex, DECK_FORMAT } from '$lib/decks/deck';
import { describeProblem, validateDeck, type DeckSources, type Problem } from '$lib/decks/validate';
import { relatedIndex, withRelated } from '$lib/decks/related';
import { audioOfDeck, builtInVoices, voiceFile, type BuiltInVoice } from './voices';
import {
	englishByWord,
	englishProblems,
	parseEnglish,
	withProjectEnglish,
	type ProjectEnglish
} from '$lib/lexicon/english';
import {
	isOpenMojiCode,
	isOwnDrawing,
	parsePictures,
	pictureProblems,
	withPicture,
	type PictureRow
} from '$lib/lexicon/pictures';

const files = import.meta.glob('/lessons/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let sources: DeckSources | undefined;

/** The bundled lexicon and glossary, parsed once. */
export function deckSources(): DeckSources {
	sources ??= {
		lexicon: parseLexicon(lexiconTsv, supplementTsv),
		glossaryTexts: new Set(parseGlossary(glossaryTsv).values())
	};
	return sources;
}

let errata: Erratum[] | undefined;

/** The reviewed corrections of lessons/errata.tsv; throws (failing the build) on a bad or stale row. */
export function lexiconErrata(): Erratum[] {
	if (errata) return errata;
	const parsed = parseErrata(errataTsv);
	const problems = [...parsed.problems, ...staleErrata(deckSources().lexicon, parsed.errata)];
	if (problems.length)
		throw new Error(`Errata that need a look:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	errata = parsed.errata;
	return errata;
}

let english: Map<string, ProjectEnglish[]> | undefined;

/** The project's English for deck words the lexicon has none for; throws (failing the build) on a bad row. */
export function projectEnglish(): Map<string, ProjectEnglish[]> {
	if (english) return english;
	const rows = parseEnglish(englishTsv);
	const problems = englishProblems(deckSources().lexicon, rows);
	if (problems.length)
		throw new Error(`English that needs a look:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	english = englishByWord(rows);
	return english;
}

/** Where the bundled OpenMoji drawings are (the npm package, read at build time only). */
const OPENMOJI_SVG = join(process.cwd(), 'node_modules', 'openmoji', 'color', 'svg');
/** Where the drawings made for Lïeredh are, for words OpenMoji has nothing for. */
const OWN_SVG = join(process.cwd(), 'lessons', 'drawings');

/** The file of a picture code's drawing (an OpenMoji hexcode or one of Lïeredh's own), if it exists. */
function pictureFile(code: string): string | undefined {
	const file = isOwnDrawing(code)
		? join(OWN_SVG, `${code}.svg`)
		: isOpenMojiCode(code)
			? join(OPENMOJI_SVG, `${code}.svg`)
			: undefined;
	return file && existsSync(file) ? file : undefined;
}

/** One drawing's SVG text, or undefined when there is no such drawing. */
export function pictureSvg(code: string): string | undefined {
	const file = pictureFile(code);
	return file && readFileSync(file, 'utf8');
}

/** The names of every drawing in lessons/drawings (each must be used by a row of pictures.tsv). */
export function ownDrawings(): string[] {
	return readdirSync(OWN_SVG)
		.filter((file) => file.endsWith('.svg'))
		.map((file) => file.slice(0, -4))
		.sort();
}

let pictures: Map<string, PictureRow> | undefined;

/** The reviewed pictures of lessons/pictures.tsv; throws (failing the build) on a bad row. */
export function deckPictures(): Map<string, PictureRow> {
	if (pictures) return pictures;
	const parsed = parsePictures(picturesTsv);
	const problems = [
		...parsed.problems,
		...pictureProblems(deckSources().lexicon, parsed.rows, (code) => pictureFile(code) !== undefined)
	];
	if (problems.length)
		throw new Error(`Pictures that need a look:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	pictures = new Map(parsed.rows.map((row) => [lexiconKey(row.lemma, row.pos), row]));
	return pictures;
}

/** The picture codes the built-in decks use: only these drawings are shipped (and precached). */
export function usedPictures(): string[] {
	const codes = new Set<string>();
	for (const deck of builtInDecks())
		for (const card of deck.cards) if (card.picture) codes.add(card.picture.replace(/^.*\/|\.svg$/g, ''));
	return [...codes].sort();
}

let served: Lexicon | undefined;

/** The lexicon as the app serves and uses it: with the errata applied (decks are checked against the original). */
export function servedLexicon(): Lexicon {
	served ??= correctedLexicon(deckSources().lexicon, lexiconErrata());
	return served;
}

/** Parses and validates one deck file's text; YAML errors become a problem too. */
export function readDeck(text: string, file: string): { deck?: Deck; problems: Problem[] } {
	let raw: unknown;
	try {
		raw = parseYaml(text);
	} catch (error) {
		return { problems: [{ file, code: 'not-an-object', detail: (error as Error).message.split('\n')[0] }] };
	}
	return validateDeck(raw, file, deckSources());
}

let decks: Deck[] | undefined;

/** Every built-in deck, in theme order then level; throws (failing the build) if any deck is broken. */
export function builtInDecks(): Deck[] {
	if (decks) return decks;
	const problems: Problem[] = [];
	const found: Deck[] = [];
	for (const [path, text] of Object.entries(files)) {
		const file = path.replace(/^\/lessons\//, '').replace(/\.yaml$/, '');
		const result = readDeck(text, file);
		problems.push(...result.problems);
		if (result.deck) found.push(result.deck);
	}
	if (problems.length) {
		throw new Error(`Broken deck files:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
	}
	// Corrected glosses, then synonyms and look-alike words from the lexicon, once, so study sessions
	// need no lexicon.
	const related = relatedIndex(servedLexicon());
	const corrections = lexiconErrata();
	const cardIds = new Map(found.map((deck) => [deck.id, new Set(deck.cards.map((card) => card.id))]));
	const voices = builtInVoices((deckId) => cardIds.get(deckId));
	decks = found
		.map((deck) => {
			const recorded = audioOfDeck(voices, deck.id);
			return {
				...deck,
				cards: deck.cards.map((card) => {
					const served = withPicture(
						withRelated(withProjectEnglish(correctedCard(card, corrections), projectEnglish()), related),
						deckPictures()
					);
					const audio = recorded.get(card.id);
					return audio ? { ...served, audio } : served;
				})
			};
		})
		// Theme, level, then the deck whose words more textbooks teach (the more basic one) first.
		.sort(
			(a, b) =>
				THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme) ||
				a.level - b.level ||
				textbookScore(b) - textbookScore(a) ||
				a.id.localeCompare(b.id)
		);
	return decks;
}

/** How many textbooks teach a deck's words, on average (lexicon's `books` column). */
function textbookScore(deck: Deck): number {
	const lexicon = deckSources().lexicon;
	const books = deck.cards.map((card) => lexicon.get(lexiconKey(card.sma, card.pos))?.books ?? 0);
	return books.reduce((sum, n) => sum + n, 0) / Math.max(1, books.length);
}

let numra: Numra | undefined;

/** Numbers, clock times and dates in words (lessons/forms/numra.tsv, GPL-3.0 data), parsed once. */
export function numraData(): Numra {
	numra ??= parseNumra(numraTsv);
	return numra;
}

let allDecks: Deck[] | undefined;

/**
 * Every deck the app serves: the lexicon decks, and Numra's (numbers, the clock, dates, from the GPL
 * data) right after the numbers decks in the learning path.
 */
export function servedDecks(): Deck[] {
	if (allDecks) return allDecks;
	const decks = builtInDecks();
	const after = decks.findLastIndex((deck) => deck.theme === 'numbers') + 1;
	const numbers = numraDecks(numraData(), numberSpellings(decks));
	allDecks = [...decks.slice(0, after), ...numbers, ...decks.slice(after)];
	return allDecks;
}

export function deckIndex(): DeckIndex {
	return { format: DECK_FORMAT, decks: servedDecks().map(summarize) };
}

export function findDeck(id: string): Deck | undefined {
	return servedDecks().find((deck) => deck.id === id);
}

let paradigms: Map<string, Paradigm> | undefined;

/** The word forms of lessons/forms/forms.tsv (GPL-3.0 data), parsed once. */
export function wordParadigms(): Map<string, Paradigm> {
	paradigms ??= parseForms(formsTsv);
	return paradigms;
}

/** `/forms/<deck>.json`: a built-in deck's nouns, verbs and adjectives with their forms. */
export function deckForms(id: string): DeckForms | undefined {
	const deck = findDeck(id);
	return deck && formsOfDeck(deck, wordParadigms());
}

/** The voices the decks were built with (after the decks, which they are checked against). */
export function deckVoices(): BuiltInVoice[] {
	builtInDecks();
	return builtInVoices(() => undefined);
}

/** A built-in recording's bytes, or undefined. */
export function deckVoiceFile(voiceId: string, file: string) {
	return voiceFile(deckVoices(), voiceId, file);
}
