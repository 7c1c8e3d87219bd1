/** Which exercise a card gets, and the options of a multiple-choice question. */
import { State, type Memory } from '$lib/srs/fsrs';
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { glossesIn } from '$lib/decks/translate';
import type { StudyCard } from './cards';
import type { Exercise } from './records';

export type { Exercise };

/**
 * New and young recognition cards are multiple choice; once a word has been recalled twice it is typed.
 * Production cards are always typed in South Sami. Adults who grade themselves get flashcards.
 */
export function chooseExercise(card: StudyCard, memory: Memory | undefined, flashcards: boolean): Exercise {
	if (flashcards) return 'flashcard';
	if (card.direction === 'production') return 'typing';
	const young = !memory || memory.state === State.New || memory.reps - memory.lapses < 2;
	return young ? 'choice' : 'typing';
}

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
				accepted: shown.glosses,
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
	cardId: string;
	text: string;
	emoji?: string;
	correct: boolean;
}

/**
 * Four options: the answer and three others from the same deck, same part of speech where possible,
 * never one that shares a gloss with the answer (bovtse and båatsoe are both "rein": never side by side).
 * `random` returns [0, 1), injected so tests and replays are repeatable.
 */
export function choiceOptions(
	card: StudyCard,
	deckCards: readonly StudyCard[],
	support: GlossLanguage,
	random: () => number = Math.random,
	count = 4
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
	const samePos = shuffle(
		pool.filter((other) => other.word.pos === card.word.pos),
		random
	);
	const otherPos = shuffle(
		pool.filter((other) => other.word.pos !== card.word.pos),
		random
	);
	const picked: StudyCard[] = [];
	for (const other of [...samePos, ...otherPos]) {
		if (picked.length === count - 1) break;
		if (!picked.some((p) => label(p) === label(other))) picked.push(other);
	}
	const options = [card, ...picked].map((option) => ({
		cardId: option.id,
		text: label(option),
		...(option.word.emoji && card.direction === 'recognition' ? { emoji: option.word.emoji } : {}),
		correct: option === card
	}));
	return shuffle(options, random);
}

function shuffle<T>(items: T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
