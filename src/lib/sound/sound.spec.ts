import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import {
	dB,
	fromDb,
	peakOf,
	prepareTake,
	PEAK_CEILING_DB,
	TARGET_RMS_DB,
	voicedRms,
	voicedSpan
} from './takes';
import { oggCrc, oggOpus, oggPages } from './ogg';
import { VoiceWatch } from './watch';
import { downsample, wav } from './wav';
import { readPack, writePack, type VoicePack } from './pack';
import {
	areaOfProfile,
	contentMatches,
	extensionOf,
	inPlayingOrder,
	readVoice,
	sniffAudio,
	takePath,
	voiceIdFor
} from './voice';

const RATE = 48000;

/** Silence (with a little room noise), a tone, silence: the shape of a word said into a microphone. */
function take({
	before = 0.5,
	word = 0.6,
	after = 0.7,
	amplitude = 0.3,
	noise = 0.001,
	seed = 1
}: {
	before?: number;
	word?: number;
	after?: number;
	amplitude?: number;
	noise?: number;
	seed?: number;
} = {}) {
	const samples = new Float32Array(Math.round((before + word + after) * RATE));
	let state = seed;
	const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
	const from = Math.round(before * RATE);
	const to = from + Math.round(word * RATE);
	for (let i = 0; i < samples.length; i++) {
		const tone = i >= from && i < to ? amplitude * Math.sin((2 * Math.PI * 220 * i) / RATE) : 0;
		samples[i] = Math.max(-1, Math.min(1, tone + noise * random()));
	}
	return { samples, from, to };
}

describe('a take cut to the word', () => {
	it.each([
		['a word in the middle', { before: 0.5, word: 0.6, after: 0.7 }],
		['a word at the very start', { before: 0, word: 0.4, after: 1 }],
		['a word running to the end', { before: 1, word: 0.5, after: 0 }],
		['a quiet word in a quiet room', { amplitude: 0.01, noise: 0.0002 }],
		['a word in a noisy room', { amplitude: 0.3, noise: 0.02 }]
	])('%s: the silence around it is gone, the word is whole', (_, shape) => {
		const { samples, from, to } = take(shape);
		const span = voicedSpan(samples, RATE)!;
		expect(span.start).toBeLessThanOrEqual(from); // nothing of the word is cut
		expect(span.end).toBeGreaterThanOrEqual(to);
		expect(from - span.start).toBeLessThanOrEqual(0.1 * RATE); // at most 80 ms (+ a frame) kept before
		expect(span.end - to).toBeLessThanOrEqual(0.17 * RATE); // at most 150 ms (+ a frame) after
	});

	it.each<[string, string, () => Float32Array]>([
		['only silence', 'silent', () => new Float32Array(RATE)],
		['only room noise', 'silent', () => take({ word: 0, amplitude: 0, noise: 0.0005 }).samples],
		['a click', 'too-short', () => take({ word: 0.02 }).samples],
		['a microphone left on for a minute', 'too-long', () => new Float32Array(60 * RATE)],
		['nothing at all (0 s)', 'silent', () => new Float32Array(0)]
	])('%s is not kept: %s', (_, problem, samples) => {
		const prepared = prepareTake(samples(), RATE);
		expect(prepared).toEqual({ ok: false, problem });
	});
});

describe('one loudness for every take', () => {
	it.each([
		['a quiet take is turned up', 0.02],
		['a normal take', 0.2],
		['a loud take is turned down', 0.9]
	])('%s to the target, never above the ceiling', (_, amplitude) => {
		const prepared = prepareTake(take({ amplitude }).samples, RATE);
		if (!prepared.ok) throw new Error(prepared.problem);
		const rms = voicedRms(prepared.samples, RATE);
		// A sine's peak is 3 dB above its RMS, well under the ceiling at −20 dBFS: the target is met.
		expect(dB(rms)).toBeCloseTo(TARGET_RMS_DB, 0);
		expect(peakOf(prepared.samples)).toBeLessThanOrEqual(fromDb(PEAK_CEILING_DB) + 1e-6);
		expect(prepared.seconds).toBeGreaterThan(0.6);
		expect(prepared.seconds).toBeLessThan(0.6 + 0.25);
	});

	it('a clipped take is held under the ceiling and the speaker is told', () => {
		// Square-ish: a tone driven far past full scale.
		const { samples } = take({ amplitude: 3 });
		const prepared = prepareTake(samples, RATE);
		if (!prepared.ok) throw new Error(prepared.problem);
		expect(prepared.warnings).toContain('clipped');
		expect(peakOf(prepared.samples)).toBeLessThanOrEqual(fromDb(PEAK_CEILING_DB) + 1e-6);
		expect(prepared.gainDb).toBeLessThan(0);
	});

	it('a very quiet take is turned up, and the speaker is told to come closer', () => {
		const prepared = prepareTake(take({ amplitude: 0.004, noise: 0.00005 }).samples, RATE);
		if (!prepared.ok) throw new Error(prepared.problem);
		expect(prepared.warnings).toEqual(['quiet']);
		expect(prepared.gainDb).toBeGreaterThan(24);
	});

	it('fades in and out, so a take never starts or ends with a click', () => {
		const prepared = prepareTake(take({ before: 0, after: 0, amplitude: 0.5, noise: 0 }).samples, RATE);
		if (!prepared.ok) throw new Error(prepared.problem);
		expect(prepared.samples[0]).toBe(0);
		expect(Math.abs(prepared.samples.at(-1)!)).toBeLessThan(1e-6);
	});
});

describe('Ogg Opus', () => {
	it('CRC-32 as Ogg defines it (not the zip one)', () => {
		expect(oggCrc(new TextEncoder().encode('123456789'))).toBe(0x89a1897f);
	});

	it('writes header pages, then audio pages with the running sample count', () => {
		// 60 packets of 20 ms (960 samples at 48 kHz), sizes like a 24 kbit/s voice.
		const packets = Array.from({ length: 60 }, (_, i) => ({
			data: new Uint8Array(60 + (i % 7)).fill(i),
			samples: 960
		}));
		const file = oggOpus({ packets, channels: 1, preSkip: 312, inputSampleRate: 48000 });
		const pages = oggPages(file);
		expect(pages.every((page) => page.crcOk)).toBe(true);
		expect(new TextDecoder().decode(pages[0]!.packets[0]!.subarray(0, 8))).toBe('OpusHead');
		expect(pages[0]!.type).toBe(2); // first page
		expect(new TextDecoder().decode(pages[1]!.packets[0]!.subarray(0, 8))).toBe('OpusTags');
		const audio = pages.slice(2);
		expect(audio.flatMap((page) => page.packets).map((packet) => packet[0])).toEqual(
			packets.map((_, i) => i)
		);
		expect(audio.at(-1)!.type).toBe(4); // last page
		expect(audio.at(-1)!.granule).toBe(BigInt(312 + 60 * 960));
		expect(pages.map((page) => page.sequence)).toEqual(pages.map((_, i) => i));
		expect(sniffAudio(file)).toBe('ogg');
	});

	it('a packet longer than 255 bytes is laced across segments and read back whole', () => {
		const big = new Uint8Array(700).map((_, i) => i % 251);
		const file = oggOpus({
			packets: [{ data: big, samples: 960 }],
			channels: 1,
			preSkip: 0,
			inputSampleRate: 48000
		});
		expect(oggPages(file)[2]!.packets[0]).toEqual(big);
	});
});

describe('WAV', () => {
	it('16-bit PCM with a header players read', () => {
		const bytes = wav(Float32Array.from([0, 1, -1, 0.5]), 16000);
		const view = new DataView(bytes.buffer);
		expect(sniffAudio(bytes)).toBe('wav');
		expect(view.getUint32(24, true)).toBe(16000);
		expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([0, 32767, -32767, 16384]);
	});

	it('downsampling 48 → 16 kHz keeps a third of the samples, averaged', () => {
		expect(
			[...downsample(Float32Array.from([0, 0.3, 0.6, 1, 1, 1, 2]), 3)].map((v) => +v.toFixed(2))
		).toEqual([0.3, 1]);
	});
});

describe('voices', () => {
	it.each<[string, ReturnType<typeof takePath>]>([
		['animals/bovtse.ogg', { deckId: 'animals', cardId: 'bovtse', extension: 'ogg' }],
		['own-abc123/gaarmoe-2.m4a', { deckId: 'own-abc123', cardId: 'gaarmoe-2', extension: 'm4a' }],
		['../animals/bovtse.ogg', undefined],
		['/etc/passwd.ogg', undefined],
		['animals/../../x.ogg', undefined],
		['animals\\bovtse.ogg', undefined],
		['animals/bovtse.exe', undefined],
		['animals/sub/bovtse.ogg', undefined],
		['Animals/bovtse.ogg', undefined],
		['voice.json', undefined]
	])('%s → %j', (path, expected) => {
		expect(takePath(path)).toEqual(expected);
	});

	it.each<[string, unknown, string | undefined]>([
		[
			'a whole manifest',
			{ speaker: 'Ella Sara', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' },
			undefined
		],
		['no speaker', { area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' }, 'speaker'],
		[
			'a blank speaker',
			{ speaker: '  ', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' },
			'speaker'
		],
		[
			'hidden characters in the name',
			{ speaker: 'Ella\u202eSara', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' },
			'speaker'
		],
		['no licence', { speaker: 'Ella', area: 'se', recorded: '2026-12-06' }, 'licence'],
		[
			'a date that is not one',
			{ speaker: 'Ella', area: 'se', licence: 'CC0 1.0', recorded: '2026-02-30' },
			'recorded'
		],
		['not an object', 'voice', 'speaker']
	])('voice.json with %s', (_, manifest, problem) => {
		const read = readVoice(manifest);
		expect(read.ok ? undefined : read.problem).toBe(problem);
	});

	it('file types from MIME types and from the bytes', () => {
		expect(extensionOf('audio/webm;codecs=opus')).toBe('webm');
		expect(extensionOf('audio/mp4')).toBe('m4a');
		expect(extensionOf('image/png')).toBeUndefined();
		expect(contentMatches('mp3', Uint8Array.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(true);
		expect(contentMatches('ogg', new TextEncoder().encode('\x89PNG\r\n\x1a\n........'))).toBe(false);
	});

	it('the learner’s area plays first; an id from the speaker and date', () => {
		const sounds = [
			{ area: 'se', n: 1 },
			{ area: 'no', n: 2 },
			{ area: 'Snåsa', n: 3 }
		];
		expect(inPlayingOrder(sounds, areaOfProfile('norway')).map((s) => s.n)).toEqual([2, 1, 3]);
		expect(inPlayingOrder(sounds, areaOfProfile('sweden')).map((s) => s.n)).toEqual([1, 2, 3]);
		expect(
			voiceIdFor({ speaker: 'Åse Bientie-Jåma', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' })
		).toBe('ase-bientie-jama-2026-12-06');
	});
});

describe('voice packs', () => {
	const voice = { speaker: 'Ella Sara', area: 'no', licence: 'CC BY 4.0', recorded: '2026-12-06' };
	const audio = oggOpus({
		packets: [{ data: new Uint8Array(40), samples: 960 }],
		channels: 1,
		preSkip: 312,
		inputSampleRate: 48000
	});
	const pack: VoicePack = {
		id: 'ella-sara-2026-12-06',
		voice,
		takes: [
			{ deckId: 'animals', cardId: 'bovtse', extension: 'ogg', bytes: audio },
			{ deckId: 'animals', cardId: 'vuencie', extension: 'ogg', bytes: audio }
		]
	};

	it('a written pack reads back the same', () => {
		const read = readPack(writePack(pack));
		expect(read).toEqual({ ok: true, pack });
	});

	const zip = (files: Record<string, Uint8Array>) =>
		zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, {}]])));
	const manifest = strToU8(JSON.stringify(voice));
	it.each<[string, string, () => Uint8Array]>([
		['not a zip', 'not-a-pack', () => strToU8('hello, this is not a zip file at all')],
		['no voice.json', 'no-manifest', () => zip({ 'animals/bovtse.ogg': audio })],
		[
			'a manifest that is not JSON',
			'manifest',
			() => zip({ 'voice.json': strToU8('{speaker'), 'animals/bovtse.ogg': audio })
		],
		[
			'a manifest without a licence',
			'manifest',
			() =>
				zip({
					'voice.json': strToU8('{"speaker":"E","area":"no","recorded":"2026-01-01"}'),
					'a/b.ogg': audio
				})
		],
		[
			'a path climbing out',
			'bad-path',
			() => zip({ 'voice.json': manifest, '../animals/bovtse.ogg': audio })
		],
		['an absolute path', 'bad-path', () => zip({ 'voice.json': manifest, '/animals/bovtse.ogg': audio })],
		[
			'a picture named .ogg',
			'not-audio',
			() => zip({ 'voice.json': manifest, 'animals/bovtse.ogg': strToU8('\x89PNG\r\n\x1a\n0000000000') })
		],
		[
			'a take over 1 MiB',
			'take-too-big',
			() => zip({ 'voice.json': manifest, 'animals/bovtse.wav': new Uint8Array(1024 * 1024 + 1) })
		],
		['only a manifest', 'empty', () => zip({ 'voice.json': manifest })]
	])('%s is refused whole (%s)', (_, code, bytes) => {
		const read = readPack(bytes());
		expect(read.ok ? undefined : read.problem.code).toBe(code);
	});
});

describe('hands-free: when a word begins and ends', () => {
	/** Level readings every 20 ms: [level, how many readings]. */
	const run = (parts: [number, number][]) => {
		const watch = new VoiceWatch();
		const states: string[] = [];
		for (const [level, count] of parts) for (let i = 0; i < count; i++) states.push(watch.step(level, 20));
		return states;
	};
	it.each<[string, [number, number][], string]>([
		['a quiet room stays waiting', [[0.001, 100]], 'waiting'],
		[
			'a word, then a second of quiet: done',
			[
				[0.001, 10],
				[0.1, 20],
				[0.001, 50]
			],
			'done'
		],
		[
			'a word still being said',
			[
				[0.001, 10],
				[0.1, 20]
			],
			'speaking'
		],
		[
			'a short pause inside the word is not the end',
			[
				[0.001, 10],
				[0.1, 10],
				[0.001, 20],
				[0.1, 5]
			],
			'speaking'
		],
		[
			'a 20 ms click is not a word',
			[
				[0.001, 10],
				[0.2, 1],
				[0.001, 60]
			],
			'waiting'
		],
		[
			'a noisy room: its hum is not a word',
			[
				[0.03, 20],
				[0.035, 40]
			],
			'waiting'
		]
	])('%s', (_, parts, last) => {
		expect(run(parts).at(-1)).toBe(last);
	});
});
