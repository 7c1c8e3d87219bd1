/**
 * A browser recording made ready to keep: decoded (Web Audio), cut and normalised (sound/takes.ts),
 * and encoded small: Opus through WebCodecs' AudioEncoder in an Ogg file (sound/ogg.ts), about 3 KB a
 * second; where the browser has no Opus encoder, 16 kHz WAV (32 KB a second, played everywhere).
 */
import { mono, prepareTake, type TakeProblem, type TakeWarning } from '$lib/sound/takes';
import { oggOpus } from '$lib/sound/ogg';
import { downsample, wav } from '$lib/sound/wav';

const RATE = 48000;
/** 24 kbit/s mono Opus: clear speech (Opus is transparent for voice from about 20 kbit/s). */
const BITRATE = 24000;

/** The recording as mono samples at 48 kHz; throws when the browser cannot decode it. */
export async function decode(recording: Blob): Promise<Float32Array> {
	const context = new OfflineAudioContext(1, 1, RATE);
	const buffer = await context.decodeAudioData(await recording.arrayBuffer());
	return mono(Array.from({ length: buffer.numberOfChannels }, (_, i) => buffer.getChannelData(i)));
}

export type Prepared =
	| { ok: true; take: Blob; seconds: number; warnings: TakeWarning[] }
	| { ok: false; problem: TakeProblem | 'undecodable' };

/** From the microphone's recording to the take that is kept, or why it cannot be kept. */
export async function prepare(recording: Blob): Promise<Prepared> {
	let samples: Float32Array;
	try {
		samples = await decode(recording);
	} catch {
		return { ok: false, problem: 'undecodable' };
	}
	const take = prepareTake(samples, RATE);
	if (!take.ok) return take;
	return { ok: true, take: await encode(take.samples), seconds: take.seconds, warnings: take.warnings };
}

/** Opus in Ogg where the browser can encode it, else WAV. */
export async function encode(samples: Float32Array): Promise<Blob> {
	const opus = await encodeOpus(samples).catch(() => undefined);
	if (opus) return new Blob([opus as Uint8Array<ArrayBuffer>], { type: 'audio/ogg' });
	return new Blob([wav(downsample(samples, 3), RATE / 3)], { type: 'audio/wav' });
}

async function encodeOpus(samples: Float32Array): Promise<Uint8Array | undefined> {
	if (typeof AudioEncoder === 'undefined') return undefined;
	const config: AudioEncoderConfig = {
		codec: 'opus',
		sampleRate: RATE,
		numberOfChannels: 1,
		bitrate: BITRATE
	};
	if (!(await AudioEncoder.isConfigSupported(config)).supported) return undefined;
	const packets: { data: Uint8Array; samples: number }[] = [];
	let failure: unknown;
	const encoder = new AudioEncoder({
		output: (chunk) => {
			const data = new Uint8Array(chunk.byteLength);
			chunk.copyTo(data);
			packets.push({ data, samples: Math.round(((chunk.duration ?? 20000) * RATE) / 1e6) });
		},
		error: (error) => (failure = error)
	});
	encoder.configure(config);
	encoder.encode(
		new AudioData({
			format: 'f32-planar',
			sampleRate: RATE,
			numberOfFrames: samples.length,
			numberOfChannels: 1,
			timestamp: 0,
			data: samples as Float32Array<ArrayBuffer>
		})
	);
	await encoder.flush();
	encoder.close();
	if (failure || !packets.length) return undefined;
	// libopus looks 312 samples (6.5 ms) ahead at 48 kHz: the player skips them (RFC 7845, 4.2).
	return oggOpus({ packets, channels: 1, preSkip: 312, inputSampleRate: RATE });
}
