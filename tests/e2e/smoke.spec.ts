import AxeBuilder from '@axe-core/playwright';
import { answerCards, test, expect } from './fixtures';

import type { Page } from '@playwright/test';

const routes: { path: string; heading: string; prepare?: (page: Page) => Promise<void> }[] = [
	{ path: '/', heading: 'Buerie båeteme!' },
	{ path: '/decks', heading: 'Ordlister' },
	{ path: '/decks/reindeer-1', heading: 'Reinen' },
	{ path: '/study', heading: 'Øv' },
	{
		path: '/teach',
		heading: 'For lærere',
		// With an online class made, so axe sees its recovery code, join code and QR.
		prepare: async (page) => {
			const online = page.getByRole('region', { name: 'Klasser på nett' });
			await online.getByRole('combobox', { name: 'Klasse eller gruppe' }).fill('Smoke 5B');
			await online.getByRole('button', { name: 'Lag klassen på nett' }).click();
			await expect(online.locator('[data-recovery-code]')).toBeVisible();
			await expect(online.locator('[data-join-code]')).toBeVisible();
		}
	},
	{ path: '/teach/assignments', heading: 'Oppgavene dine' },
	{ path: '/teach/guide', heading: 'Lærerveiledning' },
	{
		path: '/teach/deck',
		heading: 'Egen ordliste',
		// With search results and a card in the list, so axe sees the whole editor.
		prepare: async (page) => {
			const search = page.getByRole('searchbox');
			await expect(search).toBeEnabled({ timeout: 15_000 });
			await search.fill('rein');
			await page.getByRole('button', { name: 'Legg til: bovtse', exact: true }).click();
			await expect(page.getByRole('heading', { name: '1 ord i lista' })).toBeVisible();
		}
	},
	{ path: '/teach/studio', heading: 'Spill inn uttale' },
	{ path: '/teach/live', heading: 'Spill sammen' },
	{ path: '/play', heading: 'Bli med i spillet' },
	{ path: '/teach/overview', heading: 'Klasseoversikt' },
	{
		path: '/teach/cards?deck=animals',
		heading: 'Ordkort å skrive ut: Dyr',
		prepare: async (page) => {
			await expect(page.locator('.flashcard')).toHaveCount(30);
		}
	},
	{
		path: '/teach/studio?deck=animals',
		heading: 'Spill inn uttale',
		prepare: async (page) => {
			await expect(page.locator('.sma')).toHaveText('bïenje');
		}
	},
	{
		path: '/profiles',
		heading: 'Hvem øver nå?',
		// With the form for a new learner open, so axe sees the picture choices too.
		prepare: async (page) => {
			await page.getByRole('button', { name: /Legg til en som lærer/ }).click();
			await expect(page.getByRole('group', { name: 'Bilde' })).toBeVisible();
		}
	},
	{
		path: '/progress',
		heading: 'Framgangen din',
		// With a few answers, so axe sees the numbers, the week ahead, the calendar and the decks.
		prepare: async (page) => {
			await page.goto('/study?deck=animals');
			await answerCards(page, 2);
			await page.goto('/progress');
			await expect(page.getByRole('heading', { name: 'Dagene du har øvd' })).toBeVisible();
		}
	},
	{ path: '/a', heading: 'Oppgave' },
	{ path: '/join', heading: 'Bli med i klassen' },
	{ path: '/assignment', heading: 'Oppgave' },
	{ path: '/settings', heading: 'Innstillinger' },
	{ path: '/credits', heading: 'Kilder og lisens' }
];

test.use({ locale: 'nb-NO' });

for (const { path, heading, prepare } of routes) {
	test(`${path} renders, is accessible and stays on this origin @phone`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await prepare?.(page);
		await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Kilder og lisens' }).last()).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});
}

test('the navigation marks the current page and leads to every section', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
	await nav.getByRole('link', { name: 'Ordlister' }).click();
	await expect(page).toHaveURL(/\/decks$/);
	await expect(nav.getByRole('link', { name: 'Ordlister' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Innstillinger' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
});

test('every page carries a Content Security Policy without unsafe script sources', async ({ page }) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/script-src 'self'/);
	expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
	expect(csp).toMatch(/connect-src 'self'/);
});

test('the credits page shows the lexicon licence and attribution', async ({ page }) => {
	await page.goto('/credits');
	await expect(page.getByText('CC BY 4.0', { exact: true })).toBeVisible();
	await expect(page.getByText('CC BY 3.0 NO', { exact: true })).toBeVisible();
	await expect(
		page.getByText(/Work by Giellatekno at UiT, Divvun at the Norwegian Saami Parliament/)
	).toBeVisible();
});
