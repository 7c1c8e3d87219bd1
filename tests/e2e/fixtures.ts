import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/**
 * Every e2e test fails on a console error or on any request that leaves the app's origin:
 * Lïeredh makes no request to another origin, ever.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const foreign: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (message: ConsoleMessage) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
			});
			await use();
			expect(errors, 'console errors').toEqual([]);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * Writes records straight into one of the app's IndexedDB stores, once the app has created its schema
 * (Dexie's version 1 is IndexedDB version 10; Dexie first probes with an empty database).
 */
export async function putInAppDatabase(page: Page, store: string, records: object[]): Promise<void> {
	await page.evaluate(
		async ({ store, records }) => {
			for (let i = 0; i < 200; i++) {
				if ((await indexedDB.databases()).some((d) => d.name === 'lieredh' && (d.version ?? 0) >= 10)) break;
				await new Promise((resolve) => setTimeout(resolve, 25));
			}
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('lieredh');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(store, 'readwrite');
				for (const record of records) tx.objectStore(store).put(record);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ store, records }
	);
}
