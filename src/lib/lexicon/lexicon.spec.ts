import { describe, expect, it } from 'vitest';
import { themesOfWord } from './compact';

describe("a word's themes in the learner's language", () => {
	it.each([
		[['ANIMAL_DOM', 'MORFAS'], ['animals']],
		[['REINDEER', 'HERDING_THING', 'NATURE_PLACE_REINDEER'], ['reindeer']],
		[['FOOD_GROCERY', 'DRINK'], ['food']],
		[['ABSTRACT', 'YYY', 'mTIME_GEN'], []],
		[
			['BODYPART', 'CLOTHING_PL'],
			['body', 'clothes']
		]
	])('%o → %o (the app’s themes, never Oahpa’s English codes)', (themes, expected) => {
		expect(themesOfWord({ themes })).toEqual(expected);
	});
});
