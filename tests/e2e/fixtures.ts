import { test as base, expect, type ConsoleMessage } from '@playwright/test';

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
