// firstLoadJsGzipKiB: the gzip size of the JS a first visit to a route loads, read from the built HTML
// (its modulepreload links and the entry imports of Kit's start script), as the browser would fetch it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

const BUILD = 'build';

function htmlFile(route) {
	return join(BUILD, route === '/' ? 'index.html' : `${route.slice(1)}.html`);
}

/** JS files (relative to build/) the page's HTML asks for before any code runs. */
export function entryScripts(html) {
	const found = new Set();
	for (const [tag] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*>/g)) {
		const href = tag.match(/href="([^"]+)"/)?.[1];
		if (href) found.add(href);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) found.add(m[1]);
	return [...found].map((href) => href.replace(/^(\.\.?\/)+/, ''));
}

/** The entries plus every module they import statically (dynamic imports load later, on demand). */
function staticClosure(entries) {
	const seen = new Set();
	const queue = [...entries];
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(BUILD, file), 'utf8');
		for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
			queue.push(join(dirname(file), m[1]));
		}
	}
	return [...seen];
}

export function firstLoadJsGzipKiB(routes) {
	const result = {};
	for (const route of routes) {
		const scripts = staticClosure(entryScripts(readFileSync(htmlFile(route), 'utf8')));
		const bytes = scripts.reduce(
			(sum, file) => sum + gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length,
			0
		);
		result[route] = Math.round((bytes / 1024) * 10) / 10;
	}
	return result;
}
