/**
 * Every page is prerendered in each interface language, so no learner waits for scripts to see their
 * language: a first visit goes to the page in the browser's language before anything is painted, and
 * a returning learner's service worker answers with the page in their saved language straight away.
 */
import { test, expect, waitForServiceWorker } from './fixtures';

// The first start itself: nobody has said who is learning.
test.use({ learner: null });

test.describe('a first visit from an English browser', () => {
	test.use({ locale: 'en-GB' });

	test('lands on the English page', async ({ page }) => {
		await page.goto('/decks');
		await expect(page).toHaveURL(/\/en\/decks$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decks');
	});
});

test.describe('without any script', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, lang, heading] of [
		['/en/decks', 'en', 'Decks'],
		['/sv/decks', 'sv', 'Ordlistor'],
		['/decks', 'nb', 'Ordlister']
	] as const) {
		test(`${path} is complete in ${lang} as delivered`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.getByRole('link', { name: /reindeer|Renen|Reinen/i }).first()).toBeVisible();
		});
	}
});

test.describe('a returning learner who chose Swedish', () => {
	test.use({ locale: 'nb-NO' });

	test('gets the Swedish page from the service worker at the same address, with no redirect', async ({
		page
	}) => {
		// What the document looked like as delivered, before any of the app's code ran.
		await page.addInitScript(() => {
			document.addEventListener('readystatechange', () => {
				if (document.readyState !== 'interactive') return;
				(window as unknown as { delivered: object }).delivered = {
					lang: document.documentElement.lang,
					heading: document.querySelector('h1')?.textContent
				};
			});
		});
		await page.goto('/');
		await page.getByRole('button', { name: 'Svenska' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await waitForServiceWorker(page);

		await page.goto('/decks');
		await expect(page).toHaveURL(/\/decks$/);
		expect(new URL(page.url()).pathname).toBe('/decks');
		expect(await page.evaluate(() => (window as unknown as { delivered: object }).delivered)).toEqual({
			lang: 'sv',
			heading: 'Ordlistor'
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordlistor');
	});
});

test.describe('the code a page starts with', () => {
	test('asks V8 to compile it as it arrives, not on the main thread while the page hydrates', async ({
		page,
		request
	}) => {
		const scripts: string[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.push(response.url());
		});
		await page.goto('/decks');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		expect(scripts.length).toBeGreaterThan(5);
		for (const url of scripts) {
			// The hint counts only as the file's very first line (Vite puts its own helper on top otherwise).
			const firstLine = (await (await request.get(url)).text()).split('\n', 1)[0];
			expect(firstLine, url).toBe('//# allFunctionsCalledOnLoad');
		}
	});
});

test.describe('Home’s first-visit questions', () => {
	test.use({ locale: 'nb-NO' });

	/** Records, before any of the app's code runs, which questions show; and every layout shift after. */
	async function watch(page: import('@playwright/test').Page) {
		await page.addInitScript(() => {
			const seen = window as unknown as { delivered: string[]; shifts: number };
			seen.shifts = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) seen.shifts += (entry as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
			document.addEventListener('DOMContentLoaded', () => {
				seen.delivered = [...document.querySelectorAll('main section h2')]
					.filter((heading) => heading.checkVisibility())
					.map((heading) => heading.textContent ?? '');
			});
		});
	}
	test('are on the page as delivered, so nothing moves when the app starts', async ({ page }) => {
		await watch(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Velg språk' })).toBeVisible();
		await page.waitForTimeout(500); // the progress arrives after hydration
		const { delivered, shifts } = await page.evaluate(() => {
			const w = window as unknown as { delivered: string[]; shifts: number };
			return { delivered: w.delivered, shifts: w.shifts };
		});
		expect(delivered).toEqual(['Hvem skal lære?', 'Velg språk']);
		expect(shifts).toBe(0);
	});

	test('never show, not even before the app starts, once answered', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Jeg er voksen' }).click();
		await page.getByRole('button', { name: 'Norsk (bokmål)' }).click();
		await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toHaveCount(0);
		await watch(page);
		await page.reload();
		const { delivered, shifts } = await page.evaluate(() => {
			const w = window as unknown as { delivered: string[]; shifts: number };
			return { delivered: w.delivered, shifts: w.shifts };
		});
		expect(delivered).toEqual([]);
		expect(shifts).toBe(0);
		await expect(page.getByRole('heading', { name: 'Velg språk' })).toHaveCount(0);
	});
});
