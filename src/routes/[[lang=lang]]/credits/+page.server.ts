import { isOwnDrawing } from '$lib/lexicon/pictures';
import { builtInDecks, lexiconErrata, projectEnglish, usedPictures } from '$lib/server/lessons';

/**
 * The reviewed corrections of the lexicon's translations, how many words have the project's English,
 * and how many deck words have a picture (and how many drawings that takes, how many of them made for
 * Lïeredh).
 */
export function load() {
	const drawings = usedPictures();
	const pictured = new Set(
		builtInDecks().flatMap((deck) =>
			deck.cards.filter((card) => card.picture).map((card) => `${card.sma}/${card.pos}`)
		)
	);
	return {
		errata: lexiconErrata(),
		projectEnglish: projectEnglish().size,
		picturedWords: pictured.size,
		drawings: drawings.length,
		ownDrawings: drawings.filter(isOwnDrawing).length
	};
}
