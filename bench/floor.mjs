// floor: how close first paint comes to the same HTML with every script removed. Absolute Lighthouse
// scores swing by 20 points on these machines; a ratio measured in one run, alternating, holds.
// Per route and visitor: a first visit in Norwegian, one in English (a redirect to /en), and a returning
// learner whose saved language is Swedish (their service worker answers). Each runs RUNS times against
// the real build and against a copy with scripts stripped (the floor), alternately.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { lighthouse } from './lighthouse.mjs';

// Five, not three: one run's TBT ranges from 0 to 240 ms here, and a median of three still swings.
const RUNS = 5;
const FLOOR_PORT = 4185;
export const FLOOR_GOALS = { lcpRatio: 1.25, tbtMs: 50 };

const VISITORS = [
	{ name: 'nb', acceptLang: 'nb-NO', floorPrefix: '' },
	{ name: 'en', acceptLang: 'en-GB', floorPrefix: '/en' },
	{ name: 'returning-sv', acceptLang: 'nb-NO', floorPrefix: '/sv', saved: 'sv' }
];

/** The build with every script and module preload taken out of every page. */
function strippedCopy() {
	const dir = 'bench/out/floor';
	rmSync(dir, { recursive: true, force: true });
	cpSync('build', dir, { recursive: true });
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (path.endsWith('.html')) {
				const html = readFileSync(path, 'utf8')
					.replace(/<script[\s\S]*?<\/script>/g, '')
					.replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '');
				writeFileSync(path, html);
			}
		}
	};
	walk(dir);
	return dir;
}

async function serveStatic(dir, port) {
	const child = spawn('node', ['scripts/serve.mjs', dir, String(port)], { detached: true, stdio: 'ignore' });
	const url = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url).then(
				(r) => r.ok,
				() => false
			)
		)
			return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`static server did not answer on ${url}`);
}

/** A profile of a learner who chose Swedish: saved language and an installed service worker. */
async function returningProfile(baseUrl, lang) {
	const dir = mkdtempSync(join(tmpdir(), 'lieredh-returning-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		locale: 'nb-NO'
	});
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto(`${baseUrl}/`);
	await page.evaluate((lang) => localStorage.setItem('lieredh:lang', lang), lang);
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
		timeout: 60_000
	});
	// The page keeps the language for the service worker once it has started in it.
	await page.waitForFunction(
		async () => (await (await caches.open('lieredh-preferences')).match('/language')) !== undefined
	);
	await context.close();
	return dir;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function floorBench(baseUrl, routes = ['/', '/decks']) {
	const floor = await serveStatic(strippedCopy(), FLOOR_PORT);
	const out = { goals: FLOOR_GOALS, runs: RUNS };
	try {
		for (const route of routes) {
			const scenarios = {};
			for (const visitor of VISITORS) {
				const profile = visitor.saved ? await returningProfile(baseUrl, visitor.saved) : undefined;
				const app = [];
				const bare = [];
				for (let i = 0; i < RUNS; i++) {
					const options = { acceptLang: visitor.acceptLang, profile, categories: 'performance' };
					app.push(lighthouse(`${baseUrl}${route}`, options));
					const floorPath = `${visitor.floorPrefix}${route === '/' ? '' : route}` || '/';
					bare.push(lighthouse(`${floor.url}${floorPath}`, { ...options, profile: undefined }));
				}
				if (profile) rmSync(profile, { recursive: true, force: true });
				const lcp = median(app.map((r) => r.largestContentfulPaintMs));
				const floorLcpMs = median(bare.map((r) => r.largestContentfulPaintMs));
				scenarios[visitor.name] = {
					lcpRatio: Math.round((lcp / floorLcpMs) * 100) / 100,
					tbtMs: median(app.map((r) => r.totalBlockingTimeMs)),
					tbtRuns: app.map((r) => r.totalBlockingTimeMs),
					floorLcpMs,
					lcpMs: lcp,
					landedOn: new URL(app[0].finalUrl).pathname
				};
			}
			const all = Object.values(scenarios);
			out[route] = {
				// The route's figures are its worst visitor's.
				lcpRatio: Math.max(...all.map((s) => s.lcpRatio)),
				tbtMs: Math.max(...all.map((s) => s.tbtMs)),
				floorLcpMs: Math.max(...all.map((s) => s.floorLcpMs)),
				scenarios
			};
		}
	} finally {
		floor.stop();
	}
	return out;
}
