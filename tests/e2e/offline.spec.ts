/**
 * Offline and updates, against real servers that the tests really stop: the service worker must carry
 * the whole app after one visit, and a new version must wait until the learner accepts it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerCards, storedAnswers, test, expect, waitForServiceWorker } from './fixtures';
import { LANGUAGE_CACHE } from '../../src/lib/i18n/languages';
import { CLIENTS_CACHE } from '../../src/lib/pwa/messages';
import { isDown, StaticServer } from './server';

test.use({ locale: 'nb-NO' });

/**
 * The app's version caches (the learner's language, and which tab runs which version, are kept apart
 * across versions).
 */
async function cacheNames(page: Page): Promise<string[]> {
	return (await page.evaluate(() => caches.keys())).filter(
		(name) => name !== LANGUAGE_CACHE && name !== CLIENTS_CACHE
	);
}

test.describe('offline', () => {
	const server = new StaticServer('build', 4191);
	test.use({ baseURL: server.origin });
	test.beforeEach(() => server.start());
	test.afterEach(() => server.stop());

	test('after one visit every page works with the server stopped, and studying offline is kept @phone', async ({
		page
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await expect(page.getByText('Uten nett')).toBeHidden();
		// A first visit installs the app; that is not a "new version".
		await page.goto('/decks');
		await expect(page.getByText('Ny versjon av Lïeredh er klar.')).toBeHidden();

		await server.stop();
		expect(await isDown(server.origin)).toBe(true);

		// Full page loads, each one answered by the service worker alone.
		for (const [path, heading] of [
			['/', 'Buerie båeteme!'],
			['/decks', 'Ordlister'],
			['/decks/places', 'Stedsnavn'],
			['/teach', 'For lærere'],
			['/settings', 'Innstillinger'],
			['/credits', 'Kilder og lisens']
		]) {
			await page.goto(path!);
			await expect(page.getByRole('heading', { level: 1 }), path).toContainText(heading!);
		}

		// In-app navigation loads code and deck data lazily: also from the cache.
		await page.goto('/decks');
		await page
			.getByRole('link', { name: /Reinen/ })
			.first()
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Reinen');
		await page.getByRole('link', { name: 'Øv på denne lista' }).click();
		await answerCards(page, 5);
		expect(await storedAnswers(page)).toBe(5);

		await page.reload();
		await expect(page.getByText(/^5 av \d+$/)).toBeVisible();
		expect(await storedAnswers(page)).toBe(5);
		await page.goto('/');
		await expect(page.getByText(/ord å repetere i dag|Øv nå/).first()).toBeVisible();
	});

	test('the header says when the network is gone, and the app keeps working', async ({ page, context }) => {
		await page.goto('/decks');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		const offline = page.getByRole('status').filter({ hasText: 'Uten nett' });
		await expect(offline).toBeVisible();
		await page.getByRole('link', { name: 'Innstillinger' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
		await context.setOffline(false);
		await expect(offline).toBeHidden();
	});
});

test.describe('updates', () => {
	const server = new StaticServer('build', 4192);
	const versionB = 'update-test-b';
	const dirB = '.e2e/build-b';
	test.use({ baseURL: server.origin });
	test.setTimeout(120_000);

	test.beforeAll(() => {
		// Version B: the same app built again under another version name, into its own directory.
		rmSync('.e2e', { recursive: true, force: true });
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: { ...process.env, LIEREDH_VERSION: versionB, LIEREDH_BUILD_DIR: dirB },
			stdio: 'pipe' // its output only matters when it fails, and then it is in the thrown error
		});
	});
	test.afterAll(() => rmSync('.e2e', { recursive: true, force: true }));
	test.afterEach(() => server.stop());

	/** Version B replaces A on the server. */
	async function publishB() {
		await server.stop();
		const serverB = new StaticServer(dirB, server.port);
		await serverB.start();
		return serverB;
	}

	/** The open page, reloaded, is offered version B (and still runs A). */
	async function offered(page: Page) {
		await page.reload();
		const prompt = page.getByRole('status').filter({ hasText: 'Ny versjon av Lïeredh er klar.' });
		await expect(prompt).toBeVisible({ timeout: 20_000 });
		return prompt;
	}

	test('a new version waits for the learner, then runs and clears the old caches', async ({ page }) => {
		await server.start();
		await page.goto('/settings');
		await waitForServiceWorker(page);
		const versionA = (await page.getByText(/^Versjon /).innerText()).replace('Versjon ', '');
		expect(versionA).not.toBe(versionB);
		expect(await cacheNames(page)).toEqual([`lieredh-${versionA}`]);

		// Version B is published: the open app notices, keeps running A, and asks.
		const serverB = await publishB();
		try {
			const prompt = await offered(page);
			await expect(page.getByText(`Versjon ${versionA}`)).toBeVisible();

			// "Later" leaves everything as it is; the prompt comes back on the next load.
			await prompt.getByRole('button', { name: 'Senere' }).click();
			await expect(prompt).toBeHidden();
			await page.reload();
			await expect(page.getByText(`Versjon ${versionA}`)).toBeVisible();
			await expect(prompt).toBeVisible({ timeout: 20_000 });

			await prompt.getByRole('button', { name: 'Last inn på nytt' }).click();
			await expect(page.getByText(`Versjon ${versionB}`)).toBeVisible({ timeout: 20_000 });
			await expect(prompt).toBeHidden();
			await expect.poll(() => cacheNames(page)).toEqual([`lieredh-${versionB}`]);
			// The learner's language survives the update.
			expect(await page.evaluate(() => caches.keys())).toContain(LANGUAGE_CACHE);
		} finally {
			await serverB.stop();
		}
	});

	test('a tab left on the old version still loads every page after the new one took over', async ({
		page,
		context
	}) => {
		await server.start();
		await page.goto('/settings');
		await waitForServiceWorker(page);
		const versionA = (await page.getByText(/^Versjon /).innerText()).replace('Versjon ', '');
		// A second tab on version A, which the learner will not reload.
		const old = await context.newPage();
		const problems: string[] = [];
		old.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		old.on(
			'response',
			(response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)
		);
		await old.goto('/settings');
		await expect(old.getByText(`Versjon ${versionA}`)).toBeVisible();

		const serverB = await publishB();
		try {
			await (await offered(page)).getByRole('button', { name: 'Last inn på nytt' }).click();
			await expect(page.getByText(`Versjon ${versionB}`)).toBeVisible({ timeout: 20_000 });

			// The old tab is offered the reload, never forced; until then it goes on, lazily loading pages
			// it had not loaded yet (their chunks exist only in version A).
			await expect(old.getByText(`Versjon ${versionA}`)).toBeVisible();
			await old.getByRole('link', { name: 'Undervis' }).first().click();
			await expect(old.getByRole('heading', { level: 1 })).toHaveText('For lærere');
			await old.getByRole('link', { name: 'Ordlister' }).first().click();
			await expect(old.getByRole('heading', { level: 1 })).toHaveText('Ordlister');
			expect(problems).toEqual([]);
			expect(await cacheNames(page)).toContain(`lieredh-${versionA}`);

			// Once no tab runs version A, its files go.
			await old.close();
			await page.reload();
			await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([`lieredh-${versionB}`]);
		} finally {
			await serverB.stop();
		}
	});
});
