/**
 * The speaker's microphone for the studio: one stream for the whole session (asking once), a level
 * meter, and takes recorded with the browser's own MediaRecorder (Opus in WebM or Ogg where supported,
 * AAC in MP4 on Safari; the studio re-encodes them after trimming).
 */
import { LONGEST_TAKE_SECONDS } from '$lib/sound/takes';
import { VoiceWatch } from '$lib/sound/watch';

/** How often hands-free mode reads the level. */
const WATCH_MS = 20;

export type MicrophoneProblem = 'unsupported' | 'denied' | 'no-microphone' | 'failed';

const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

export function canRecord(): boolean {
	return (
		typeof MediaRecorder !== 'undefined' &&
		typeof navigator !== 'undefined' &&
		!!navigator.mediaDevices?.getUserMedia
	);
}

export class Microphone {
	#stream: MediaStream;
	#context: AudioContext;
	#analyser: AnalyserNode;
	#buffer: Float32Array<ArrayBuffer>;
	#recorder: MediaRecorder | undefined;
	#chunks: Blob[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;

	private constructor(stream: MediaStream) {
		this.#stream = stream;
		this.#context = new AudioContext();
		this.#analyser = this.#context.createAnalyser();
		this.#analyser.fftSize = 2048;
		this.#buffer = new Float32Array(this.#analyser.fftSize);
		this.#context.createMediaStreamSource(stream).connect(this.#analyser);
	}

	/** Asks for the microphone once; the answer, or why there is none. */
	static async open(): Promise<
		{ ok: true; microphone: Microphone } | { ok: false; problem: MicrophoneProblem }
	> {
		if (!canRecord()) return { ok: false, problem: 'unsupported' };
		try {
			// The studio evens out loudness itself: the browser's automatic gain would pump between words.
			const stream = await navigator.mediaDevices.getUserMedia({
				audio: { autoGainControl: false, noiseSuppression: true, echoCancellation: false, channelCount: 1 }
			});
			return { ok: true, microphone: new Microphone(stream) };
		} catch (error) {
			const name = (error as DOMException).name;
			const problem: MicrophoneProblem =
				name === 'NotAllowedError' || name === 'SecurityError'
					? 'denied'
					: name === 'NotFoundError' || name === 'OverconstrainedError'
						? 'no-microphone'
						: 'failed';
			return { ok: false, problem };
		}
	}

	/** The input's level now (RMS of the last ~40 ms, 0–1), for the meter and for hands-free mode. */
	level(): number {
		this.#analyser.getFloatTimeDomainData(this.#buffer);
		let sum = 0;
		for (const sample of this.#buffer) sum += sample * sample;
		return Math.sqrt(sum / this.#buffer.length);
	}

	get recording(): boolean {
		return this.#recorder?.state === 'recording';
	}

	/** Starts a take; it stops by itself after the longest a take may be. */
	start(onLimit?: () => void): void {
		if (this.recording) return;
		void this.#context.resume();
		const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
		const recorder = new MediaRecorder(this.#stream, mimeType ? { mimeType } : {});
		this.#chunks = [];
		recorder.ondataavailable = (event) => {
			if (event.data.size) this.#chunks.push(event.data);
		};
		recorder.start();
		this.#recorder = recorder;
		this.#timer = setTimeout(() => onLimit?.(), LONGEST_TAKE_SECONDS * 1000 - 500);
	}

	/** Stops the take and gives what was recorded. */
	stop(): Promise<Blob | undefined> {
		clearTimeout(this.#timer);
		const recorder = this.#recorder;
		this.#recorder = undefined;
		if (!recorder || recorder.state === 'inactive') return Promise.resolve(undefined);
		return new Promise((resolve) => {
			recorder.onstop = () => resolve(new Blob(this.#chunks, { type: recorder.mimeType || 'audio/webm' }));
			recorder.stop();
		});
	}

	/**
	 * Hands-free: reads the level every 20 ms and says when the word has begun and when it has ended
	 * (sound/watch.ts). Returns the function that stops watching.
	 */
	watchForWord(on: (heard: 'speaking' | 'done') => void): () => void {
		const watch = new VoiceWatch();
		const timer = setInterval(() => {
			const heard = watch.step(this.level(), WATCH_MS);
			if (heard !== 'waiting') on(heard);
		}, WATCH_MS);
		return () => clearInterval(timer);
	}

	close(): void {
		clearTimeout(this.#timer);
		if (this.#recorder?.state === 'recording') this.#recorder.stop();
		this.#stream.getTracks().forEach((track) => track.stop());
		void this.#context.close();
	}
}
