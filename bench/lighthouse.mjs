// Mobile Lighthouse (its default: simulated slow 4G and a 4× slower CPU) on one URL, in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

/**
 * `acceptLang` is the browser's language (navigator.languages); `profile` a Chromium profile folder to
 * run in, kept as it is (a returning visitor: saved language, service worker).
 */
export function lighthouse(url, { acceptLang = 'nb-NO', profile, categories } = {}) {
	mkdirSync('bench/out', { recursive: true });
	const output = 'bench/out/lighthouse.json';
	const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS, `--accept-lang=${acceptLang}`];
	if (profile) chromeFlags.push(`--user-data-dir=${profile}`);
	execFileSync(
		'npx',
		[
			'lighthouse',
			url,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			`--only-categories=${categories ?? 'performance,accessibility,best-practices,seo'}`,
			...(profile ? ['--disable-storage-reset'] : []),
			`--chrome-flags=${chromeFlags.join(' ')}`
		],
		{ stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, CHROME_PATH: chromiumPath() } }
	);
	const report = JSON.parse(readFileSync(output, 'utf8'));
	const score = (id) => (report.categories[id] ? Math.round(report.categories[id].score * 100) : undefined);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		firstContentfulPaintMs: Math.round(report.audits['first-contentful-paint'].numericValue),
		largestContentfulPaintMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
		totalBlockingTimeMs: Math.round(report.audits['total-blocking-time'].numericValue),
		finalUrl: report.finalDisplayedUrl
	};
}
