/**
 * The interface language as app state. `t` reads the current language, so any template that calls it
 * re-renders when the learner switches language: no reload.
 */
import i18next, { type TOptions } from 'i18next';
import nb from './locales/nb.json';
import {
	DEFAULT_LANGUAGE,
	isLanguage,
	LANGUAGE_CACHE,
	LANGUAGE_CACHE_KEY,
	pickLanguage,
	type Language
} from './languages';
import type { GlossLanguage } from '$lib/lexicon/lexicon';

type Messages = typeof nb;

// Only Bokmål ships in the first bundle (pages are prerendered in it); the others load when chosen.
const loaders: Record<Exclude<Language, 'nb'>, () => Promise<{ default: unknown }>> = {
	sv: () => import('./locales/sv.json'),
	en: () => import('./locales/en.json'),
	sma: () => import('./locales/sma.json')
};

/** localStorage mirror read by src/boot.js before first paint. */
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

/** Enough for every text of a session and more; past it, the remembered texts start again. */
const MAX_REMEMBERED = 2000;

/**
 * What identifies one translated text, or undefined when its options cannot be told apart by value (an
 * object, a function: those are translated every time). Keys and values never hold U+0000.
 */
function textId(lang: string, key: string, options: TOptions | undefined): string | undefined {
	let id = `${lang}\u0000${key}`;
	if (!options) return id;
	for (const name of Object.keys(options).sort()) {
		const value = options[name];
		if (value !== undefined && value !== null && typeof value === 'object') return undefined;
		if (typeof value === 'function') return undefined;
		id += `\u0000${name}=${typeof value}:${String(value)}`;
	}
	return id;
}

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
		const lang = this.#lang; // read first: a template calling t re-renders when the language changes
		const id = textId(lang, key, options);
		let text = id === undefined ? undefined : this.#texts.get(id);
		if (text === undefined) {
			text = i18n.t(key, { ...options, lng: lang }) as string;
			if (id !== undefined) this.#remember(id, text);
		}
		return text;
	};

	/**
	 * Texts already translated, by language, key and options. A page calls t a hundred times while it
	 * hydrates (every tile, every button), mostly with the same few keys; i18next resolves each call anew
	 * (fallbacks, plural rules, interpolation), and on a slow phone that is time the page cannot respond.
	 */
	#texts = new Map<string, string>();

	#remember(id: string, text: string): void {
		if (this.#texts.size >= MAX_REMEMBERED) this.#texts.clear();
		this.#texts.set(id, text);
	}

	/**
	 * Loads the learner's language before the app hydrates: their saved choice, else the language in the
	 * page's address (`/sv/…`), else the browser's. src/boot.js makes the same choice before first paint.
	 */
	async start(pageLanguage?: Language): Promise<void> {
		const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
		this.#chosen = isLanguage(saved);
		await this.#switch(isLanguage(saved) ? saved : (pageLanguage ?? pickLanguage(navigator.languages)));
		rememberForServiceWorker(this.#lang);
	}

	/** Prerendering: the language of the page being rendered (pages render one at a time). */
	async render(lang: Language): Promise<void> {
		await this.#load(lang);
		this.#lang = lang;
	}

	/** The learner's own choice: applied at once and remembered on this device. */
	async choose(lang: Language): Promise<void> {
		await this.#switch(lang);
		this.#chosen = true;
		localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
		rememberForServiceWorker(lang);
	}

	async #load(lang: Language): Promise<void> {
		if (lang !== 'nb' && !i18n.hasResourceBundle(lang, 'translation')) {
			const messages = (await loaders[lang]()).default;
			i18n.addResourceBundle(lang, 'translation', messages as Messages);
			this.#texts.clear(); // what read Norwegian as a fallback may have a text of its own now
		}
	}

	async #switch(lang: Language): Promise<void> {
		await this.#load(lang);
		this.#lang = lang;
		document.documentElement.lang = lang;
	}
}

/**
 * The service worker answers a page request with the page in the learner's language, so a returning
 * visitor never waits for a redirect or a re-render. It cannot read localStorage: the language is kept
 * for it in Cache Storage (see src/service-worker.ts).
 */
function rememberForServiceWorker(lang: Language): void {
	if (!('caches' in globalThis)) return;
	void caches
		.open(LANGUAGE_CACHE)
		.then((cache) => cache.put(LANGUAGE_CACHE_KEY, new Response(lang)))
		.catch(() => undefined);
}

export const locale = new Locale();
export const t = locale.t;
