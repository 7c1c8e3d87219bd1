/** The interface languages, and how a browser's preferences map onto them. */

export const LANGUAGES = ['nb', 'sv', 'en', 'sma'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every page is prerendered in, and the one missing texts fall back to. */
export const DEFAULT_LANGUAGE: Language = 'nb';

/** Languages whose pages live under a prefix (`/sv/decks`); the default language's pages have none. */
export const PREFIXED_LANGUAGES = LANGUAGES.filter((lang) => lang !== DEFAULT_LANGUAGE);

export function isPrefixedLanguage(value: unknown): value is Language {
	return isLanguage(value) && value !== DEFAULT_LANGUAGE;
}

/** The language a page address is in: its first segment when that is a prefix, else the default. */
export function languageOfPath(pathname: string): Language {
	const first = pathname.split('/')[1];
	return isPrefixedLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/** The address of the same page in another language (`/decks` → `/sv/decks`, `/sv` → `/`). */
export function pathInLanguage(pathname: string, lang: Language): string {
	const rest =
		languageOfPath(pathname) === DEFAULT_LANGUAGE ? pathname : pathname.replace(/^\/[^/]+/, '') || '/';
	if (lang === DEFAULT_LANGUAGE) return rest;
	return rest === '/' ? `/${lang}` : `/${lang}${rest}`;
}

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

/** Where the page keeps the learner's language for the service worker (which cannot read localStorage). */
export const LANGUAGE_CACHE = 'lieredh-preferences';
export const LANGUAGE_CACHE_KEY = '/language';
