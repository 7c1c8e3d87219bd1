/**
 * The learner's data: backups that round-trip, bad files that change nothing, two tabs that agree,
 * and an app Chromium is willing to install.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import type { Page } from '@playwright/test';
import {
	answerCards,
	putInAppDatabase,
	storedAnswers,
	test,
	expect,
	waitForServiceWorker,
	waitsForHydration,
	newDevice
} from './fixtures';

test.use({ locale: 'nb-NO' });

const DAY = 86_400_000;

interface BackupFile {
	exportedAt: number;
	cards: { id: string }[];
	reviews: Record<string, unknown>[];
	settings: unknown[];
}

async function studySome(page: Page, count: number): Promise<void> {
	await page.goto('/study?deck=places');
	await answerCards(page, count);
	expect(await storedAnswers(page)).toBe(count);
}

async function exportFile(page: Page): Promise<BackupFile> {
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Eksporter fremgang' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^lieredh-\d{4}-\d\d-\d\d\.json$/);
	return JSON.parse(await readFile((await file.path())!, 'utf8')) as BackupFile;
}

async function chooseBackup(page: Page, name: string, content: string | Buffer): Promise<void> {
	await page.getByLabel('Importer fremgang').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: typeof content === 'string' ? Buffer.from(content) : content
	});
}

const withoutTime = ({ exportedAt: _, ...rest }: BackupFile) => rest;

test('export, then import on a fresh device, reproduces the same progress', async ({ page, browser }) => {
	await studySome(page, 4);
	const exported = await exportFile(page);
	expect(exported.reviews).toHaveLength(4);
	await expect(
		page.getByRole('status').filter({ hasText: 'Sikkerhetskopien med 4 svar er lastet ned.' })
	).toBeVisible();

	// A fresh device: a new browser profile with nothing stored.
	const device = await newDevice(browser, { locale: 'nb-NO' });
	const other = waitsForHydration(await device.newPage());
	await other.goto('/settings');
	await chooseBackup(other, 'lieredh-backup.json', JSON.stringify(exported));
	await expect(
		other.getByText(/lieredh-backup\.json: sikkerhetskopi fra .* med 4 svar på \d+ kort\./)
	).toBeVisible();
	await other.getByRole('button', { name: 'Erstatt alt' }).click();
	await expect(other.getByRole('alert')).toContainText('Trykk en gang til for å bekrefte.');
	await other.getByRole('button', { name: 'Ja, erstatt alt' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Ferdig' })).toContainText('(4 svar)');

	expect(withoutTime(await exportFile(other))).toEqual(withoutTime(exported));
	await other.goto('/');
	await expect(other.getByRole('listitem').filter({ hasText: 'Stedsnavn' })).toBeVisible();
	await device.close();
});

test('merging a backup adds only the answers this device lacks, and shows file text as text', async ({
	page
}) => {
	await studySome(page, 2);
	const exported = await exportFile(page);
	const hostile = '<img src=x onerror="document.title=1">';
	const extra = {
		...exported.reviews[0],
		id: 999,
		at: (exported.reviews[0]!.at as number) - DAY,
		answer: `<script>document.title='owned'</script>`
	};
	const file = JSON.stringify({ ...exported, reviews: [...exported.reviews, extra] });

	await chooseBackup(page, `${hostile}.json`, file);
	await expect(page.getByText(`${hostile}.json: sikkerhetskopi fra`)).toBeVisible();
	await page.getByRole('button', { name: 'Slå sammen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ferdig: 1 nytt svar lagt til.' })).toBeVisible();
	expect(await storedAnswers(page)).toBe(3);
	expect(await page.locator('img[src="x"], main script').count()).toBe(0);
	expect(await page.title()).toBe('Innstillinger · Lïeredh');

	// The same file again: nothing new.
	await chooseBackup(page, 'again.json', file);
	await page.getByRole('button', { name: 'Slå sammen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ferdig: 0 nye svar lagt til.' })).toBeVisible();
	expect(await storedAnswers(page)).toBe(3);
});

test('bad backup files get a clear message and change nothing', async ({ page }) => {
	test.setTimeout(60_000);
	await studySome(page, 2);
	const good = JSON.stringify(await exportFile(page));
	const valid = JSON.parse(good) as BackupFile;
	const cases: [string, string | Buffer, string][] = [
		['notes.txt', 'bovtse = rein', 'Dette er ikke en sikkerhetskopi fra Lïeredh.'],
		['cut.json', good.slice(0, good.length / 2), 'Filen ser avkuttet ut.'],
		[
			'future.json',
			JSON.stringify({ ...valid, version: 7 }),
			'laget av en nyere versjon av Lïeredh (format 7)'
		],
		[
			'types.json',
			JSON.stringify({ ...valid, reviews: [{ ...valid.reviews[0], rating: 'good' }] }),
			'Sikkerhetskopien er skadet (feil i «reviews[0].rating»).'
		],
		['deck.json', JSON.stringify({ format: 1, id: 'places', cards: [] }), 'Filen er ikke en sikkerhetskopi'],
		['huge.json', Buffer.alloc(50 * 1000 * 1000, 0x20), 'Filen er for stor'],
		['empty.json', '', 'Filen er tom.']
	];
	for (const [name, content, message] of cases) {
		await chooseBackup(page, name, content);
		const alert = page.getByRole('alert');
		await expect(alert, name).toContainText(message);
		await expect(alert, name).toContainText('Ingenting ble endret.');
		await expect(page.getByRole('button', { name: 'Slå sammen' })).toBeHidden();
	}
	expect(await storedAnswers(page)).toBe(2);
	expect(JSON.parse(JSON.stringify(await exportFile(page))).reviews).toEqual(valid.reviews);
});

test('answering in one tab updates the due count in the other', async ({ page, context }) => {
	await page.goto('/');
	const now = Date.now();
	const review = (wordId: string) => ({
		id: `places/${wordId}/recognition`,
		deckId: 'places',
		wordId,
		direction: 'recognition',
		introduced: now - 20 * DAY,
		due: now - DAY,
		stability: 6,
		difficulty: 5,
		scheduledDays: 6,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: 2,
		lastReview: now - 7 * DAY
	});
	await putInAppDatabase(page, 'cards', [review('plaassja'), review('traante'), review('staare')]);
	await page.reload();
	await expect(page.getByText('3 ord å repetere i dag.')).toBeVisible();

	const other = waitsForHydration(await context.newPage());
	await other.goto('/study?deck=places');
	await answerCards(other, 1);
	await expect(page.getByText('2 ord å repetere i dag.')).toBeVisible();
	await answerCards(other, 1, 1);
	await expect(page.getByText('1 ord å repetere i dag.')).toBeVisible();
	expect(await storedAnswers(page)).toBe(2);
});

test('Chromium finds the app installable, and the install button asks once', async ({ playwright }) => {
	// Installability needs a real profile: Playwright's usual contexts are incognito, which never install.
	const profile = await mkdtemp(join(tmpdir(), 'lieredh-profile-'));
	const context = await playwright.chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		baseURL: 'http://localhost:4173'
	});
	try {
		const page = waitsForHydration(await context.newPage());
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);

		// Headless Chromium never shows its own prompt; hand the page the event a browser would send.
		await page.evaluate(() => {
			const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
				prompt: async () => undefined,
				userChoice: Promise.resolve({ outcome: 'accepted' })
			});
			dispatchEvent(event);
		});
		const install = page.getByRole('button', { name: 'Installer appen' });
		await install.click();
		await expect(install).toBeHidden();
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});
