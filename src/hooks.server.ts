/**
 * Every page is prerendered once per interface language: `<html lang>` is the page's language, and the
 * boot script (src/boot.js) is inlined so it runs before the first paint without a request of its own,
 * and the app's code starts after the first paint (see $lib/server/firstPaint).
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { languageOfPath } from '$lib/i18n/languages';
import { deferAppStart } from '$lib/server/firstPaint';
import boot from './boot.js?raw';
import { classService } from '$lib/server/classes/service';

/**
 * The class server opens its database and migrates it before the first request is answered (never
 * while prerendering). A database that is not there yet does not stop the app: /api retries it.
 */
export const init: ServerInit = async () => {
	if (building) return;
	await classService().catch((error: unknown) =>
		console.error('Class service did not start yet:', error instanceof Error ? error.message : error)
	);
};

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			deferAppStart(
				html
					.replace('%lieredh.lang%', languageOfPath(event.url.pathname))
					.replace('%lieredh.boot%', `<script>${boot}</script>`)
			)
	});
