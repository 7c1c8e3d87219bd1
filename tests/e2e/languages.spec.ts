/**
 * The interface in each of its four languages, the support language of the cards, and the Norway/Sweden
 * spelling profile, as a learner meets them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Every key of the locale files: one showing up on screen means a missing text. */
function keysOf(node: object, prefix = ''): string[] {
	return Object.entries(node).flatMap(([key, value]) =>
		typeof value === 'object'
			? keysOf(value, `${prefix}${key}.`)
			: [`${prefix}${key}`.replace(/_(one|other)$/, '')]
	);
}
const KEYS = [...new Set(keysOf(JSON.parse(readFileSync('src/lib/i18n/locales/nb.json', 'utf8'))))];

async function expectNoKeys(page: Page, where: string): Promise<void> {
	const text = await page.locator('body').innerText();
	expect(
		KEYS.filter((key) => text.includes(key)),
		`${where}: untranslated keys on screen`
	).toEqual([]);
}

const LANGUAGES = [
	{
		lang: 'nb',
		browser: 'nb-NO',
		decks: 'Ordlister',
		deck: 'Reindriftsarbeid og utstyr',
		study: 'Øv',
		settings: 'Innstillinger'
	},
	{
		lang: 'sv',
		browser: 'sv-SE',
		decks: 'Ordlistor',
		deck: 'Renskötsel: arbete och redskap',
		study: 'Öva',
		settings: 'Inställningar'
	},
	{
		lang: 'en',
		browser: 'en-GB',
		decks: 'Decks',
		deck: 'Herding work and gear',
		study: 'Study',
		settings: 'Settings'
	},
	// South Sami where a human text exists (the decks page: "Baakoeh", words), Norwegian everywhere else.
	{
		lang: 'sma',
		browser: 'nb-NO',
		decks: 'Baakoeh',
		deck: 'Reindriftsarbeid og utstyr',
		study: 'Øv',
		settings: 'Innstillinger'
	}
] as const;

for (const language of LANGUAGES) {
	test.describe(`interface in ${language.lang}`, () => {
		test.use({ locale: language.browser });

		test(`every main page renders in ${language.lang} with no missing text`, async ({ page }) => {
			await page.goto('/');
			if (language.lang === 'sma') {
				// Not a browser language anywhere: the first-start choice offers it.
				await page.getByRole('button', { name: 'Åarjelsaemien' }).click();
			}
			await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
			await expectNoKeys(page, '/');

			for (const [path, heading] of [
				['/decks', language.decks],
				['/decks/herding-work', language.deck],
				['/study?deck=herding-work', language.study],
				['/settings', language.settings]
			] as const) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
				await expect(page.locator('html'), path).toHaveAttribute('lang', language.lang);
				if (path.startsWith('/study')) await expect(page.locator('.prompt, .meet').first()).toBeVisible();
				await expectNoKeys(page, path);
			}
		});
	});
}

test.describe('choosing', () => {
	test.use({ locale: 'nb-NO' });

	test('the first start offers the languages; the choice applies at once, without a reload, and stays', async ({
		page
	}) => {
		await page.goto('/');
		const welcome = page.getByRole('region', { name: 'Velg språk' });
		await expect(welcome).toBeVisible();
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

		await welcome.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('link', { name: 'See all decks' })).toBeVisible();
		await expect(welcome).toBeHidden();
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

		await page.getByRole('link', { name: 'Settings' }).first().click();
		await page.getByRole('radio', { name: 'Svenska' }).first().check();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inställningar');
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inställningar');
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await page.goto('/');
		await expect(page.getByRole('region', { name: 'Välj språk' })).toBeHidden();
	});

	test('the Swedish profile shows ä on a deck page; the Norway profile æ', async ({ page }) => {
		await page.goto('/decks/herding-work');
		const word = page
			.getByRole('cell', { name: /ryöjnesj/ })
			.locator('[lang="sma"]')
			.first();
		await expect(word).toHaveText('ryöjnesjæjja');

		await page.goto('/settings');
		await page.getByRole('radio', { name: 'Sverige (ä)' }).check();
		await page.goto('/decks/herding-work');
		await expect(word).toHaveText('ryöjnesjäjja');

		// Swedish as the support language brings the Swedish profile with it when left automatic.
		await page.goto('/settings');
		await page.getByRole('radio', { name: 'Automatisk' }).nth(1).check();
		await page.getByRole('radio', { name: 'Norsk (bokmål)' }).nth(1).check();
		await page.goto('/decks/herding-work');
		await expect(word).toHaveText('ryöjnesjæjja');
		await expect(page.getByRole('cell', { name: 'gjeter, reingjeter' })).toBeVisible();

		await page.goto('/settings');
		await page.getByRole('radio', { name: 'Svenska' }).nth(1).check();
		await page.goto('/decks/herding-work');
		await expect(word).toHaveText('ryöjnesjäjja');
		await expect(page.getByRole('cell', { name: 'herde, renvallare, renvaktare' })).toBeVisible();
		// The interface stays Norwegian: only the cards changed language.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reindriftsarbeid og utstyr');
	});

	test('English cards the lexicon has no English for show the project’s translation, labelled', async ({
		page
	}) => {
		await page.goto('/settings');
		await page.getByRole('radio', { name: 'English' }).nth(1).check();
		await page.goto('/decks/herding-work');
		await expect(page.getByRole('row', { name: /båatsoealmetje/ })).toContainText(
			'reindeer herder (Lïeredhs oversettelse)'
		);
	});
});
