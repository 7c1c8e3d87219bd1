/** Which exercise a card gets, and the options of a multiple-choice question. */
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { glossesIn } from '$lib/decks/translate';
import type { StudyCard } from './cards';
import type { Exercise } from './records';
import { shuffle } from '$lib/data/shuffle';

export type { Exercise };

/**
 * The text a card asks about and the forms that answer it, in the learner's support language.
 * `fallback` names the language shown instead when the word has no translation in it (English is thin
 * in the lexicon): the screen says so.
 */
export function promptOf(card: StudyCard, support: GlossLanguage) {
	const shown = glossesIn(card.word, support);
	return card.direction === 'recognition'
		? {
				prompt: card.word.sma,
				promptLang: 'sma' as const,
				// Every gloss of the sense is right, not only the (at most three) shown.
				accepted: card.word.accept?.[shown.fallback ?? support] ?? shown.glosses,
				answerLang: shown.fallback ?? support,
				fallback: shown.fallback
			}
		: {
				prompt: shown.glosses.join(', '),
				promptLang: shown.fallback ?? support,
				accepted: [card.word.sma, ...card.word.variants],
				answerLang: 'sma' as const,
				fallback: shown.fallback
			};
}

export interface ChoiceOption {
	/** The card the option is the answer of (a forms card's options: `${cardId}#${form}`); unique among the four. */
	cardId: string;
	text: string;
	/** The option's picture (a same-origin URL): every option has one, or none does. */
	picture?: string;
	correct: boolean;
}

export interface ChoiceContext {
	/** The learner's support language. */
	support: GlossLanguage;
	/** Word ids the learner has met: wrong options from words they know are fair ones. */
	known?: ReadonlySet<string>;
	random?: () => number;
	count?: number;
}

/**
 * Four options: the answer and three others from the same deck. Never one that shares a gloss with
 * the answer (bovtse and båatsoe are both "rein": never side by side). The others are the fairest
 * ones: the same part of speech, a label of similar length (no long specialist gloss next to a short
 * everyday one), a word the learner has met, and a word near the answer in the deck's order (decks go
 * from common to rare, so that is the same level); the best few are shuffled so it does not become a
 * pattern. Recognition options carry pictures only when all four have one (an odd one out is a clue).
 */
export function choiceOptions(
	card: StudyCard,
	deckCards: readonly StudyCard[],
	{ support, known = new Set(), random = Math.random, count = 4 }: ChoiceContext
): ChoiceOption[] {
	// All options in one language: the one the answer is shown in (Norwegian when it has no English).
	const shown = glossesIn(card.word, support);
	const language = shown.fallback ?? support;
	const answer = shown.glosses;
	const label = (other: StudyCard) =>
		card.direction === 'recognition' ? (other.word[language][0] ?? '') : other.word.sma;
	const clash = (other: StudyCard) =>
		other.word.id === card.word.id ||
		other.word[language].some((gloss) => answer.includes(gloss)) ||
		label(other) === label(card);
	const pool = deckCards.filter(
		(other) => other.direction === card.direction && label(other) !== '' && !clash(other)
	);
	const pictured = card.direction === 'recognition' && !!card.word.picture;
	const withPictures = pool.filter((other) => other.word.picture);
	const usePictures = pictured && new Set(withPictures.map(label)).size >= count - 1;
	const position = new Map(deckCards.map((other, index) => [other.id, index]));
	const at = position.get(card.id) ?? 0;
	const length = label(card).length;
	const unfairness = (other: StudyCard) => {
		const ratio = Math.max(length, label(other).length) / Math.max(1, Math.min(length, label(other).length));
		return (
			(other.word.pos === card.word.pos ? 0 : 8) +
			(ratio > 2 ? 4 : 0) +
			(known.has(other.word.id) ? 0 : 1) +
			Math.min(3, Math.abs((position.get(other.id) ?? 0) - at) / 20)
		);
	};
	const ranked = shuffle(usePictures ? withPictures : pool, random)
		.map((other) => ({ other, score: unfairness(other) }))
		.sort((a, b) => a.score - b.score)
		.map(({ other }) => other);
	const picked: StudyCard[] = [];
	for (const other of ranked) {
		if (picked.length === count - 1) break;
		if (!picked.some((p) => label(p) === label(other))) picked.push(other);
	}
	// The best few, shuffled: which three is not always the same, but never an unfair one.
	const options = [card, ...picked].map((option) => ({
		cardId: option.id,
		text: label(option),
		...(usePictures && option.word.picture ? { picture: option.word.picture } : {}),
		correct: option === card
	}));
	return shuffle(options, random);
}
