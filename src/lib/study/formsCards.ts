/**
 * A deck's forms cards for a learner: every form group they have met, and each known word's next group
 * (forms/practice.ts, groupToOpen). One rule for the study service and the teaching benchmark.
 */
import type { Card, Deck } from '$lib/decks/deck';
import type { DeckForms, ServedWord } from '$lib/forms/forms';
import { groupToOpen, practisedGroups, type CardMemory } from '$lib/forms/practice';
import type { StudyCard } from './cards';
import { cardIdsOfWord, formsCardId, formsGroupOf, wordKeyOf } from './records';

function formsCard(
	deckId: string,
	word: Card,
	served: ServedWord,
	forms: Pick<DeckForms, 'negation'>,
	group: string
): StudyCard {
	return {
		id: formsCardId(deckId, word.id, group),
		deckId,
		direction: 'forms',
		word,
		forms: {
			group,
			pos: served.pos,
			forms: served.forms,
			...(forms.negation ? { negation: forms.negation } : {})
		}
	};
}

export function formsCardsOf(
	deck: Pick<Deck, 'id' | 'cards'>,
	forms: Pick<DeckForms, 'words' | 'negation'>,
	progress: (cardId: string) => CardMemory | undefined
): StudyCard[] {
	const cards: StudyCard[] = [];
	for (const word of deck.cards) {
		const served = forms.words[word.id];
		if (!served) continue;
		const groups = practisedGroups(word.sma, served, forms);
		const wordCards = cardIdsOfWord(wordKeyOf(deck.id, word.id)).map(progress);
		const opening = groupToOpen(groups, wordCards, (group) => progress(formsCardId(deck.id, word.id, group)));
		for (const group of groups) {
			const id = formsCardId(deck.id, word.id, group);
			if (group !== opening && !progress(id)) continue;
			cards.push(formsCard(deck.id, word, served, forms, group));
		}
	}
	return cards;
}

/**
 * An assignment's forms cards: the group's card of every word that has it, known or not (the question
 * shows the word and its meaning; the teacher chose the words).
 */
export function groupCardsOf(
	deck: Pick<Deck, 'id' | 'cards'>,
	forms: Pick<DeckForms, 'words' | 'negation'>,
	group: string
): StudyCard[] {
	return deck.cards.flatMap((word) => {
		const served = forms.words[word.id];
		if (!served || !practisedGroups(word.sma, served, forms).includes(group)) return [];
		return [formsCard(deck.id, word, served, forms, group)];
	});
}

/** A forms card met before, by its id (undefined when its word or group is no longer in the data). */
export function formsCardById(
	deck: Pick<Deck, 'id' | 'cards'>,
	forms: Pick<DeckForms, 'words' | 'negation'>,
	cardId: string
): StudyCard | undefined {
	const group = formsGroupOf(cardId);
	const wordId = cardId.split('/')[1];
	const word = deck.cards.find((card) => card.id === wordId);
	const served = word && forms.words[word.id];
	if (!group || !word || !served || !practisedGroups(word.sma, served, forms).includes(group))
		return undefined;
	return formsCard(deck.id, word, served, forms, group);
}
