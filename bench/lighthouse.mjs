// Mobile Lighthouse (its default: simulated slow 4G and a 4× slower CPU) on one URL, in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

export function lighthouse(url) {
	mkdirSync('bench/out', { recursive: true });
	const output = 'bench/out/lighthouse.json';
	execFileSync(
		'npx',
		[
			'lighthouse',
			url,
			'--quiet',
			'--output=json',
			`--output-path=${output}`,
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`
		],
		{ stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath() } }
	);
	const report = JSON.parse(readFileSync(output, 'utf8'));
	const score = (id) => Math.round(report.categories[id].score * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		firstContentfulPaintMs: Math.round(report.audits['first-contentful-paint'].numericValue),
		largestContentfulPaintMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
		totalBlockingTimeMs: Math.round(report.audits['total-blocking-time'].numericValue)
	};
}
