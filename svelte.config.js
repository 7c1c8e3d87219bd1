import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import nodeAdapter from '@sveltejs/adapter-node';
import staticAdapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// One version per build: kept in the environment so the prerender workers read the same one.
// Set LIEREDH_VERSION to pin it (the update-flow test builds two named versions).
process.env.LIEREDH_VERSION ??= Date.now().toString(36);
// Where the build goes: the update-flow test builds a second version elsewhere, leaving `build` alone.
const out = process.env.LIEREDH_BUILD_DIR;

/**
 * One build, two ways to serve it. `build/` is the whole app as plain static files (any web server;
 * the online-class features hide themselves there, since /api answers nothing). `build-server/` is the
 * same app with the class API, run by `node build-server` (adapter-node). The API is the only route
 * that is not prerendered, so the static copy leaves out nothing else.
 * @returns {import('@sveltejs/kit').Adapter}
 */
function bothAdapters() {
	const site = staticAdapter({ strict: false, pages: out ?? 'build', assets: out ?? 'build' });
	const server = nodeAdapter({ out: `${out ?? 'build'}-server`, precompress: !out });
	return {
		name: 'lieredh-static-and-node',
		async adapt(builder) {
			await site.adapt(builder);
			// The static copy answers the app's "is there a class server?" itself: no, and no 404 to log.
			mkdirSync(`${out ?? 'build'}/api`, { recursive: true });
			writeFileSync(`${out ?? 'build'}/api/health`, '{"ok":false}\n');
			await server.adapt(builder);
		}
	};
}

// src/boot.js is inlined into every page (src/hooks.server.ts): the CSP allows exactly that text.
const bootHash = createHash('sha256').update(readFileSync('src/boot.js', 'utf8')).digest('base64');

// Every page in every interface language. Norwegian pages have no prefix and are found by crawling;
// the others are listed, since links inside the app carry no language (the learner's choice does).
const PREFIXED = ['sv', 'en', 'sma'];
const PAGES = [
	'',
	'/decks',
	'/study',
	'/teach',
	'/teach/assignments',
	'/teach/guide',
	'/teach/deck',
	'/teach/studio',
	'/profiles',
	'/progress',
	'/a',
	'/d',
	'/join',
	'/play',
	'/teach/live',
	'/assignment',
	'/settings',
	'/credits'
];
const DECKS = readdirSync('lessons')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => `/decks/${file.slice(0, -'.yaml'.length)}`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: bothAdapters(),
		outDir: out ? `${out}-kit` : '.svelte-kit',
		// Registered by hand through workbox-window, so the app can offer "new version — reload".
		serviceWorker: { register: false },
		version: { name: process.env.LIEREDH_VERSION },
		prerender: {
			entries: ['*', ...PREFIXED.flatMap((lang) => [...PAGES, ...DECKS].map((page) => `/${lang}${page}`))],
			// The recordings' route has no pages when no voice is built in (lessons/voices/ empty): fine.
			// Any other route left unrendered is still an error.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !route.startsWith('/voices/'))) throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', `sha256-${bootHash}`],
				// Svelte transitions and style attributes are inline styles; scripts stay hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
