/**
 * What a content review counts in the served decks, as data: synonyms of another part of speech, the
 * prompts that still fit two words of one deck with nothing to tell them apart, verbs. The deck spec
 * holds each to its goal; the figures go into the closing notes of the issues that ask for them.
 */
import { lexiconKey, type Lexicon } from '$lib/lexicon/lexicon';
import { sharingHint, WordsAround } from '$lib/study/around';
import { studyCardsOf } from '$lib/study/cards';
import type { Deck } from './deck';

/** `also` words that the lexicon has only as another part of speech than the card's. */
export function crossPosSynonyms(decks: readonly Deck[], lexicon: Lexicon): string[] {
	return decks.flatMap((deck) =>
		deck.cards.flatMap((card) =>
			Object.values(card.also ?? {})
				.flat()
				.filter((sma) => !lexicon.has(lexiconKey(sma, card.pos)))
				.map((sma) => `${deck.id}/${card.id} ← ${sma}`)
		)
	);
}

/**
 * Production prompts (in Norwegian and Swedish) that fit another word of their own deck and get no hint
 * that tells them apart, for an adult and for a child: each fits two answers.
 */
export function ambiguousPrompts(deck: Deck, child: boolean): string[] {
	const cards = studyCardsOf(deck).filter((card) => card.direction === 'production');
	const around = new WordsAround(cards, { support: 'nb', themes: new Map(), child });
	const found: string[] = [];
	for (const lang of ['nb', 'sv'] as const) {
		for (const card of cards) {
			const fitting = around.fitting(card, lang);
			if (fitting.length && !sharingHint(card, fitting, lang, () => deck.theme, child))
				found.push(
					`${deck.id}/${card.word.id} (${lang}: ${card.word[lang].join(', ')}) ~ ${fitting.map((c) => c.word.sma).join(', ')}`
				);
		}
	}
	return found;
}
