/**
 * Test fixtures shared by the unit specs: a few real deck words (from the lexicon), an own deck, an
 * assignment that uses both, and answering a card the way the study screen stores it. Never imported
 * by app code.
 */
import { oggOpus } from '$lib/sound/ogg';
import type { LieredhDb } from '$lib/db/database';
import { recordAnswer } from '$lib/db/progress';
import type { Card, Deck } from '$lib/decks/deck';
import { memoryOf, newMemory, review, Rating, type Grade } from '$lib/srs/fsrs';
import { cardIdentity, type CardProgress, type Exercise } from '$lib/study/records';
import type { Assignment } from '$lib/teach/assignment';
import type { OwnDeck } from '$lib/teach/ownDeck';

/** A deck card with only the fields a test cares about. */
export function word(
	id: string,
	sma: string,
	nb: string[],
	{
		sv = [],
		en = [],
		pos = 'N',
		picture
	}: { sv?: string[]; en?: string[]; pos?: string; picture?: string } = {}
): Card {
	return { id, sma, variants: [], pos, nb, sv, en, ...(picture ? { picture } : {}) };
}

/** Built-in deck metadata around the given cards. */
export function deckOf(id: string, cards: Card[], theme: Deck['theme'] = 'reindeer'): Deck {
	return {
		format: 1,
		id,
		title: { nb: id, sv: id, en: id },
		theme,
		level: 1,
		description: { nb: '', sv: '', en: '' },
		cards
	};
}

/** Reindeer words as the reindeer deck has them; bovtse and båatsoe share the gloss "rein". */
export const reindeerDeck: Deck = deckOf('reindeer-1', [
	word('bovtse', 'bovtse', ['rein', 'reinsdyr'], { en: ['reindeer'] }),
	word('baatsoe', 'båatsoe', ['rein', 'reindrift'], { en: ['reindeer'] }),
	word('miesie', 'miesie', ['reinkalv', 'kalv'], { en: ['reindeer calf'] }),
	word('aaltoe', 'aaltoe', ['simle']),
	word('sarva', 'sarva', ['reinokse']),
	word('bienje', 'bïenje', ['hund'], { en: ['dog'], picture: '/pictures/1F415.svg' }),
	word('gaatodh', 'gåatodh', ['beite'], { en: ['graze'], pos: 'V' })
]);

/** Three place names around Plaassja, with Plassje an accepted spelling. */
export const placesDeck: Deck = deckOf(
	'places',
	[
		{ ...word('plaassja', 'Plaassja', ['Røros'], { sv: ['Röros'], pos: 'Prop' }), variants: ['Plassje'] },
		word('traante', 'Tråante', ['Trondheim'], { sv: ['Trondheim'], pos: 'Prop' }),
		word('staare', 'Staare', ['Östersund'], { sv: ['Östersund'], pos: 'Prop' })
	],
	'places'
);

/** A teacher's own deck: two lexicon words and one the teacher kept although the lexicon lacks it. */
export const ownReindeerDeck: OwnDeck = {
	format: 1,
	id: 'own-k3v9x2ab0c1d',
	title: { nb: 'Reinen, 5B', sv: 'Reinen, 5B', en: 'Reinen, 5B' },
	theme: 'own',
	level: 1,
	description: { nb: '', sv: '', en: '' },
	cards: [
		word('bovtse', 'bovtse', ['rein'], { sv: ['ren'], en: ['reindeer'] }),
		word('gierte', 'gïerte', ['gjerde'], { sv: ['gärde'] }),
		{ ...word('aajege', 'Aajege', ['Aajege'], { pos: 'Prop' }), unverified: true }
	]
};

/** An assignment of the own deck and two of the place names. */
export const reindeerAssignment: Assignment = {
	v: 1,
	id: 'x7Gq2pLm9a',
	title: 'Reinen til fredag',
	group: '5B',
	due: '2026-11-27',
	goal: { kind: 'typed' },
	decks: [{ own: ownReindeerDeck }, { builtIn: 'places', words: ['plaassja', 'traante'] }]
};

/** Answers a card as the study screen does: memory from ts-fsrs, the log row with the memory before. */
export async function answerCard(
	db: LieredhDb,
	cardId: string,
	rating: Grade,
	at: number,
	{ exercise, text = '' }: { exercise?: Exercise; text?: string } = {}
): Promise<CardProgress> {
	const identity = cardIdentity(cardId);
	if (!identity) throw new Error(`not a card id: ${cardId}`);
	const before = await db.cards.get(cardId);
	const card: CardProgress = {
		...identity,
		introduced: before?.introduced ?? at,
		...review(before ?? newMemory(at), rating, at)
	};
	await recordAnswer(db, card, {
		at,
		rating,
		verdict: rating === Rating.Again ? 'wrong' : 'correct',
		answer: text,
		elapsedMs: 2500,
		before: before ? memoryOf(before) : null,
		...(exercise ? { exercise } : {})
	});
	return card;
}

/** One 20 ms Opus packet in an Ogg file: a valid recording for pack and storage tests (no sound in it). */
export function testRecording(): Uint8Array {
	return oggOpus({
		packets: [{ data: new Uint8Array(30).fill(1), samples: 960 }],
		channels: 1,
		preSkip: 312,
		inputSampleRate: 48000
	});
}
