import { isOwnDrawing } from '$lib/lexicon/pictures';
import { builtInDecks, deckVoices, lexiconErrata, projectEnglish, usedPictures } from '$lib/server/lessons';

/**
 * The reviewed corrections of the lexicon's translations, how many words have the project's English,
 * and how many deck words have a picture (and how many drawings that takes, how many of them made for
 * Lïeredh), and who recorded the built-in voices.
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
		ownDrawings: drawings.filter(isOwnDrawing).length,
		// Every built-in speaker, with the licence they chose and how many words they recorded.
		voices: deckVoices().map(({ id, speaker, area, licence, recorded, files }) => ({
			id,
			speaker,
			area,
			licence,
			recorded,
			words: files.length
		}))
	};
}
