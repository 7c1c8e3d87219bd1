/**
 * A live game's word as a screen shows it (the projector, a phone, the end): South Sami in the
 * learner's spelling, a meaning in their support language, as on the study screen.
 */
import type { LiveWord } from '$lib/live/game';
import { preferences } from '$lib/settings/preferences.svelte';

export function liveText(word: LiveWord, as: 'sma' | 'meaning'): string {
	return as === 'sma' ? preferences.show(word.sma) : word.meaning[preferences.support];
}
