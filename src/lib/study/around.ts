/**
 * The words around a question in a session: which other words its prompt fits (they are right too,
 * unless a hint tells them apart), which real words an answer could be instead (wrong, never a typo),
 * and the hint that tells words with a shared meaning apart. Indexed once per session, so a question
 * never scans the whole scope.
 */
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import type { Card, Theme } from '$lib/decks/deck';
import type { Direction, StudyCard } from './cards';
import { promptOf } from './exercise';

export type PromptHint = { note: string } | { not: string[] } | { theme: Theme } | { pos: string };

/** Every gloss of a word's sense in a language (what a prompt in that language may mean). */
function meaningsOf(word: Card, lang: GlossLanguage): string[] {
	return word.accept?.[lang] ?? word[lang];
}

/**
 * True when a prompt showing `shown` fits `other` as well: every gloss shown is one of its meanings.
 * "vann" fits jaevrie (innsjø, sjø, vann) as well as tjaetsie (water); "innsjø, sjø, vann" fits only jaevrie.
 */
export function promptFits(shown: readonly string[], other: Card, lang: GlossLanguage): boolean {
	const meanings = new Set(meaningsOf(other, lang).map((gloss) => gloss.toLowerCase()));
	return shown.length > 0 && shown.every((gloss) => meanings.has(gloss.toLowerCase()));
}

/**
 * What tells a card's prompt apart from the other words it fits, in the learner's own words: the card's
 * note first; then "not …", what each other word means that the card does not show, its main meaning or
 * else its note ("vann, not innsjø"); then its deck's theme when none of the others shares it; then, for
 * adults only, its part of speech (a child is never shown a grammar term).
 */
export function sharingHint(
	card: StudyCard,
	sharing: readonly StudyCard[],
	lang: GlossLanguage,
	themeOf: (deckId: string) => Theme | undefined,
	child = false
): PromptHint | undefined {
	if (!sharing.length) return undefined;
	const note = card.word.note?.[lang];
	if (note) return { note };
	const shown = new Set(card.word[lang].map((gloss) => gloss.toLowerCase()));
	const apart = sharing.map((other) => {
		const main = other.word[lang][0];
		return main && !shown.has(main.toLowerCase()) ? main : other.word.note?.[lang];
	});
	if (apart.every(Boolean)) return { not: [...new Set(apart as string[])] };
	const theme = themeOf(card.deckId);
	if (theme && sharing.every((other) => themeOf(other.deckId) !== theme)) return { theme };
	if (!child && sharing.every((other) => other.word.pos !== card.word.pos)) return { pos: card.word.pos };
	return undefined;
}

/** What the words around a question depend on besides the cards. */
export interface AroundContext {
	support: GlossLanguage;
	/** Each deck's theme, for telling words that share a meaning apart ("tre": Tall or Natur). */
	themes: ReadonlyMap<string, Theme>;
	/** A child is shown no grammar term. */
	child: boolean;
}

/** The session's cards, indexed once by each meaning per direction and language. */
export class WordsAround {
	#byMeaning = new Map<string, StudyCard[]>();
	#byDirection = new Map<Direction, Card[]>();
	#deckOfWord = new Map<string, string>();
	#context: AroundContext;

	constructor(cards: readonly StudyCard[], context: AroundContext) {
		this.#context = context;
		for (const card of cards) {
			const words = this.#byDirection.get(card.direction);
			if (words) words.push(card.word);
			else this.#byDirection.set(card.direction, [card.word]);
			for (const form of [card.word.sma, ...card.word.variants])
				if (!this.#deckOfWord.has(form)) this.#deckOfWord.set(form, card.deckId);
			for (const lang of ['nb', 'sv', 'en'] as const) {
				for (const gloss of meaningsOf(card.word, lang)) {
					const key = this.#key(card.direction, lang, gloss);
					const found = this.#byMeaning.get(key);
					if (found) found.push(card);
					else this.#byMeaning.set(key, [card]);
				}
			}
		}
	}

	#key(direction: Direction, lang: GlossLanguage, gloss: string): string {
		return `${direction}\u0000${lang}\u0000${gloss.toLowerCase()}`;
	}

	/** Other words (not spelled like the card's) that a prompt showing the card's glosses in `lang` fits. */
	fitting(card: StudyCard, lang: GlossLanguage): StudyCard[] {
		const shown = card.word[lang];
		const found = new Set<StudyCard>();
		for (const gloss of shown) {
			for (const other of this.#byMeaning.get(this.#key(card.direction, lang, gloss)) ?? []) {
				if (other.word.sma !== card.word.sma && promptFits(shown, other.word, lang)) found.add(other);
			}
		}
		return [...found];
	}

	/** The theme of the deck a word of the session is in. */
	themeOfWord(sma: string): Theme | undefined {
		const deckId = this.#deckOfWord.get(sma);
		return deckId === undefined ? undefined : this.#context.themes.get(deckId);
	}

	/**
	 * How the card is asked, worked out once: its prompt with every accepted answer (its own forms
	 * first), the hint a production prompt shows when other words of the session fit it too, and the
	 * words around it.
	 */
	asked(card: StudyCard) {
		const { support, themes, child } = this.#context;
		const prompt = promptOf(card, support);
		const lang = prompt.promptLang as GlossLanguage;
		const fitting = card.direction === 'production' ? this.fitting(card, lang) : [];
		const hint = sharingHint(card, fitting, lang, (deckId) => themes.get(deckId), child);
		const words = this.#wordsAround(card, prompt, fitting, hint !== undefined);
		return { prompt: { ...prompt, accepted: [...prompt.accepted, ...words.synonyms] }, hint, words };
	}

	/**
	 * The words around a card's prompt. Production: the lexicon's synonyms of the card (worked out at
	 * build time) are right answers, and so are the session's words the prompt fits as well, unless the
	 * hint tells those apart; every other word of the session and the card's look-alike lexicon words are
	 * real words, never typos. Recognition: the other words' meanings in the answer language are real
	 * words too.
	 */
	#wordsAround(
		card: StudyCard,
		prompt: ReturnType<typeof promptOf>,
		fitting: readonly StudyCard[],
		told: boolean
	) {
		const word = card.word;
		const support = this.#context.support;
		const deckWords = (this.#byDirection.get(card.direction) ?? []).filter((other) => other !== word);
		const synonyms = new Set<string>();
		const others = new Set<string>();
		if (card.direction === 'production') {
			const lang = prompt.promptLang as GlossLanguage;
			const own = new Set([word.sma, ...word.variants]);
			for (const sma of word.also?.[lang] ?? []) synonyms.add(sma);
			// The session's words the prompt fits: right too, unless the hint tells them apart (then
			// they are wrong even when the lexicon calls them synonyms: gæjhta's "takk" is not gudtsien's).
			for (const other of fitting) {
				if (told) synonyms.delete(other.word.sma);
				else synonyms.add(other.word.sma);
			}
			for (const other of deckWords)
				for (const form of [other.sma, ...other.variants]) if (!synonyms.has(form)) others.add(form);
			for (const near of word.near ?? []) others.add(near.sma);
			for (const form of own) synonyms.delete(form);
		} else {
			const lang = prompt.answerLang as GlossLanguage;
			const accepted = new Set(prompt.accepted);
			for (const other of deckWords)
				for (const gloss of other[lang]) if (!accepted.has(gloss)) others.add(gloss);
		}
		const meaning = (sma: string): string[] => {
			const found =
				deckWords.find((other) => other.sma === sma || other.variants.includes(sma)) ??
				word.near?.find((near) => near.sma === sma);
			if (!found) return [];
			return found[support].length ? found[support] : found.nb;
		};
		return { synonyms, others: [...others], meaning };
	}
}
