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
 * (Dexie's schema version n is IndexedDB version n × 10; Dexie first probes with an empty database).
 */
export async function putInAppDatabase(page: Page, store: string, records: object[]): Promise<void> {
	await page.evaluate(
		async ({ store, records }) => {
			for (let i = 0; i < 200; i++) {
				if ((await indexedDB.databases()).some((d) => d.name === 'lieredh' && (d.version ?? 0) >= 20)) break;
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

/** Answers in IndexedDB, read the way the app stores them. */
export async function storedAnswers(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('lieredh');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const count = open.result.transaction('reviews').objectStore('reviews').count();
					count.onsuccess = () => {
						resolve(count.result);
						open.result.close();
					};
				};
			})
	);
}

/** Cards due now, counted in IndexedDB. */
export async function dueNow(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('lieredh');
				open.onsuccess = () => {
					const range = IDBKeyRange.upperBound(Date.now());
					const count = open.result.transaction('cards').objectStore('cards').index('due').count(range);
					count.onsuccess = () => {
						resolve(count.result);
						open.result.close();
					};
				};
			})
	);
}

/** Waits until the service worker controls the page: by then every file is precached (install finished). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
		timeout: 20_000
	});
}

/** Answers `count` more cards whatever they ask (right or wrong), moving on after feedback. */
export async function answerCards(page: Page, count: number, already = 0): Promise<void> {
	const next = page.getByRole('button', { name: 'Neste' });
	for (let answered = already; answered < already + count; answered++) {
		await expect(page.getByText(new RegExp(`^${answered} av \\d+$`))).toBeVisible();
		const choice = page.locator('.options button');
		if (await choice.first().isVisible()) await choice.first().click();
		else {
			await page.getByRole('textbox').fill('bovtse');
			await page.getByRole('textbox').press('Enter');
		}
		await expect(page.getByText(new RegExp(`^${answered + 1} av \\d+$`))).toBeVisible();
		if (await next.isVisible()) await next.click();
	}
}
