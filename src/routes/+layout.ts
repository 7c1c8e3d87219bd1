import { browser } from '$app/environment';
import { isPrefixedLanguage, DEFAULT_LANGUAGE } from '$lib/i18n/languages';
import { locale } from '$lib/i18n/locale.svelte';
import { preferences } from '$lib/settings/preferences.svelte';
import { profiles } from '$lib/settings/profiles.svelte';

// Every page is prerendered in every interface language (`/decks`, `/sv/decks`, …). In the browser the
// learner's saved language wins over the address; src/boot.js has already fetched the matching page.
export const prerender = true;
export const trailingSlash = 'never';

export async function load({ params }) {
	const lang = isPrefixedLanguage(params.lang) ? params.lang : DEFAULT_LANGUAGE;
	if (browser) {
		await locale.start(params.lang ? lang : undefined);
		profiles.start();
		preferences.start();
	} else {
		await locale.render(lang);
	}
	return {};
}
