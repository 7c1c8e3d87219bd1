/**
 * Hearing South Sami. A built-in voice (a test voice of generated tones, built into a copy of the app
 * in .e2e/, never shipped) is served, played, kept for offline study and asked by ear. Bad voice packs
 * store nothing. (Recording is in studio.spec.ts: it needs a browser with a fake microphone.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, meetNewWord, test, waitForServiceWorker } from './fixtures';
import { StaticServer } from './server';
import { makeTestVoices, toneWav } from './voices';

test.use({ locale: 'nb-NO' });

/** How many times a recording has started playing on this page (the player's User Timing). */
const played = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('lieredh:tap-to-sound').length);

/** The recordings the service worker keeps for offline study. */
const keptVoiceFiles = (page: Page) =>
	page.evaluate(async () =>
		(await caches.has('lieredh-voices'))
			? (await (await caches.open('lieredh-voices')).keys()).map((request) => new URL(request.url).pathname)
			: []
	);

const VOICED = ['bienje', 'gaahtoe', 'hierkie', 'govse', 'sirve', 'gaajhtse'];

test.describe('a built-in voice', () => {
	const server = new StaticServer('.e2e/voiced', 4195);
	test.use({ baseURL: server.origin });
	test.setTimeout(120_000);

	test.beforeAll(() => {
		const voices = makeTestVoices(mkdtempSync(join(tmpdir(), 'lieredh-voices-')), 'animals', VOICED);
		rmSync('.e2e/voiced', { recursive: true, force: true });
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: { ...process.env, LIEREDH_VOICES_DIR: voices, LIEREDH_BUILD_DIR: '.e2e/voiced' },
			stdio: 'pipe'
		});
		rmSync(voices, { recursive: true, force: true });
	});
	test.afterAll(() => {
		for (const dir of ['.e2e/voiced', '.e2e/voiced-server', '.e2e/voiced-kit'])
			rmSync(dir, { recursive: true, force: true });
	});
	test.beforeEach(() => server.start());
	test.afterEach(() => server.stop());

	test('is served with each card it covers, and credited', async ({ request }) => {
		const deck = await (await request.get(`${server.origin}/decks/animals.json`)).json();
		const voiced = deck.cards.filter((card: { audio?: unknown[] }) => card.audio);
		expect(voiced.map((card: { id: string }) => card.id)).toEqual(VOICED);
		expect(voiced[0].audio).toEqual([
			{ voice: 'test-tones', url: '/voices/test-tones/animals/bienje.wav', speaker: 'Test Tone', area: 'no' }
		]);
		const file = await request.get(`${server.origin}/voices/test-tones/animals/bienje.wav`);
		expect(file.headers()['content-type']).toBe('audio/wav');
		// Cards nobody recorded claim nothing; other decks have no audio at all.
		const other = await (await request.get(`${server.origin}/decks/family.json`)).json();
		expect(other.cards.some((card: { audio?: unknown }) => card.audio)).toBe(false);
		const index = await (await request.get(`${server.origin}/decks/index.json`)).json();
		expect(index.decks.find((d: { id: string }) => d.id === 'animals').voiced).toBe(6);
	});

	test('a child hears each new word, is asked by ear, and hears it offline @phone', async ({ page }) => {
		await page.goto('/credits');
		await expect(page.getByText('Test Tone (Norge), CC0 1.0, spilt inn 2026-12-06: 6 ord')).toBeVisible();
		await waitForServiceWorker(page);
		// Installing the app downloads no voice.
		expect(await keptVoiceFiles(page)).toEqual([]);
		await page.evaluate(() => localStorage.setItem('lieredh:learner', 'child'));

		await page.goto('/study?deck=animals');
		await expect(page.locator('.meet .word')).toHaveText('bïenje');
		await expect(page.getByText('Sagt av Test Tone')).toBeVisible();
		// A child's intro card may play the word by itself (once the page has been tapped): let it finish.
		await page.waitForTimeout(1000);
		const atStart = await played(page);
		await page.locator('.meet').getByRole('button', { name: 'Hør ordet' }).click();
		await expect.poll(() => played(page)).toBe(atStart + 1);
		// Studying the deck keeps all its recordings for offline, and only them.
		await expect
			.poll(() => keptVoiceFiles(page))
			.toEqual(expect.arrayContaining(VOICED.map((id) => `/voices/test-tones/animals/${id}.wav`)));
		expect((await keptVoiceFiles(page)).length).toBe(VOICED.length);

		// The first question of a voiced word, for a child: heard, not read, and answered by picture.
		const beforeQuestion = await played(page);
		await page.getByRole('button', { name: 'Skjønner – spør meg!' }).click();
		await expect(page.getByText('Hva betyr ordet du hører?')).toBeVisible();
		await expect(page.locator('.prompt')).toHaveCount(0);
		await expect(page.getByText('bïenje')).toHaveCount(0);
		// The question plays by itself (the learner has tapped the page).
		await expect.poll(() => played(page)).toBe(beforeQuestion + 1);
		await page.locator('.options button').filter({ hasText: 'hund' }).click();
		await expect(page.getByText('1 av 10')).toBeVisible();

		// With the server gone, the deck is still heard.
		await server.stop();
		await page.goto('/study?deck=animals');
		await meetNewWord(page).catch(() => undefined);
		await page.goto('/decks/animals');
		const before = await played(page);
		await page
			.getByRole('row', { name: /gaahtoe/ })
			.getByRole('button', { name: 'Hør ordet' })
			.click();
		await expect.poll(() => played(page)).toBe(before + 1);
	});
});

test('a file that is not a voice pack, or a pack that climbs out of its folders, stores nothing', async ({
	page
}, testInfo) => {
	await page.goto('/settings');
	const input = page.getByLabel('Hent inn en lydpakke');
	const text = testInfo.outputPath('notes.zip');
	writeFileSync(text, 'these are my notes, not a zip');
	await input.setInputFiles(text);
	await expect(
		page.getByText('Dette er ikke en lydpakke (en zip-fil fra «Del opptakene»). Ingenting er lagret.')
	).toBeVisible();

	const sneaky = testInfo.outputPath('sneaky.zip');
	const manifest = { speaker: 'Sneaky', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' };
	writeFileSync(
		sneaky,
		zipSync({
			'voice.json': strToU8(JSON.stringify(manifest)),
			'../animals/bienje.ogg': strToU8('OggS and more bytes here')
		})
	);
	await input.setInputFiles(sneaky);
	await expect(page.getByText('Lydpakken har en fil på et ugyldig sted. Ingenting er lagret:')).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('../animals/bienje.ogg');

	// Real recordings, but of a deck this device does not have.
	const elsewhere = testInfo.outputPath('elsewhere.zip');
	writeFileSync(
		elsewhere,
		zipSync({ 'voice.json': strToU8(JSON.stringify(manifest)), 'no-such-deck/bienje.wav': toneWav() })
	);
	await input.setInputFiles(elsewhere);
	await expect(
		page.getByText('Lydpakken gjelder ordlister som ikke finnes på denne enheten. Ingenting er lagret.')
	).toBeVisible();
	// No voice was kept from any of them.
	await page.reload();
	await expect(page.getByText('Sneaky')).toHaveCount(0);
});
