// `npm run browsers`: makes sure a Chromium is there for Playwright and the benchmark, and says what it
// does. Debian's package when we are root with apt (Playwright cannot download browsers on these
// machines), else Playwright's installer, else a hint.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

function run(command) {
	execSync(command, { stdio: 'inherit' });
}

function playwrightChromium() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

if (chromiumPath() || playwrightChromium()) {
	console.log(`Chromium: ${chromiumPath() ?? chromium.executablePath()}`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('No Chromium found: installing Debian’s chromium package…');
	run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
	try {
		run('npx playwright install chromium');
	} catch {
		console.error(
			'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.'
		);
		process.exit(1);
	}
}
if (!chromiumPath() && !playwrightChromium()) {
	console.error('Chromium is still missing after the install. Set CHROMIUM_PATH to a Chromium binary.');
	process.exit(1);
}
