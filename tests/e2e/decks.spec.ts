import { test, expect } from './fixtures';

test.use({ locale: 'nb-NO' });

test('the deck index and every deck are served in the public format', async ({ request }) => {
	const index = await (await request.get('/decks/index.json')).json();
	expect(index.format).toBe(1);
	expect(index.decks.length).toBeGreaterThanOrEqual(15);
	let cards = 0;
	for (const summary of index.decks) {
		expect(Object.keys(summary)).toEqual(
			expect.arrayContaining(['id', 'title', 'theme', 'level', 'cards', 'url'])
		);
		const deck = await (await request.get(summary.url)).json();
		expect(deck).toMatchObject({ format: 1, id: summary.id, title: summary.title });
		expect(deck.cards).toHaveLength(summary.cards);
		for (const card of deck.cards) {
			expect(Object.keys(card)).toEqual(
				expect.arrayContaining(['id', 'sma', 'variants', 'pos', 'nb', 'sv', 'en'])
			);
		}
		cards += deck.cards.length;
	}
	expect(cards).toBeGreaterThanOrEqual(450);
});

test('the decks page groups decks by theme with their word counts @phone', async ({ page }) => {
	await page.goto('/decks');
	const reindeer = page.getByRole('region', { name: 'Rein og reindrift' });
	await expect(reindeer.getByRole('link', { name: /Reindriftsåret: åtte årstider/ })).toContainText('22 ord');
	await expect(page.getByRole('region', { name: 'Stedsnavn' })).toBeVisible();
	await reindeer.getByRole('link', { name: /Reindriftsarbeid og utstyr/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reindriftsarbeid og utstyr');
});

test('a deck page lists South Sami words, marked as such, with their translations @phone', async ({
	page
}) => {
	await page.goto('/decks/herding-work');
	const row = page.getByRole('row', { name: /soehpenje/ });
	await expect(row.locator('[lang="sma"]').first()).toHaveText('soehpenje');
	await expect(row).toContainText('lasso');
	await expect(row.getByRole('cell')).toHaveCount(2);
	await expect(page.getByRole('link', { name: 'Øv på denne lista' })).toHaveAttribute(
		'href',
		'/study?deck=herding-work'
	);
});

test('Plaassja is the headword for Røros, and Plassje is shown as an accepted spelling', async ({ page }) => {
	await page.goto('/decks/places');
	const row = page.getByRole('row', { name: /Plaassja/ });
	await expect(row).toContainText('Røros');
	await expect(row).toContainText('Også skrevet: Plassje');
});

test('English learners see English for every word, the project’s own translations labelled as such', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('lieredh:lang', 'en'));
	await page.goto('/decks/herding-work');
	// The lexicon has no English for gïerte: the project translated the Norwegian "skillegjerde".
	const row = page.getByRole('row', { name: /gïerte/ });
	await expect(row).toContainText('separation fence (for sorting reindeer)');
	await expect(row).toContainText("Lïeredh's translation");
	await expect(row).not.toContainText('No English translation yet');
	// The lexicon's own English carries no label.
	await page.goto('/decks/animals');
	const dog = page.getByRole('row', { name: /bïenje/ });
	await expect(dog).toContainText('dog');
	await expect(dog).not.toContainText("Lïeredh's translation");
});

test('the print stylesheet leaves a clean word list', async ({ page }) => {
	await page.goto('/decks/family');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Skriv ut ordlista' })).toBeHidden();
	await expect(page.getByRole('table')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Familie og slekt');
});
