/**
 * Plays a word's recordings: one at a time (a new tap stops the last), a served file through the
 * service worker's cache, a kept one from its Blob. User Timing marks for `npm run bench`
 * (tapToSoundP95Ms): from the tap to the sound playing.
 */
import type { Sound } from '$lib/sound/voice';

let latest: symbol | undefined;
let current: { audio: HTMLAudioElement; url?: string } | undefined;

/**
 * Served recordings, fetched whole (through the service worker's voices cache) and played from memory:
 * no range requests for the worker to answer, and a second tap plays at once.
 */
const fetched = new Map<string, Promise<Blob>>();

function blobOf(src: string | Blob): Promise<Blob> {
	if (typeof src !== 'string') return Promise.resolve(src);
	let blob = fetched.get(src);
	if (!blob) {
		blob = fetch(src).then((response) => {
			if (!response.ok) throw new Error(`${src}: ${response.status}`);
			return response.blob();
		});
		fetched.set(src, blob);
		blob.catch(() => fetched.delete(src));
	}
	return blob;
}

/** Fetches a deck's served recordings once, so the service worker keeps them for offline study. */
export async function keepForOffline(urls: readonly string[]): Promise<void> {
	for (const url of urls) {
		await fetch(url).catch(() => undefined);
	}
}

function stop(): void {
	if (!current) return;
	current.audio.pause();
	if (current.url) URL.revokeObjectURL(current.url);
	current = undefined;
}

/** Plays one sound; resolves true once it is audible, false when the browser refused (no tap yet). */
export async function play(sound: Sound): Promise<boolean> {
	stop();
	performance.mark('lieredh:play-tap');
	const tapped = Symbol();
	latest = tapped;
	let blob: Blob;
	try {
		blob = await blobOf(sound.src);
	} catch {
		return false; // offline and never played before: nothing to play
	}
	if (latest !== tapped) return false; // another tap came while this one was fetched
	const url = URL.createObjectURL(blob);
	const audio = new Audio(url);
	const playing = { audio, url };
	current = playing;
	audio.addEventListener(
		'playing',
		() => {
			performance.mark('lieredh:play-sound');
			performance.measure('lieredh:tap-to-sound', 'lieredh:play-tap', 'lieredh:play-sound');
		},
		{ once: true }
	);
	audio.addEventListener('ended', () => {
		if (current === playing) stop();
	});
	return audio.play().then(
		() => true,
		() => {
			if (current === playing) stop();
			return false;
		}
	);
}

/** True once the learner has tapped the page: before that a browser refuses to play on its own. */
export function mayPlayByItself(): boolean {
	return typeof navigator !== 'undefined' && (navigator.userActivation?.hasBeenActive ?? true);
}

export function stopPlaying(): void {
	stop();
}
