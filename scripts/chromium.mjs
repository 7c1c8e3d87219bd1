// Where the tests and the benchmark find a Chromium, and how they start it on this kind of machine.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH, else a system Chromium, else undefined (Playwright's own browser, if installed). */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return CANDIDATES.find((path) => existsSync(path));
}

// Root on a closed network: no sandbox, and no background calls home that would fail anyway.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * Chromium with a fake microphone that "says" the given WAV file, looped (the studio's tests and bench).
 * @param {string} wavFile
 */
export function fakeMicrophoneArgs(wavFile) {
	return [
		'--use-fake-device-for-media-stream',
		'--use-fake-ui-for-media-stream',
		`--use-file-for-fake-audio-capture=${wavFile}`
	];
}
