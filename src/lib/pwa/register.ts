/** Registers the service worker through workbox-window, loaded only after the page is up. */
export async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/service-worker.js');
	await wb.register();
}
