import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type ConsoleMessage,
	type Page
} from '@playwright/test';
import { SCHEMA_HISTORY } from '../../src/lib/db/database';

/**
 * Every e2e test fails on a console error or on any request that leaves the app's origin:
 * Lïeredh makes no request to another origin, ever.
 */
/**
 * Who the learner is on a device a test starts with. The app asks before a first session ("Hvem skal
 * lære?"); a test that is not about that question starts as an adult who answered it. `null`: nobody
 * has answered (the first-start tests).
 */
type Learner = 'adult' | 'child' | null;

/** Answers "who is learning?" on a device before any page runs, unless this device's learner has. */
export async function answerWho(context: BrowserContext, learner: Learner): Promise<void> {
	if (!learner) return;
	await context.addInitScript((value) => {
		try {
			if (
				localStorage.getItem('lieredh:learner') === null &&
				localStorage.getItem('lieredh:profile') === null
			)
				localStorage.setItem('lieredh:learner', value);
		} catch {
			// a page without storage (about:blank)
		}
	}, learner);
}

/** Another device in a test (a pupil's phone), whose learner has answered as the test's. */
export async function newDevice(
	browser: Browser,
	options: BrowserContextOptions = {},
	learner: Learner = 'adult'
): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await answerWho(context, learner);
	return context;
}

export const test = base.extend<{ guard: void; learner: Learner }>({
	learner: ['adult', { option: true }],
	context: async ({ context, learner }, use) => {
		await answerWho(context, learner);
		await use(context);
	},
	page: async ({ page }, use) => {
		await use(waitsForHydration(page));
	},
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
 * Pages paint before their code arrives (see src/lib/server/firstPaint.ts), so a click right after
 * `goto` could land before the app listens, as a very quick person's could. Tests act as a person who
 * waits until the app is ready: `goto` and `reload` on this page wait until it has hydrated.
 */
export function waitsForHydration(page: Page): Page {
	const ready = async () => {
		// An app page whose scripts run (boot.js sets the theme before anything else): not JSON, not a
		// context with JavaScript turned off.
		const isPage = await page
			.evaluate(() => document.contentType === 'text/html' && 'theme' in document.documentElement.dataset)
			.catch(() => false);
		if (isPage) await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
	};
	const goto = page.goto.bind(page);
	const reload = page.reload.bind(page);
	page.goto = async (...args) => {
		const response = await goto(...args);
		await ready();
		return response;
	};
	page.reload = async (...args) => {
		const response = await reload(...args);
		await ready();
		return response;
	};
	return page;
}

/** Dexie stores schema version n as IndexedDB version n × 10. */
const APP_DATABASE_VERSION = SCHEMA_HISTORY.at(-1)!.version * 10;

/**
 * Makes sure the app has created its database. Home and Decks do not open it on a first visit (there is
 * nothing to show yet), so the test visits Settings, which reads the study settings, and comes back.
 */
export async function ensureAppDatabase(page: Page): Promise<void> {
	const ready = () =>
		page.evaluate(
			async (version) =>
				(await indexedDB.databases()).some((d) => d.name === 'lieredh' && (d.version ?? 0) >= version),
			APP_DATABASE_VERSION
		);
	if (await ready()) return;
	const back = page.url();
	await page.goto('/settings');
	await expect.poll(ready, { timeout: 10_000 }).toBe(true);
	if (back.startsWith('http')) await page.goto(back);
}

/** Writes records straight into one of the app's IndexedDB stores, once the app has created its schema. */
export async function putInAppDatabase(page: Page, store: string, records: object[]): Promise<void> {
	await ensureAppDatabase(page);
	await page.evaluate(
		async ({ store, records }) => {
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

/** Answers in IndexedDB, read the way the app stores them; only one exercise's when it is named. */
export async function storedAnswers(page: Page, exercise?: string): Promise<number> {
	return page.evaluate(
		(exercise) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('lieredh');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('reviews').objectStore('reviews').getAll();
					all.onsuccess = () => {
						const rows = all.result as { exercise?: string }[];
						resolve(exercise ? rows.filter((row) => row.exercise === exercise).length : rows.length);
						open.result.close();
					};
				};
			}),
		exercise
	);
}

/** Words with a card due now, counted in IndexedDB (a word's two cards count once, as the app counts). */
export async function dueWords(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('lieredh');
				open.onsuccess = () => {
					const range = IDBKeyRange.upperBound(Date.now());
					const keys = open.result.transaction('cards').objectStore('cards').index('due').getAllKeys(range);
					keys.onsuccess = () => {
						resolve(new Set((keys.result as string[]).map((id) => id.slice(0, id.lastIndexOf('/')))).size);
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
		await meetNewWord(page);
		const choice = page.locator('.options button');
		const tiles = page.locator('.tiles-question');
		if (await choice.first().isVisible()) await choice.first().click();
		else if (await tiles.isVisible()) await page.getByRole('button', { name: 'Jeg vet ikke' }).click();
		else {
			await page.getByRole('textbox').fill('bovtse');
			await page.getByRole('textbox').press('Enter');
		}
		await expect(page.getByText(new RegExp(`^${answered + 1} av \\d+$`))).toBeVisible();
		if (await next.isVisible()) await next.click();
	}
}

/**
 * A word never met is introduced before its first question: the learner reads it and goes on. Waits
 * until the card shows (an introduction or a question), then dismisses an introduction if there is one.
 * Returns the introduced South Sami word, or undefined when the card was a question.
 */
export async function meetNewWord(page: Page): Promise<string | undefined> {
	const meet = page.getByRole('button', { name: 'Skjønner – spør meg!' });
	const question = page.locator('.prompt, .heard, .tiles-question, .form-slot');
	await expect(meet.or(question).first()).toBeVisible();
	if (!(await meet.isVisible())) return undefined;
	const word = (await page.locator('.meet .word').innerText()).trim();
	await meet.click();
	await expect(question.first()).toBeVisible();
	return word;
}

/**
 * A word's forms question (Morfa: opened once a word is known, see src/lib/forms/practice.ts), answered
 * whatever it asks — a test about words meets them on later days. False when the card is not one.
 */
export async function answerFormsQuestion(page: Page): Promise<boolean> {
	if (!(await page.locator('.form-slot').isVisible())) return false;
	const options = page.locator('.options button');
	if (await options.first().isVisible()) await options.first().click();
	else if (await page.locator('.tiles-question').isVisible())
		await page.getByRole('button', { name: 'Jeg vet ikke' }).click();
	else {
		await page.getByRole('textbox').fill('x');
		await page.getByRole('textbox').press('Enter');
	}
	return true;
}

/** A deck word as a test answers it: the South Sami word and its Norwegian glosses. */
export interface KnownWord {
	sma: string;
	nb: string[];
}

/**
 * One session answered right by a learner who knows `words`, on whatever rung each card is: chosen
 * (the meaning or the South Sami word), built from tiles, or typed. Returns when the session is over.
 */
/**
 * Answers one session as a learner who knows `words`, or, with `wrongEvery`, as a weaker one who gets
 * every so many answers wrong (a wrong option, the letters backwards, a wrong word typed).
 */
export async function studyKnowing(
	page: Page,
	words: readonly KnownWord[],
	{ wrongEvery = 0, answered = { count: 0 } }: { wrongEvery?: number; answered?: { count: number } } = {}
): Promise<void> {
	const done = page.getByRole('heading', { name: 'Bra jobba! Økta er ferdig.' });
	const next = page.getByRole('button', { name: 'Neste' });
	const progress = page.locator('.progress span');
	for (let i = 0; i < 60; i++) {
		await expect(page.locator('.prompt, .meet, .form-slot').or(done).or(next).first()).toBeVisible();
		if (await done.isVisible()) return;
		if (await next.isVisible()) {
			await next.click();
			continue;
		}
		await meetNewWord(page);
		const before = (await progress.allTextContents()).join();
		if (await answerFormsQuestion(page)) {
			await expect
				.poll(async () => (await next.isVisible()) || (await progress.allTextContents()).join() !== before)
				.toBe(true);
			continue;
		}
		const prompt = (await page.locator('.prompt').innerText()).trim();
		const recognition = words.find((w) => w.sma === prompt);
		const production = words.find((w) => prompt.startsWith(w.nb.join(', ')));
		const options = page.locator('.options button');
		answered.count++;
		const wrong = wrongEvery > 0 && answered.count % wrongEvery === 0;
		if (await options.first().isVisible()) {
			const isRight = new RegExp(`(^|\\s)${recognition ? recognition.nb[0]! : production!.sma}$`);
			if (wrong) {
				const texts = await options.allInnerTexts();
				await options.nth(texts.findIndex((text) => !isRight.test(text.trim()))).click();
			} else await options.filter({ hasText: isRight }).click();
		} else if (await page.locator('.tiles-question').isVisible()) {
			const letters = page.getByRole('group', { name: 'Bokstaver' });
			const word = [...production!.sma];
			for (const letter of wrong ? word.reverse() : word)
				await letters.getByRole('button', { name: letter, exact: true, disabled: false }).first().click();
			await page.getByRole('button', { name: 'Sjekk' }).click();
		} else {
			const input = page.getByRole('textbox');
			await input.fill(wrong ? 'xq' : recognition ? recognition.nb[0]! : production!.sma);
			await input.press('Enter');
		}
		// Stored and moved on: feedback, the end, or the next card counted.
		await expect
			.poll(
				async () =>
					(await next.isVisible()) ||
					(await done.isVisible()) ||
					(await progress.allTextContents()).join() !== before
			)
			.toBe(true);
	}
	throw new Error('the session did not end');
}
