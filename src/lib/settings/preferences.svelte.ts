/**
 * How South Sami is shown to this learner: the support language of the cards and the spelling profile.
 * Preferences of the learner using the device now (their profile's keys in localStorage, read before the
 * first card), like the interface language.
 */
import { locale } from '$lib/i18n/locale.svelte';
import { isProfile, spell, type SpellingProfile } from '$lib/answers/spelling';
import type { GlossLanguage } from '$lib/lexicon/lexicon';
import { isTypingChoice, type LearningPath, type TypingChoice } from '$lib/study/ladder';
import { profileKey } from './profiles.svelte';
import type { Preferences as SavedPreferences } from '$lib/backup/format';

const SUPPORT_KEY = 'lieredh:support';
const SPELLING_KEY = 'lieredh:spelling';
/** Also read by src/boot.js before the first paint (a unit test holds the two together). */
export const LEARNER_KEY = 'lieredh:learner';
const TYPING_KEY = 'lieredh:typing';
const SOUNDS_KEY = 'lieredh:sounds';
const SPEAK_KEY = 'lieredh:speak';

/** Who is learning on this device: chosen at first start, changed in Settings. */
export const LEARNERS = ['child', 'adult'] as const;
export type Learner = (typeof LEARNERS)[number];
const isLearner = (value: unknown): value is Learner => LEARNERS.includes(value as Learner);
export const SUPPORT_LANGUAGES: readonly GlossLanguage[] = ['nb', 'sv', 'en'];

function isSupport(value: unknown): value is GlossLanguage {
	return typeof value === 'string' && (SUPPORT_LANGUAGES as readonly string[]).includes(value);
}

class Preferences {
	/** null: follow the interface language. */
	#support = $state<GlossLanguage | null>(null);
	/** null: follow the support language (Swedish → Sweden, otherwise Norway). */
	#spelling = $state<SpellingProfile | null>(null);

	/** null: not chosen yet (the first start asks). */
	#learner = $state<Learner | null>(null);
	/** null: as fits the learner (a child never types; an adult types after the tiles). */
	#typing = $state<TypingChoice | null>(null);
	/** A sound at the end of a session: off unless turned on. */
	#sounds = $state(false);
	/** null: as fits the learner (a child hears each new word and each answer by itself; an adult taps). */
	#speak = $state<boolean | null>(null);

	get learner(): Learner | null {
		return this.#learner;
	}
	get child(): boolean {
		return this.#learner === 'child';
	}
	get typingChoice(): TypingChoice | null {
		return this.#typing;
	}
	get sounds(): boolean {
		return this.#sounds;
	}
	/** Recorded words play by themselves on the intro card and after an answer. */
	get speak(): boolean {
		return this.#speak ?? this.child;
	}
	get speakChoice(): boolean | null {
		return this.#speak;
	}

	/** How far this learner's ladder goes. */
	get path(): LearningPath {
		const child = this.child;
		return { child, typing: this.#typing ?? (child ? 'never' : 'after-tiles') };
	}

	/** The learner's explicit choices (null = automatic), for the Settings form. */
	get supportChoice(): GlossLanguage | null {
		return this.#support;
	}
	get spellingChoice(): SpellingProfile | null {
		return this.#spelling;
	}

	/** The language the cards are translated into: chosen, or the interface language (South Sami → nb). */
	get support(): GlossLanguage {
		return this.#support ?? (locale.lang === 'sma' ? 'nb' : locale.lang);
	}

	get spelling(): SpellingProfile {
		return this.#spelling ?? (this.support === 'sv' ? 'sweden' : 'norway');
	}

	/** Text as shown: South Sami in the learner's profile, anything else unchanged. */
	show = (text: string, lang: string = 'sma'): string => (lang === 'sma' ? spell(text, this.spelling) : text);

	start(): void {
		const support = localStorage.getItem(profileKey(SUPPORT_KEY));
		const spelling = localStorage.getItem(profileKey(SPELLING_KEY));
		this.#support = isSupport(support) ? support : null;
		this.#spelling = isProfile(spelling) ? spelling : null;
		const learner = localStorage.getItem(profileKey(LEARNER_KEY));
		const typing = localStorage.getItem(profileKey(TYPING_KEY));
		this.#learner = isLearner(learner) ? learner : null;
		this.#typing = isTypingChoice(typing) ? typing : null;
		this.#sounds = localStorage.getItem(profileKey(SOUNDS_KEY)) === 'on';
		const speak = localStorage.getItem(profileKey(SPEAK_KEY));
		this.#speak = speak === 'on' ? true : speak === 'off' ? false : null;
	}

	chooseLearner(value: Learner): void {
		this.#learner = value;
		remember(LEARNER_KEY, value);
		// As src/boot.js marks it on the next load: what waits for the answer shows now.
		document.documentElement.dataset.chosenLearner = '';
	}

	chooseTyping(value: TypingChoice | null): void {
		this.#typing = value;
		remember(TYPING_KEY, value);
	}

	chooseSounds(on: boolean): void {
		this.#sounds = on;
		remember(SOUNDS_KEY, on ? 'on' : null);
	}

	chooseSpeak(on: boolean | null): void {
		this.#speak = on;
		remember(SPEAK_KEY, on === null ? null : on ? 'on' : 'off');
	}

	/** The learner's own choices, as a backup carries them (automatic ones are left out). */
	snapshot(): SavedPreferences {
		return {
			...(this.#support ? { support: this.#support } : {}),
			...(this.#spelling ? { spelling: this.#spelling } : {}),
			...(this.#learner ? { learner: this.#learner } : {}),
			...(this.#typing ? { typing: this.#typing } : {}),
			...(this.#sounds ? { sounds: 'on' } : {}),
			...(this.#speak === null ? {} : { speak: this.#speak ? 'on' : 'off' })
		};
	}

	/** A backup's preferences replace this learner's (what the backup leaves out goes back to automatic). */
	restore(saved: SavedPreferences): void {
		this.chooseSupport(isSupport(saved.support) ? saved.support : null);
		this.chooseSpelling(isProfile(saved.spelling) ? saved.spelling : null);
		if (isLearner(saved.learner)) this.chooseLearner(saved.learner);
		this.chooseTyping(isTypingChoice(saved.typing) ? saved.typing : null);
		this.chooseSounds(saved.sounds === 'on');
		this.chooseSpeak(saved.speak === 'on' ? true : saved.speak === 'off' ? false : null);
	}

	chooseSupport(value: GlossLanguage | null): void {
		this.#support = value;
		remember(SUPPORT_KEY, value);
	}

	chooseSpelling(value: SpellingProfile | null): void {
		this.#spelling = value;
		remember(SPELLING_KEY, value);
	}
}

/** Kept for the profile learning now (each learner on a device has their own preferences). */
function remember(key: string, value: string | null): void {
	if (value === null) localStorage.removeItem(profileKey(key));
	else localStorage.setItem(profileKey(key), value);
}

export const preferences = new Preferences();
