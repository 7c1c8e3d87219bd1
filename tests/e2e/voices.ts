/**
 * A test voice made of generated tones (never a voice, never shipped): a folder laid out like
 * lessons/voices/<voice-id>/, and a WAV a fake microphone can "say". Each word is a tone of its own
 * pitch, so a test can tell which recording played.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wav } from '../../src/lib/sound/wav';

const RATE = 16000;

/** Silence, a tone, silence: the shape of one word said into a microphone. */
export function toneWav({ hz = 440, seconds = 0.6, pad = 0.4, amplitude = 0.25 } = {}): Uint8Array {
	const samples = new Float32Array(Math.round((seconds + 2 * pad) * RATE));
	const from = Math.round(pad * RATE);
	for (let i = 0; i < Math.round(seconds * RATE); i++)
		samples[from + i] = amplitude * Math.sin((2 * Math.PI * hz * i) / RATE);
	return wav(samples, RATE);
}

/** A voices folder with one test voice recording these cards of a deck. */
export function makeTestVoices(
	root: string,
	deckId: string,
	cardIds: readonly string[],
	voiceId = 'test-tones'
) {
	const dir = join(root, voiceId);
	mkdirSync(join(dir, deckId), { recursive: true });
	writeFileSync(
		join(dir, 'voice.json'),
		JSON.stringify({ speaker: 'Test Tone', area: 'no', licence: 'CC0 1.0', recorded: '2026-12-06' })
	);
	cardIds.forEach((cardId, i) =>
		writeFileSync(join(dir, deckId, `${cardId}.wav`), toneWav({ hz: 300 + 40 * i }))
	);
	return root;
}

/** A word said slowly, three times with pauses, for the fake microphone (Chromium loops the file). */
export function speakingWav(): Uint8Array {
	const RATE_OUT = 48000;
	const parts: number[] = [];
	for (let word = 0; word < 3; word++) {
		for (let i = 0; i < RATE_OUT * 1.2; i++) parts.push(0);
		for (let i = 0; i < RATE_OUT * 0.7; i++)
			parts.push(0.3 * Math.sin((2 * Math.PI * (330 + 60 * word) * i) / RATE_OUT));
	}
	for (let i = 0; i < RATE_OUT * 1.2; i++) parts.push(0);
	return wav(Float32Array.from(parts), RATE_OUT);
}
