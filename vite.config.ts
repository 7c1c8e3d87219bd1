import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** V8's file-wide compile hint: https://v8.dev/blog/explicit-compile-hints (Chrome 136 and later). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Every chunk of the app's client code tells V8 to compile all its functions as it arrives.
 * By default V8 compiles a function the first time it is called, on the main thread: on a first visit
 * that is most of what hydration costs (a returning learner's service worker has the compiled code
 * cached, and the same page hydrates several times faster). Compiled while the file streams in, on a
 * background thread, the work is off the thread that answers taps. Every chunk qualifies: the app is
 * small, and each chunk is loaded to be used at once (the lazy ones are split off for when, not whether).
 */
function compileHints(): Plugin {
	return {
		name: 'lieredh-compile-hints',
		apply: 'build',
		// Last of all: after minification, which keeps no comment but legal ones, and after Vite puts its
		// preload helper on top. A chunk's name is already hashed from its content then, which the hint
		// does not change from one build to the next.
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				if (this.environment.config.consumer !== 'client') return;
				for (const chunk of Object.values(bundle)) {
					// The hint only counts as the file's first line; source maps are not built.
					if (chunk.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), compileHints()],
	server: { fs: { allow: ['lessons'] } },
	test: {
		include: ['src/**/*.spec.ts', 'lessons/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
