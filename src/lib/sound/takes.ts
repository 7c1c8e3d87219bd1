/**
 * A speaker's take, made ready to publish: the silence before and after the word cut off, every take
 * brought to one loudness (so a deck does not jump from a whisper to a shout between words), never
 * clipped. Plain arithmetic on mono samples in [-1, 1]: the studio decodes the browser's recording into
 * them, and the tests feed generated tones.
 */

/** Analysis frames of 10 ms: short enough to find a word's edge, long enough to measure a level. */
const FRAME_SECONDS = 0.01;
/** Kept before the first and after the last voiced frame: a soft onset (h-, s-) and a fading vowel. */
const PAD_BEFORE_SECONDS = 0.08;
const PAD_AFTER_SECONDS = 0.15;
/** Fades at the cut edges, so a take never starts or stops with a click. */
const FADE_SECONDS = 0.005;

/**
 * The loudness every take is brought to: −20 dBFS RMS over the voiced part, the level of speech in
 * broadcast practice (EBU R128 programmes sit at −23 LUFS; speech alone reads a few dB above that) and
 * loud enough on a phone speaker. Peaks are held at −1 dBFS: a loud take is turned down, never clipped.
 */
export const TARGET_RMS_DB = -20;
export const PEAK_CEILING_DB = -1;
/** Never turn a take up more than this (+30 dB): beyond it one is amplifying the room, not the voice. */
const MAX_GAIN_DB = 30;

/** A take is voiced where a frame is within 30 dB of its loudest frame and above the room's noise. */
const VOICED_BELOW_PEAK_DB = 30;
const NOISE_MARGIN_DB = 10;
/** Below −55 dBFS nothing counts as voice, however quiet the room. */
const SILENCE_FLOOR_DB = -55;

/** A voiced part shorter than this is not a word (a click, a tap on the phone): “ij” said is 0.2 s. */
export const SHORTEST_WORD_SECONDS = 0.1;
/** The longest take kept (a phrase, said slowly): longer is a microphone left on. */
export const LONGEST_TAKE_SECONDS = 20;

export const dB = (gain: number) => 20 * Math.log10(gain);
export const fromDb = (db: number) => 10 ** (db / 20);

/** Each 10 ms frame's RMS level. */
export function frameLevels(samples: Float32Array, sampleRate: number): Float32Array {
	const size = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
	const levels = new Float32Array(Math.ceil(samples.length / size));
	for (let frame = 0; frame < levels.length; frame++) {
		let sum = 0;
		const end = Math.min(samples.length, (frame + 1) * size);
		for (let i = frame * size; i < end; i++) sum += samples[i]! * samples[i]!;
		levels[frame] = Math.sqrt(sum / Math.max(1, end - frame * size));
	}
	return levels;
}

/** The level above which a frame is voice: relative to the take's loudest frame and its quietest tenth. */
export function voiceThreshold(levels: Float32Array): number {
	if (!levels.length) return Infinity;
	const sorted = Float32Array.from(levels).sort();
	const loudest = sorted[sorted.length - 1]!;
	const noise = sorted[Math.floor(sorted.length / 10)]!;
	return Math.max(
		loudest * fromDb(-VOICED_BELOW_PEAK_DB),
		// A take that is voice from edge to edge has no quiet tenth: never above 6 dB under the loudest.
		Math.min(noise * fromDb(NOISE_MARGIN_DB), loudest * fromDb(-6)),
		fromDb(SILENCE_FLOOR_DB)
	);
}

export interface Span {
	/** First and one-past-last sample of the word, padded. */
	start: number;
	end: number;
	/** How long the voiced part itself lasts (without the padding). */
	voicedSeconds: number;
}

/** Where the word is in a take, padded a little; `undefined` when nothing in it is voice. */
export function voicedSpan(samples: Float32Array, sampleRate: number): Span | undefined {
	const levels = frameLevels(samples, sampleRate);
	const threshold = voiceThreshold(levels);
	const first = levels.findIndex((level) => level >= threshold);
	if (first < 0) return undefined;
	let last = first;
	for (let frame = levels.length - 1; frame > first; frame--) {
		if (levels[frame]! >= threshold) {
			last = frame;
			break;
		}
	}
	const size = Math.round(sampleRate * FRAME_SECONDS);
	return {
		start: Math.max(0, first * size - Math.round(PAD_BEFORE_SECONDS * sampleRate)),
		end: Math.min(samples.length, (last + 1) * size + Math.round(PAD_AFTER_SECONDS * sampleRate)),
		voicedSeconds: ((last - first + 1) * size) / sampleRate
	};
}

/** The RMS of the voiced frames only: pauses inside a phrase do not make it read as quiet. */
export function voicedRms(samples: Float32Array, sampleRate: number): number {
	const levels = frameLevels(samples, sampleRate);
	const threshold = voiceThreshold(levels);
	let sum = 0;
	let count = 0;
	for (const level of levels) {
		if (level >= threshold) {
			sum += level * level;
			count++;
		}
	}
	return count ? Math.sqrt(sum / count) : 0;
}

export function peakOf(samples: Float32Array): number {
	let peak = 0;
	for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
	return peak;
}

/** The share of samples at full scale: a take recorded too close to the microphone. */
export function clippedShare(samples: Float32Array): number {
	let clipped = 0;
	for (const sample of samples) if (Math.abs(sample) >= 0.999) clipped++;
	return samples.length ? clipped / samples.length : 0;
}

/** The gain that brings the voiced part to the target loudness without a peak above the ceiling. */
export function normalisingGain(rms: number, peak: number): number {
	if (rms <= 0 || peak <= 0) return 1;
	const toTarget = fromDb(TARGET_RMS_DB) / rms;
	const toCeiling = fromDb(PEAK_CEILING_DB) / peak;
	return Math.min(toTarget, toCeiling, fromDb(MAX_GAIN_DB));
}

/** What the studio tells the speaker about a take (in their language, by the screen). */
export type TakeProblem = 'silent' | 'too-short' | 'too-long';
export type TakeWarning = 'clipped' | 'quiet';

export type Take =
	| {
			ok: true;
			samples: Float32Array;
			sampleRate: number;
			seconds: number;
			/** The gain applied, in dB (for the studio's meter and the tests). */
			gainDb: number;
			warnings: TakeWarning[];
	  }
	| { ok: false; problem: TakeProblem };

/** A raw take cut to the word, normalised, with gentle edges; or why it cannot be kept. */
export function prepareTake(raw: Float32Array, sampleRate: number): Take {
	if (raw.length > LONGEST_TAKE_SECONDS * sampleRate) return { ok: false, problem: 'too-long' };
	const span = voicedSpan(raw, sampleRate);
	if (!span) return { ok: false, problem: 'silent' };
	const word = raw.slice(span.start, span.end);
	const rms = voicedRms(word, sampleRate);
	if (span.voicedSeconds < SHORTEST_WORD_SECONDS || rms < fromDb(SILENCE_FLOOR_DB))
		return { ok: false, problem: 'too-short' };
	const warnings: TakeWarning[] = [];
	// More than 0.1 % of samples at full scale is audible crackle that no gain can take out.
	if (clippedShare(word) > 0.001) warnings.push('clipped');
	const gain = normalisingGain(rms, peakOf(word));
	// A take that needs more than +24 dB was far from the microphone: it will carry the room's hiss.
	if (dB(gain) > 24) warnings.push('quiet');
	const fade = Math.min(Math.round(FADE_SECONDS * sampleRate), Math.floor(word.length / 2));
	for (let i = 0; i < word.length; i++) {
		const edge = Math.min(i, word.length - 1 - i);
		word[i]! *= gain * (edge < fade ? edge / fade : 1);
	}
	return {
		ok: true,
		samples: word,
		sampleRate,
		seconds: word.length / sampleRate,
		gainDb: dB(gain),
		warnings
	};
}

/** Down-mixes a recording's channels into one. */
export function mono(channels: readonly Float32Array[]): Float32Array {
	if (channels.length === 1) return channels[0]!;
	const out = new Float32Array(channels[0]?.length ?? 0);
	for (const channel of channels)
		for (let i = 0; i < out.length; i++) out[i]! += channel[i]! / channels.length;
	return out;
}
