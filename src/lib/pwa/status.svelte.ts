/**
 * The app as installed software: online or not, a new version waiting, installable or installed.
 * One shared instance, started once by the root layout; the header and Settings read it.
 */
import type { Workbox } from 'workbox-window';
import { version } from '$app/environment';
import { CLIENT_VERSION, type ClientVersion } from './messages';

/** Chromium's install prompt event (not in the DOM typings). */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class AppStatus {
	online = $state(true);
	/** A new version is installed and waiting; it takes over only when the learner says so. */
	updateReady = $state(false);
	/** The browser offers installing the app (and it is not installed). */
	canInstall = $state(false);
	/** Running as an installed app. */
	installed = $state(false);

	#workbox: Workbox | undefined;
	#installPrompt: InstallPromptEvent | undefined;
	#takenOver = false;
	#started = false;

	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));

		this.installed = matchMedia('(display-mode: standalone)').matches;
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault(); // the header's button asks, not the browser's mini-bar
			this.#installPrompt = event as InstallPromptEvent;
			this.canInstall = !this.installed;
		});
		addEventListener('appinstalled', () => {
			this.installed = true;
			this.canInstall = false;
			this.#installPrompt = undefined;
		});
	}

	/** Registers the service worker through workbox-window (loaded only after the page is up). */
	async register(): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox('/service-worker.js');
		// Also fires when a version was already waiting from an earlier visit.
		workbox.addEventListener('waiting', () => (this.updateReady = true));
		// Another tab accepted the update: this tab keeps running its own code, and offers the reload too.
		// (On a first visit there was no controller before: the first install taking over is no update.)
		const hadController = Boolean(navigator.serviceWorker.controller);
		workbox.addEventListener('controlling', (event) => {
			if (!event.isExternal || !hadController) return;
			this.#takenOver = true;
			this.updateReady = true;
		});
		this.#workbox = workbox;
		// Tell the worker which version this tab runs, and the next worker too when it takes over:
		// it keeps this version's files while this tab is open.
		const sayVersion = () =>
			navigator.serviceWorker.controller?.postMessage({
				type: CLIENT_VERSION,
				version
			} satisfies ClientVersion);
		navigator.serviceWorker.addEventListener('controllerchange', sayVersion);
		sayVersion();
		try {
			await workbox.register();
		} catch (error) {
			// Offline, the browser cannot check for a new version; the installed one keeps serving.
			console.warn('service worker registration:', error);
		}
	}

	/** The learner accepted the new version: let it take over, then reload into it. */
	acceptUpdate(): void {
		const workbox = this.#workbox;
		if (!workbox || this.#takenOver) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		workbox.messageSkipWaiting();
	}

	async install(): Promise<void> {
		const prompt = this.#installPrompt;
		if (!prompt) return;
		this.#installPrompt = undefined;
		this.canInstall = false;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		if (outcome === 'accepted') this.installed = true;
	}
}

export const appStatus = new AppStatus();
