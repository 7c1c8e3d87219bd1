/**
 * First paint never waits for the app's code. A prerendered page is complete HTML and CSS: it can be
 * painted before any script arrives. SvelteKit's page head preloads every module of the page, which on a
 * slow phone competes with the CSS and the page itself; so, at prerender time, the preloads and the start
 * of the app move behind the first frame: the page paints, then its code is fetched (still in parallel,
 * from the same preload list) and hydrates it. Scripts stay hash-only under the CSP: the start script's
 * hash in the page's CSP is replaced with the hash of the rewritten script.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const START = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;

/** The page with its module preloads and app start deferred until after the first paint. */
export function deferAppStart(html: string): string {
	const modules = [...html.matchAll(PRELOAD)].map((match) => match[1]!);
	const start = START.exec(html);
	if (!start || !modules.length) return html;
	const original = start[1]!;
	const deferred = deferred_start(original, modules);
	const csp = `'sha256-${sha256(original)}'`;
	if (!html.includes(csp)) return html; // not a page with a hashed start script: leave it alone
	return html
		.replace(PRELOAD, '')
		.replace(start[0], `<script>${deferred}</script>`)
		.replace(csp, `'sha256-${sha256(deferred)}'`);
}

/**
 * Kit's start script, run after the first frame that shows the whole page: once the HTML is parsed,
 * requestAnimationFrame fires before the next paint and a task queued from it runs after. A hidden tab
 * gets no frames, so it starts without waiting for one.
 * The preloads go in one at a time, a task each: adding a preload link costs the main thread 2–7 ms
 * here (the browser starts its fetch there and then), so twenty at once would block input for 40–140.
 * Kit starts only once they are all in: its first imports would otherwise add every link still missing
 * in one go (Vite's preload helper). The tasks are messages, not timers, which a browser spaces out.
 */
function deferred_start(original: string, modules: string[]): string {
	// document.currentScript is only set while the script first runs: kit reads it to find its element.
	const body = original.trim().replaceAll('document.currentScript', 'script');
	return `
				(function () {
					var script = document.currentScript;
					var started = false;
					function start() {
						if (started) return;
						started = true;
						var modules = ${JSON.stringify(modules)};
						var next = new MessageChannel();
						next.port1.onmessage = preload;
						preload();
						function preload() {
							var link = document.createElement('link');
							link.rel = 'modulepreload';
							link.href = modules.shift();
							document.head.appendChild(link);
							if (modules.length) next.port2.postMessage(null);
							else {
								next.port1.close();
								${body}
							}
						}
					}
					// The whole page is parsed first: a frame painted halfway through the HTML (the parser
					// yields on a slow phone) would otherwise start the app before the rest is on screen.
					function afterPaint() {
						requestAnimationFrame(function () { setTimeout(start, 0); });
					}
					if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
					else afterPaint();
					// A hidden tab gets no frames and paints nothing: it starts at once. The timer is only a
					// safety net; a short one would, on a busy phone, start the app before the first paint.
					if (document.visibilityState === 'hidden') setTimeout(start, 0);
					setTimeout(start, 3000);
				})();
			`;
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('base64');
}
