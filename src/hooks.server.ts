/**
 * Every page is prerendered once per interface language: `<html lang>` is the page's language, and the
 * boot script (src/boot.js) is inlined so it runs before the first paint without a request of its own,
 * and the app's code starts after the first paint (see $lib/server/firstPaint).
 */
import type { Handle } from '@sveltejs/kit';
import { languageOfPath } from '$lib/i18n/languages';
import { deferAppStart } from '$lib/server/firstPaint';
import boot from './boot.js?raw';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			deferAppStart(
				html
					.replace('%lieredh.lang%', languageOfPath(event.url.pathname))
					.replace('%lieredh.boot%', `<script>${boot}</script>`)
			)
	});
