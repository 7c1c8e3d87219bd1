/**
 * Pictures for deck words (lessons/pictures.tsv): each row names a word, a drawing and why it shows the
 * word's meaning unambiguously, or no drawing and why none fits (OpenMoji has a moose but no reindeer: a
 * deer would teach the wrong animal). A drawing is OpenMoji's (its hexcode) or, for a word OpenMoji has
 * nothing for, one made for Lïeredh in the same style (a file of lessons/drawings/). `concrete` says
 * whether the word names a thing one can point at; the coverage figure counts those.
 */
import type { Card } from '$lib/decks/deck';
import { lexiconKey, parseTsv, type Lexicon } from './lexicon';

/** OpenMoji's attribution, quoted as its licence (CC BY-SA 4.0) asks: never translated. */
export const OPENMOJI_ATTRIBUTION =
	'All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0';

export interface PictureRow {
	lemma: string;
	pos: string;
	/** The OpenMoji hexcode (e.g. 1F415), empty when OpenMoji has no fitting drawing. */
	openmoji: string;
	/** A drawing made for Lïeredh (lessons/drawings/<name>.svg), for a word OpenMoji has nothing for. */
	drawing: string;
	concrete: boolean;
	why: string;
}

/** The drawing a row gives its word, as a picture code (an OpenMoji hexcode or a drawing's name), if any. */
export function pictureCode(row: PictureRow): string | undefined {
	return row.openmoji || row.drawing || undefined;
}

/** Where a drawing is served from: same origin, precached with the app. */
export function pictureUrl(code: string): string {
	return `/pictures/${code}.svg`;
}

const HEXCODE = /^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$/;
/** A drawing's name: lower case, so it can never be taken for an OpenMoji hexcode. */
const DRAWING = /^[a-z][a-z0-9-]*$/;

/** Whether a picture code names one of Lïeredh's own drawings. */
export function isOwnDrawing(code: string): boolean {
	return DRAWING.test(code);
}

/** Whether a picture code is an OpenMoji hexcode. */
export function isOpenMojiCode(code: string): boolean {
	return HEXCODE.test(code);
}

/** The rows of pictures.tsv and the problems of any row, each naming its line. */
export function parsePictures(tsv: string): { rows: PictureRow[]; problems: string[] } {
	const rows: PictureRow[] = [];
	const problems: string[] = [];
	const seen = new Set<string>();
	parseTsv(tsv).forEach((raw, i) => {
		const line = i + 2;
		const row = {
			lemma: (raw.lemma ?? '').normalize('NFC'),
			pos: raw.pos ?? '',
			openmoji: raw.openmoji ?? '',
			drawing: raw.drawing ?? '',
			concrete: raw.concrete === 'yes',
			why: raw.why ?? ''
		};
		const key = lexiconKey(row.lemma, row.pos);
		if (!row.lemma || !row.pos) problems.push(`pictures.tsv line ${line}: lemma and pos are required`);
		else if (row.openmoji && !isOpenMojiCode(row.openmoji))
			problems.push(`pictures.tsv line ${line}: "${row.openmoji}" is not an OpenMoji hexcode`);
		else if (row.drawing && !isOwnDrawing(row.drawing))
			problems.push(`pictures.tsv line ${line}: "${row.drawing}" is not a drawing's name (a-z, 0-9, -)`);
		else if (row.openmoji && row.drawing)
			problems.push(`pictures.tsv line ${line}: ${row.lemma} has both an OpenMoji code and a drawing`);
		else if (raw.concrete !== 'yes' && raw.concrete !== 'no')
			problems.push(`pictures.tsv line ${line}: concrete must be yes or no`);
		else if (!row.why.trim()) problems.push(`pictures.tsv line ${line}: every row needs its reason`);
		else if (seen.has(key)) problems.push(`pictures.tsv line ${line}: ${row.lemma} (${row.pos}) twice`);
		else {
			seen.add(key);
			rows.push(row);
		}
	});
	return { rows, problems };
}

/** Rows naming a word the lexicon does not have, or a drawing `exists` does not know. */
export function pictureProblems(
	lexicon: Lexicon,
	rows: readonly PictureRow[],
	exists: (code: string) => boolean
): string[] {
	return rows.flatMap((row) => {
		if (!lexicon.has(lexiconKey(row.lemma, row.pos)))
			return [`pictures.tsv: ${row.lemma} (${row.pos}) is not a lexicon word`];
		if (row.openmoji && !exists(row.openmoji))
			return [`pictures.tsv: ${row.lemma} has ${row.openmoji}, which OpenMoji does not have`];
		if (row.drawing && !exists(row.drawing))
			return [
				`pictures.tsv: ${row.lemma} has the drawing ${row.drawing}, which lessons/drawings does not have`
			];
		return [];
	});
}

/** A card with its picture's address, when pictures.tsv gives its word one. */
export function withPicture(card: Card, pictures: ReadonlyMap<string, PictureRow>): Card {
	const row = pictures.get(lexiconKey(card.sma, card.pos));
	const code = row && pictureCode(row);
	return code ? { ...card, picture: pictureUrl(code) } : card;
}

export interface PictureCoverage {
	/** Concrete nouns of the counted decks (each word once). */
	concreteNouns: number;
	/** Of those, how many have a picture. */
	pictured: number;
	/** Nouns of the counted decks that pictures.tsv does not mention: each needs a decision. */
	unreviewed: string[];
}

/** How many of the concrete nouns in `decks` have a picture. */
export function pictureCoverage(
	decks: readonly { cards: readonly Card[] }[],
	pictures: ReadonlyMap<string, PictureRow>
): PictureCoverage {
	const nouns = new Map<string, Card>();
	for (const deck of decks)
		for (const card of deck.cards) if (card.pos === 'N') nouns.set(lexiconKey(card.sma, card.pos), card);
	let concreteNouns = 0;
	let pictured = 0;
	const unreviewed: string[] = [];
	for (const [key, card] of nouns) {
		const row = pictures.get(key);
		if (!row) unreviewed.push(card.sma);
		else if (row.concrete) {
			concreteNouns++;
			if (pictureCode(row)) pictured++;
		}
	}
	return { concreteNouns, pictured, unreviewed };
}
