/**
 * South Sami spelling profiles. The standard form in the lexicon (and so in every stored answer, deck
 * file and backup) writes æ and ö. Norway's schools write æ; Sweden's write ä. Both write ö, so an ø
 * (a Norwegian keyboard's letter) is always shown as ö.
 *
 * Display rule: South Sami text is converted only when it is shown (`spell`), never when it is stored
 * or compared; the answer checker accepts either letter anyway.
 */

export const PROFILES = ['norway', 'sweden'] as const;
export type SpellingProfile = (typeof PROFILES)[number];

const RULES: Record<SpellingProfile, [RegExp, string][]> = {
	norway: [
		[/ä/g, 'æ'],
		[/Ä/g, 'Æ'],
		[/ø/g, 'ö'],
		[/Ø/g, 'Ö']
	],
	sweden: [
		[/æ/g, 'ä'],
		[/Æ/g, 'Ä'],
		[/ø/g, 'ö'],
		[/Ø/g, 'Ö']
	]
};

/** South Sami text as the profile writes it. */
export function spell(text: string, profile: SpellingProfile): string {
	let result = text.normalize('NFC');
	for (const [pattern, letter] of RULES[profile]) result = result.replace(pattern, letter);
	return result;
}

export function isProfile(value: unknown): value is SpellingProfile {
	return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}
