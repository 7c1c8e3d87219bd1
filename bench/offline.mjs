// offline: what the service worker stores on a first visit, measured in Chromium from the cache itself.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

export async function offlineBench(url) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`${url}/`);
		await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
			timeout: 30_000
		});
		const figures = await page.evaluate(async () => {
			let files = 0;
			let bytes = 0;
			let lexicon = 0;
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) {
					const size = (await (await cache.match(request)).arrayBuffer()).byteLength;
					files++;
					bytes += size;
					if (new URL(request.url).pathname === '/lexicon.json') lexicon = size;
				}
			}
			return { files, bytes, lexicon };
		});
		return {
			precacheFiles: figures.files,
			precacheKiB: Math.round(figures.bytes / 1024),
			lexiconKiB: Math.round(figures.lexicon / 1024),
			note: 'uncompressed bytes in the Cache Storage after the service worker installed on a first visit'
		};
	} finally {
		await browser.close();
	}
}
