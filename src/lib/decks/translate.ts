/** Which translations of a card to show in a support language, falling back where the lexicon has none. */
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import type { Card, Localized } from './deck';

export interface Shown {
	glosses: string[];
	/** The language actually shown when the asked one is empty (English is thin in the lexicon). */
	fallback: GlossLanguage | null;
}

const FALLBACKS: Record<GlossLanguage, GlossLanguage[]> = { nb: ['sv'], sv: ['nb'], en: ['nb', 'sv'] };

export function glossesIn(card: Pick<Card, GlossLanguage>, lang: GlossLanguage): Shown {
	if (card[lang].length) return { glosses: card[lang], fallback: null };
	for (const other of FALLBACKS[lang])
		if (card[other].length) return { glosses: card[other], fallback: other };
	return { glosses: [], fallback: null };
}

/** A deck's title or description in an interface language; South Sami reads the Norwegian text. */
export function textIn(text: Localized, lang: GlossLanguage | 'sma'): string {
	return lang === 'sma' ? text.nb : text[lang];
}
