import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

const PORT = 4173;
// The class server's PGlite for this run: a fresh folder, the same one in every worker (they inherit it).
process.env.LIEREDH_E2E_CLASSES ??= mkdtempSync(join(tmpdir(), 'lieredh-e2e-classes-'));

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1, // two cores: the preview server and one browser at a time keep runs steady
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] } },
		// Phones run in the dark scheme, so axe checks contrast in both.
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
			grep: /@phone/
		}
	],
	webServer: {
		// The built app, as `npm start` serves it (npm test builds first), with its class server on a
		// PGlite of the test run's own (not under .e2e/, which the update test clears).
		command: `node build-server`,
		env: { PORT: String(PORT), LIEREDH_DATA_DIR: process.env.LIEREDH_E2E_CLASSES },
		port: PORT,
		reuseExistingServer: !process.env.CI
	}
});
