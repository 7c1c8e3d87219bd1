// lexicon: searching all ~15,000 words as a teacher types, in Chromium against the built app.
// Each keystroke is timed from the input event to the result list updated in the DOM (User Timing
// 'lieredh:search', recorded by the deck editor).
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const QUERIES = [
	'giele',
	'rein',
	'båatsoe',
	'ryöjnesjæjja',
	'gjerde',
	'snow',
	'Plaassja',
	'tjïelte',
	'lasso',
	'vaerie',
	'a'
];

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n) => Math.round(n * 10) / 10;

export async function lexiconBench(url) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`${url}/teach/deck`);
		// A teacher types once the app is installed: the first visit's precaching (some 300 files) is a
		// one-off that would otherwise run in the background of the very keystrokes measured.
		await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
			timeout: 60_000
		});
		const box = page.locator('input[type="search"][data-ready="yes"]');
		await box.waitFor({ timeout: 30_000 });
		for (const query of QUERIES) {
			await box.fill('');
			await box.pressSequentially(query);
		}
		const durations = await page.evaluate(() =>
			performance.getEntriesByName('lieredh:search').map((entry) => entry.duration)
		);
		const words = await page.evaluate(async () => (await (await fetch('/lexicon.json')).json()).words.length);
		return {
			words,
			keystrokes: durations.length,
			lexiconSearchP50Ms: round(percentile(durations, 50)),
			lexiconSearchP95Ms: round(percentile(durations, 95)),
			note: 'input event → results in the DOM, per keystroke, diacritics-insensitive search over every word'
		};
	} finally {
		await browser.close();
	}
}
