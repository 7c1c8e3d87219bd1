import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';
import { preferences } from '$lib/settings/preferences.svelte';

// Every page is prerendered (in Norwegian); the client switches to the learner's language before hydrating.
export const prerender = true;
export const trailingSlash = 'never';

export async function load() {
	if (browser) {
		await locale.start();
		preferences.start();
	}
	return {};
}
