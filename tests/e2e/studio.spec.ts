/**
 * The recording studio with Chromium's fake microphone (fed a WAV of three "words": tones between
 * pauses): a teacher records three words by tap, Space and hands-free, undoes one, shares them as a
 * voice pack once named and agreed, and a pupil's phone imports the pack and plays them offline.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker, newDevice } from './fixtures';
import { speakingWav } from './voices';
import { chromiumPath, CHROMIUM_ARGS, fakeMicrophoneArgs } from '../../scripts/chromium.mjs';

test.use({ locale: 'nb-NO' });

/** How many times a recording has started playing on this page (the player's User Timing). */
const played = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('lieredh:tap-to-sound').length);

const microphone = join(mkdtempSync(join(tmpdir(), 'lieredh-mic-')), 'speaking.wav');
writeFileSync(microphone, speakingWav());
test.use({
	launchOptions: {
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...fakeMicrophoneArgs(microphone)]
	}
});
test.setTimeout(90_000);

test('a teacher records three words and shares them; a pupil’s phone plays them offline', async ({
	page,
	browser,
	baseURL
}, testInfo) => {
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Spill inn uttale' }).click();
	await page.getByRole('link', { name: 'Dyr' }).click();
	await expect(page.getByText('0 av 30 spilt inn')).toBeVisible();
	await expect(page.locator('.sma')).toHaveText('bïenje');

	// Tap, say it, tap: kept, played back, and on to the next word.
	const record = page.locator('button.record');
	await record.click();
	await page.waitForTimeout(2000);
	await page.getByRole('button', { name: /Stopp/ }).click();
	await expect(page.getByText('bïenje er lagret')).toBeVisible();
	await expect(page.locator('.sma')).toHaveText('gaahtoe');
	await expect(page.getByText('1 av 30 spilt inn')).toBeVisible();
	// Undo takes it back, and the studio returns to the word.
	await page.getByRole('button', { name: /Angre/ }).click();
	await expect(page.getByText('0 av 30 spilt inn')).toBeVisible();
	await expect(page.locator('.sma')).toHaveText('bïenje');
	await record.click();
	await page.waitForTimeout(2000);
	await page.getByRole('button', { name: /Stopp/ }).click();
	await expect(page.getByText('bïenje er lagret')).toBeVisible();
	// Space starts and stops too.
	await page.locator('h1').click();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /Stopp/ })).toBeVisible();
	await page.waitForTimeout(2000);
	await page.keyboard.press('Space');
	await expect(page.getByText('gaahtoe er lagret')).toBeVisible();
	// Hands-free: it starts on the voice and stops after the pause.
	await page.getByLabel(/Håndfri/).check();
	await page.locator('button.record').click();
	await expect(page.getByText('3 av 30 spilt inn')).toBeVisible({ timeout: 20_000 });
	await page.getByLabel(/Håndfri/).uncheck();
	await expect(page.locator('button.record')).toHaveText(/Ta opp/, { timeout: 10_000 });
	const recorded = await page.getByText(/\d+ av 30 spilt inn/).innerText();
	const count = Number(/(\d+) av 30/.exec(recorded)![1]);
	expect(count).toBeGreaterThanOrEqual(3);

	// Nothing is shared before the speaker is named and has agreed.
	await page.getByRole('button', { name: /Del opptakene/ }).click();
	await expect(page.getByText('Skriv inn navnet ditt under «Hvem snakker?» og lagre først.')).toBeVisible();
	await page.getByLabel('Navn slik det skal vises').fill('Ella Sara');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await page.getByRole('button', { name: /Del opptakene/ }).click();
	await expect(page.getByText(/Kryss av for samtykke/)).toBeVisible();
	await page.getByLabel(/Jeg er den som snakker/).check();
	await page.getByRole('button', { name: 'Lagre' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /Del opptakene/ }).click();
	const pack = testInfo.outputPath('ella-sara.zip');
	await (await download).saveAs(pack);
	await expect(page.getByText(`Lydpakken med ${count} ord er lastet ned.`)).toBeVisible();
	// 1 s takes in Opus: a few KB each.
	const bytes = readFileSync(pack);
	expect(bytes.length).toBeLessThan(count * 12_000);

	// A pupil's phone: the pack in Settings, then offline, the words in the teacher's voice.
	const phone = await newDevice(browser, {
		baseURL,
		locale: 'nb-NO',
		viewport: { width: 390, height: 844 }
	});
	const pupil = await phone.newPage();
	await pupil.goto('/settings');
	await waitForServiceWorker(pupil);
	await pupil.getByLabel('Hent inn en lydpakke').setInputFiles(pack);
	await expect(pupil.getByText(`Hentet inn ${count} opptak av Ella Sara.`)).toBeVisible();
	await expect(pupil.getByText(/Ella Sara/).first()).toBeVisible();
	await phone.setOffline(true);
	await pupil.goto('/study?deck=animals');
	await expect(pupil.locator('.meet .word')).toHaveText('bïenje');
	await expect(pupil.getByText('Sagt av Ella Sara')).toBeVisible();
	const before = await played(pupil);
	await pupil.locator('.meet').getByRole('button', { name: 'Hør ordet' }).click();
	await expect.poll(() => played(pupil)).toBe(before + 1);
	// Say it yourself (the phone's microphone is the fake one): heard next to the teacher's, kept if wanted.
	await pupil.getByRole('button', { name: 'Si det selv' }).click();
	await expect(pupil.getByRole('button', { name: '▶ Deg' })).toBeVisible({ timeout: 15_000 });
	await expect(pupil.getByRole('button', { name: '▶ Ella Sara' })).toBeVisible();
	await pupil.getByRole('button', { name: 'Behold forsøket' }).click();
	await expect(pupil.getByText('Beholdt på denne enheten')).toBeVisible();
	expect(
		await pupil.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const open = indexedDB.open('lieredh');
				open.onsuccess = () => resolve(open.result);
			});
			return new Promise((resolve) => {
				const all = db.transaction('tries').objectStore('tries').getAllKeys();
				all.onsuccess = () => resolve(all.result);
			});
		})
	).toEqual(['animals/bienje']);
	await pupil.goto('/credits');
	await expect(pupil.getByText(/Ella Sara \(Norge\), CC BY 4\.0/)).toBeVisible();
	await phone.close();

	// Through an online class instead: the teacher sends the deck's takes, a pupil who joins gets them.
	await page.goto('/teach');
	const online = page.getByRole('region', { name: 'Klasser på nett' });
	await online.getByRole('combobox', { name: 'Klasse eller gruppe' }).fill('5C lyd');
	await online.getByRole('button', { name: 'Lag klassen på nett' }).click();
	await online.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
	const joinCode = await online.locator('[data-join-code]').getAttribute('data-join-code');
	await page.goto('/teach/studio?deck=animals');
	await page.getByRole('button', { name: 'Send til 5C lyd' }).click();
	await expect(page.getByText(/Sendt til 5C lyd/)).toBeVisible();
	const classPhone = await newDevice(browser, {
		baseURL,
		locale: 'nb-NO',
		viewport: { width: 390, height: 844 }
	});
	const member = await classPhone.newPage();
	await member.goto(`/join#${joinCode!.slice(0, 4)}-${joinCode!.slice(4)}`);
	await member.getByRole('textbox', { name: 'Kallenavn' }).fill('Lyd');
	await member.getByRole('button', { name: 'Bli med' }).click();
	await expect(member.getByText('Velkommen i 5C lyd, Lyd!')).toBeVisible();
	await member.goto('/settings');
	await expect(member.getByRole('region', { name: 'Stemmer' })).toContainText('Ella Sara');
	await member.goto('/study?deck=animals');
	await expect(member.getByText('Sagt av Ella Sara')).toBeVisible();
	await classPhone.close();
});
