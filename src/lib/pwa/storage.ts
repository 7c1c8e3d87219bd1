/** The browser's storage for this app: whether it is kept under pressure, and how much is used. */
import { KEEP_FORMS, type KeepForms } from './messages';

export interface StorageState {
	/** null where the browser cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageState(): Promise<StorageState> {
	const storage = navigator.storage;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted() : null,
		storage?.estimate ? storage.estimate() : null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser not to clear the learner's progress when the device runs low on space. Asked after
 * the first finished session, when there is something worth keeping; the browser may decide silently.
 */
export async function keepStorage(): Promise<boolean> {
	const storage = navigator.storage;
	if (!storage?.persist) return false;
	if (await storage.persisted()) return true;
	return storage.persist();
}

/**
 * Asks the service worker to keep these built-in decks' word forms offline (fetched in the background:
 * nothing in the page fails when the network or the server is gone). No worker, nothing happens.
 */
export function keepFormsOffline(decks: readonly string[]): void {
	if (!decks.length || typeof navigator === 'undefined') return;
	navigator.serviceWorker?.controller?.postMessage({
		type: KEEP_FORMS,
		decks: [...decks]
	} satisfies KeepForms);
}
