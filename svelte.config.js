import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// One version per build: kept in the environment so the prerender workers read the same one.
// Set LIEREDH_VERSION to pin it (the update-flow test builds two named versions).
process.env.LIEREDH_VERSION ??= Date.now().toString(36);
// Where the build goes: the update-flow test builds a second version elsewhere, leaving `build` alone.
const out = process.env.LIEREDH_BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true, pages: out ?? 'build', assets: out ?? 'build' }),
		outDir: out ? `${out}-kit` : '.svelte-kit',
		// Registered by hand through workbox-window, so the app can offer "new version — reload".
		serviceWorker: { register: false },
		version: { name: process.env.LIEREDH_VERSION },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
