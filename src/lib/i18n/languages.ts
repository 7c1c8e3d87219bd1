/** The interface languages, and how a browser's preferences map onto them. */

export const LANGUAGES = ['nb', 'sv', 'en', 'sma'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every page is prerendered in, and the one missing texts fall back to. */
export const DEFAULT_LANGUAGE: Language = 'nb';

/** Each language's name in itself (South Sami from the Oahpa interface glossary: "South Sami"). */
export const NATIVE_NAMES: Record<Language, string> = {
	nb: 'Norsk (bokmål)',
	sv: 'Svenska',
	en: 'English',
	sma: 'Åarjelsaemien'
};

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the app speaks; Nynorsk and "no" read as Bokmål. */
export function pickLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (base === 'no' || base === 'nn') return 'nb';
		if (isLanguage(base)) return base;
	}
	return DEFAULT_LANGUAGE;
}
