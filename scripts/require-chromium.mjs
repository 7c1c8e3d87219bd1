// Before the end-to-end tests and the benchmark: a Chromium must be there. Installing one is never done
// by surprise here; `npm run browsers` does it (the README's test command runs it first).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

function playwrightChromium() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

if (!chromiumPath() && !playwrightChromium()) {
	console.error(
		'No Chromium found. Run `npm run browsers` (installs one), or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}
