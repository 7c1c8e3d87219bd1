/**
 * 16-bit PCM WAV: the studio's fallback where the browser cannot encode Opus (no WebCodecs
 * AudioEncoder), and the tests' way to make a take. Larger (32 KB a second at 16 kHz), but every
 * browser plays it.
 */
export function wav(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(44 + samples.length * 2);
	const view = new DataView(bytes.buffer);
	const text = (offset: number, value: string) => bytes.set(new TextEncoder().encode(value), offset);
	text(0, 'RIFF');
	view.setUint32(4, 36 + samples.length * 2, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true);
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, sampleRate, true);
	view.setUint32(28, sampleRate * 2, true);
	view.setUint16(32, 2, true);
	view.setUint16(34, 16, true);
	text(36, 'data');
	view.setUint32(40, samples.length * 2, true);
	samples.forEach((sample, i) => {
		const clamped = Math.max(-1, Math.min(1, sample));
		view.setInt16(44 + i * 2, Math.round(clamped * 0x7fff), true);
	});
	return bytes;
}

/** Every n-th sample of a take, averaged: 48 kHz → 16 kHz for the WAV fallback (speech needs no more). */
export function downsample(samples: Float32Array, factor: number): Float32Array {
	const out = new Float32Array(Math.floor(samples.length / factor));
	for (let i = 0; i < out.length; i++) {
		let sum = 0;
		for (let j = 0; j < factor; j++) sum += samples[i * factor + j]!;
		out[i] = sum / factor;
	}
	return out;
}
