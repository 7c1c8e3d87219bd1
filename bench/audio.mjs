// audio: a speaker records a 25-word deck in the studio, hands-free, with Chromium's fake microphone
// fed a looped WAV of one "word" (a 1 s tone) and a pause; the deck is exported as a voice pack
// (audio.deckPackKiB, how long recording it took), then every word is played from the word list
// (audio.tapToSoundP95Ms: the player's User Timing from the tap to the 'playing' event, the take
// read from the device, as a learner's cached file is).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS, fakeMicrophoneArgs } from '../scripts/chromium.mjs';

const WORDS = 25;
const DECK = 'animals';

/** 16-bit mono WAV: 1 s of a tone (the word), then 4 s of quiet (time to keep it and move on). */
function speakingWav() {
	const rate = 48000;
	const samples = new Float32Array(rate * 5);
	for (let i = 0; i < rate; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 330 * i) / rate);
	const bytes = Buffer.alloc(44 + samples.length * 2);
	bytes.write('RIFF', 0);
	bytes.writeUInt32LE(36 + samples.length * 2, 4);
	bytes.write('WAVEfmt ', 8);
	bytes.writeUInt32LE(16, 16);
	bytes.writeUInt16LE(1, 20);
	bytes.writeUInt16LE(1, 22);
	bytes.writeUInt32LE(rate, 24);
	bytes.writeUInt32LE(rate * 2, 28);
	bytes.writeUInt16LE(2, 32);
	bytes.writeUInt16LE(16, 34);
	bytes.write('data', 36);
	bytes.writeUInt32LE(samples.length * 2, 40);
	samples.forEach((sample, i) => bytes.writeInt16LE(Math.round(sample * 32767), 44 + i * 2));
	return bytes;
}

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n) => Math.round(n * 10) / 10;

export async function audioBench(url) {
	const dir = mkdtempSync(join(tmpdir(), 'lieredh-audio-bench-'));
	const microphone = join(dir, 'speaking.wav');
	writeFileSync(microphone, speakingWav());
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, ...fakeMicrophoneArgs(microphone)]
	});
	try {
		const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto(`${url}/teach/studio?deck=${DECK}`);
		await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
			timeout: 60_000
		});
		await page.getByLabel('Name as it should be shown').fill('Bench Tone');
		await page.getByLabel(/I am the speaker/).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();

		// Hands-free, as a speaker would record a deck: say the word, pause, the next one shows.
		const started = Date.now();
		await page.getByLabel(/Hands-free/).check();
		await page.locator('button.record').click();
		await page.getByText(`${WORDS} of 30 recorded`).waitFor({ timeout: WORDS * 15_000 });
		const recordingSeconds = (Date.now() - started) / 1000;
		await page.getByLabel(/Hands-free/).uncheck();

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: /Share the recordings/ }).click();
		const pack = join(dir, 'pack.zip');
		await (await download).saveAs(pack);
		const packBytes = readFileSync(pack).length;

		// Every recorded word played from the word list, one tap each, twice round.
		await page.goto(`${url}/decks/${DECK}`);
		const buttons = page.locator('table .play button');
		await buttons.first().waitFor();
		const count = await buttons.count();
		for (let round = 0; round < 2; round++) {
			for (let i = 0; i < count; i++) {
				const before = await page.evaluate(() => performance.getEntriesByName('lieredh:tap-to-sound').length);
				await buttons.nth(i).click();
				await page.waitForFunction(
					(n) => performance.getEntriesByName('lieredh:tap-to-sound').length > n,
					before,
					{ timeout: 10_000 }
				);
			}
		}
		const taps = await page.evaluate(() =>
			performance.getEntriesByName('lieredh:tap-to-sound').map((entry) => entry.duration)
		);
		return {
			words: WORDS,
			recordingSeconds: Math.round(recordingSeconds),
			deckPackKiB: round(packBytes / 1024),
			takeKiBAvg: round(packBytes / 1024 / WORDS),
			taps: taps.length,
			tapToSoundP50Ms: round(percentile(taps, 50)),
			tapToSoundP95Ms: round(percentile(taps, 95)),
			note: `${WORDS} words of ${DECK} recorded hands-free from a fake microphone (1 s tone, 4 s pause), Opus in Ogg; taps on the word list's play buttons, tap → 'playing'`
		};
	} finally {
		await browser.close();
	}
}
