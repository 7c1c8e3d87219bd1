/**
 * The interface language as app state. `t` reads the current language, so any template that calls it
 * re-renders when the learner switches language: no reload.
 */
import i18next, { type TOptions } from 'i18next';
import nb from './locales/nb.json';
import { DEFAULT_LANGUAGE, isLanguage, pickLanguage, type Language } from './languages';
import type { GlossLanguage } from '$lib/lexicon/lexicon';

type Messages = typeof nb;

// Only Bokmål ships in the first bundle (pages are prerendered in it); the others load when chosen.
const loaders: Record<Exclude<Language, 'nb'>, () => Promise<{ default: unknown }>> = {
	sv: () => import('./locales/sv.json'),
	en: () => import('./locales/en.json'),
	sma: () => import('./locales/sma.json')
};

/** localStorage mirror read by static/boot.js before first paint. */
export const LANGUAGE_STORAGE_KEY = 'lieredh:lang';

const i18n = i18next.createInstance();
void i18n.init({
	lng: DEFAULT_LANGUAGE,
	// South Sami texts exist only where a human translation does; everything else reads Norwegian.
	fallbackLng: { sma: ['nb'], default: ['nb'] },
	resources: { nb: { translation: nb } },
	initAsync: false,
	interpolation: { escapeValue: false },
	returnEmptyString: false
});

/** BCP 47 tags for Intl: South Sami has no CLDR number or date data, so it formats as Norwegian. */
const INTL_TAGS: Record<Language, string> = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB', sma: 'nb-NO' };

class Locale {
	#lang = $state<Language>(DEFAULT_LANGUAGE);
	#chosen = $state(false);

	get lang(): Language {
		return this.#lang;
	}

	/** True once the learner has picked a language themselves (otherwise it came from the browser). */
	get chosen(): boolean {
		return this.#chosen;
	}

	/** The language cards are translated into (until the learner picks one): South Sami reads Norwegian. */
	get support(): GlossLanguage {
		return this.#lang === 'sma' ? 'nb' : this.#lang;
	}

	get intlTag(): string {
		return INTL_TAGS[this.#lang];
	}

	t = (key: string, options?: TOptions): string => {
		return i18n.t(key, { ...options, lng: this.#lang }) as string;
	};

	/** Loads the saved language, or the browser's, before the app hydrates. */
	async start(): Promise<void> {
		const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
		this.#chosen = isLanguage(saved);
		await this.#switch(isLanguage(saved) ? saved : pickLanguage(navigator.languages));
	}

	/** The learner's own choice: applied at once and remembered on this device. */
	async choose(lang: Language): Promise<void> {
		await this.#switch(lang);
		this.#chosen = true;
		localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
	}

	async #switch(lang: Language): Promise<void> {
		if (lang !== 'nb' && !i18n.hasResourceBundle(lang, 'translation')) {
			const messages = (await loaders[lang]()).default;
			i18n.addResourceBundle(lang, 'translation', messages as Messages);
		}
		this.#lang = lang;
		document.documentElement.lang = lang;
	}
}

export const locale = new Locale();
export const t = locale.t;
