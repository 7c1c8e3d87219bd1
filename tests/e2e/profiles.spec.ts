/**
 * One tablet, many learners: each profile has its own progress and settings, a teacher's profile can
 * be locked, a learner who leaves is removed with all their data, a backup restores into one profile
 * without touching another, and the device's data from before profiles is its first profile.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { answerCards, expect, test } from './fixtures';

test.use({ locale: 'nb-NO' });
// The first start itself: nobody has said who is learning.
test.use({ learner: null });

/** The names of the app's databases on this device: one per profile. */
const databases = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).sort());

/** Adds a learner on "Hvem øver nå?" and becomes them. */
async function addLearner(page: Page, name: string, kind: RegExp) {
	await page.goto('/profiles');
	await page.getByRole('button', { name: /Legg til en som lærer/ }).click();
	await page.getByLabel('Navn', { exact: true }).fill(name);
	await page.getByRole('radio', { name: kind }).check();
	await page.getByRole('button', { name: 'Legg til og bytt' }).click();
	await expect(page.getByRole('link', { name: `${name} øver nå. Bytt til en annen` })).toBeVisible();
}

/** Two taps: who is learning (the header), then the learner's picture. */
async function switchTo(page: Page, name: RegExp) {
	await page.getByRole('link', { name: /øver nå\. Bytt til en annen/ }).click();
	await page.getByRole('button', { name }).click();
}

const started = (page: Page, deck: string) => page.getByRole('listitem').filter({ hasText: deck });

test('two children on one tablet each keep their own progress and settings; a locked teacher; one leaves @phone', async ({
	page
}) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => void dialog.accept());

	// Ella has used the tablet since before profiles: her progress is in the app's first database.
	await page.goto('/');
	await page.getByRole('button', { name: 'Jeg er elev / barn' }).click();
	await page.goto('/study?deck=places');
	await answerCards(page, 3);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Alltid' }).check();
	await page.goto('/');
	await expect(started(page, 'Stedsnavn')).toBeVisible();

	// Nils gets his own profile: nothing of Ella's is his.
	await addLearner(page, 'Nils', /Et barn eller en elev/);
	await expect(started(page, 'Stedsnavn')).toHaveCount(0);
	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: 'Et barn eller en elev' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Alltid' })).not.toBeChecked();
	await page.goto('/study?deck=animals');
	await answerCards(page, 2);
	await page.goto('/');
	await expect(started(page, 'Dyr')).toBeVisible();
	// His progress screen: his deck, words he is learning, today studied.
	await page.getByRole('link', { name: 'Se framgangen din' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Framgangen din');
	await expect(page.getByText(/ord øver du på/)).toBeVisible();
	await expect(page.getByText('Dyr', { exact: true })).toBeVisible();
	await expect(page.getByText('Stedsnavn')).toHaveCount(0);
	await expect(page.getByText(/^1 dag med øving de siste 12 ukene$/)).toBeVisible();

	// Back to Ella in two taps: her deck, her settings, not Nils's.
	await switchTo(page, /^Meg/);
	await expect(page.getByRole('link', { name: 'Meg øver nå. Bytt til en annen' })).toBeVisible();
	await expect(started(page, 'Stedsnavn')).toBeVisible();
	await expect(started(page, 'Dyr')).toHaveCount(0);
	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: 'Alltid' })).toBeChecked();

	// A backup of Ella restores into a new profile and changes nothing of Ella's.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Eksporter fremgang' }).click();
	const backup = await readFile((await (await download).path())!, 'utf8');
	await addLearner(page, 'Kopi', /En voksen som lærer/);
	await page.goto('/settings');
	await page.getByLabel('Importer fremgang').setInputFiles({
		name: 'ella.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await page.getByRole('button', { name: 'Erstatt alt' }).click();
	await page.getByRole('button', { name: 'Ja, erstatt alt' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ferdig' })).toBeVisible();
	await page.goto('/');
	await expect(started(page, 'Stedsnavn')).toBeVisible();

	// The teacher locks her profile: a child cannot open it without the four digits.
	await addLearner(page, 'Anne', /En lærer/);
	await page.goto('/profiles');
	await page.getByLabel('Fire sifre').fill('2580');
	await page.getByRole('button', { name: 'Lås', exact: true }).click();
	await expect(page.getByText('Profilen er låst.')).toBeVisible();
	await switchTo(page, /^Nils/);
	await switchTo(page, /^Anne/);
	const pin = page.getByLabel('Koden til Anne (fire sifre)');
	await pin.fill('1111');
	await page.getByRole('button', { name: 'Åpne' }).click();
	await expect(page.getByText('Det var ikke riktig kode. Prøv igjen.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Nils øver nå. Bytt til en annen' })).toBeVisible();
	await pin.fill('2580');
	await page.getByRole('button', { name: 'Åpne' }).click();
	await expect(page.getByRole('link', { name: 'Anne øver nå. Bytt til en annen' })).toBeVisible();

	// Nils leaves the tablet: everything of his goes, nobody else's.
	const nils = await page.evaluate(
		() =>
			(JSON.parse(localStorage.getItem('lieredh:profiles')!) as { id: string; name: string }[]).find(
				(profile) => profile.name === 'Nils'
			)!.id
	);
	const before = await databases(page);
	expect(before).toContain(`lieredh-${nils}`);
	await page.goto('/profiles');
	await page.getByRole('button', { name: 'Fjern Nils' }).click();
	await expect(page.getByRole('button', { name: /^Nils/ })).toHaveCount(0);
	await expect.poll(() => databases(page)).not.toContain(`lieredh-${nils}`);
	// Every other learner's database is still there.
	expect(await databases(page)).toEqual(
		expect.arrayContaining(before.filter((name) => name !== `lieredh-${nils}`))
	);
	// Nor his preferences.
	expect(
		await page.evaluate((id) => Object.keys(localStorage).filter((key) => key.endsWith(`@${id}`)), nils)
	).toEqual([]);
	await switchTo(page, /^Meg/);
	await expect(started(page, 'Stedsnavn')).toBeVisible();

	// The whole device in one file, and back: each learner a new profile, nobody here overwritten.
	await page.goto('/profiles');
	const everyone = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lagre alle i én fil' }).click();
	const file = (await (await everyone).path())!;
	await expect(page.getByText('Filen med 3 profiler er lastet ned.')).toBeVisible();
	await page.getByLabel('Hent inn en fil med alle').setInputFiles(file);
	await expect(page.getByText('3 profiler er hentet inn.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Kopi \(2\)/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Anne \(2\).*låst/ })).toBeVisible();
	await switchTo(page, /^Kopi \(2\)/);
	await expect(started(page, 'Stedsnavn')).toBeVisible();
});

test('the first start asks who is learning before anything can be started, and says what was chosen', async ({
	page
}) => {
	await page.goto('/');
	const start = page.getByRole('link', { name: 'Begynn med de første ordene' });
	await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toBeVisible();
	// Nothing leads to a session before the answer.
	await expect(start).toBeHidden();
	await page.getByRole('button', { name: 'Jeg er elev / barn' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Barnemodus er på' })).toBeVisible();
	await expect(start).toBeVisible();
	await page.reload();
	await expect(start).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toHaveCount(0);
});

test('a teacher’s first start goes to the teacher’s pages, and Home does not ask again', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Jeg er lærer' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('For lærere');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toHaveCount(0);
	await page.goto('/profiles');
	await expect(page.getByRole('button', { name: /^Meg/ })).toContainText('Lærer');
});
