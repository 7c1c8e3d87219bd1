// review: the study loop under a heavy history, in real Chromium against the built app.
// A history is written into IndexedDB first (the built-in decks' cards plus archived ones), then we time a
// cold start to the first card, the due queue, and answers. It runs at two sizes in one go, 2,000 card
// states / 10,000 log rows and 20,000 / 100,000: the ratio of the two says whether the study loop grows
// with what is due (as it should) or with everything the learner ever studied.
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const SIZES = {
	small: { states: 2_000, rows: 10_000 },
	large: { states: 20_000, rows: 100_000 }
};
const ANSWERS = 60;
const COLD_STARTS = 5;

function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n) => Math.round(n * 10) / 10;

/** Runs in the page: writes the history straight into the app's database. */
async function seed({ states, rows, name = 'lieredh' }) {
	// Dexie's schema version n is IndexedDB version n × 10; it first probes with an empty database, so wait for the app's version (3 → 30).
	for (let i = 0; i < 400; i++) {
		if ((await indexedDB.databases()).some((d) => d.name === name && d.version >= 30)) break;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	const index = await (await fetch('/decks/index.json')).json();
	const decks = await Promise.all(index.decks.map(async (d) => (await fetch(d.url)).json()));
	const DAY = 86_400_000;
	const now = Date.now();
	let x = 42;
	const random = () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
	const memory = (due) => ({
		due,
		stability: 1 + random() * 60,
		difficulty: 1 + random() * 9,
		scheduledDays: 5,
		learningSteps: 0,
		reps: 1 + Math.floor(random() * 8),
		lapses: Math.floor(random() * 2),
		state: 2,
		lastReview: due - 5 * DAY
	});
	const cards = [];
	for (const deck of decks) {
		for (const word of deck.cards) {
			for (const direction of ['recognition', 'production']) {
				// About a third of the real cards are due, some long overdue.
				const due = now + (random() < 0.33 ? -random() * 20 * DAY : random() * 60 * DAY);
				cards.push({
					id: `${deck.id}/${word.id}/${direction}`,
					deckId: deck.id,
					wordId: word.id,
					direction,
					introduced: now - 90 * DAY,
					...memory(due)
				});
			}
		}
	}
	for (let i = cards.length; i < states; i++) {
		const deckId = `archive-${i % 400}`;
		const due = now + (random() < 0.3 ? -random() * 30 * DAY : random() * 300 * DAY);
		cards.push({
			id: `${deckId}/w${i}/recognition`,
			deckId,
			wordId: `w${i}`,
			direction: 'recognition',
			introduced: now - 200 * DAY,
			...memory(due)
		});
	}
	await new Promise((resolve, reject) => {
		const open = indexedDB.open(name);
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction(['cards', 'reviews', 'settings'], 'readwrite');
			const cardStore = tx.objectStore('cards');
			for (const card of cards) cardStore.put(card);
			const log = tx.objectStore('reviews');
			for (let i = 0; i < rows; i++) {
				const card = cards[Math.floor(random() * cards.length)];
				log.add({
					cardId: card.id,
					at: now - random() * 365 * DAY,
					rating: 1 + Math.floor(random() * 4),
					verdict: 'correct',
					answer: '',
					elapsedMs: 2000,
					before: memory(now - DAY)
				});
			}
			// Flashcards: every answer moves straight on to the next card, so each answer is one measurement.
			tx.objectStore('settings').put({
				key: 'study',
				value: { newPerDay: 10, retention: 0.9, flashcards: true }
			});
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
	});
	return cards.length;
}

/**
 * Runs in the page: shows the answer, grades it Good, and times until the next card is in the DOM and
 * laid out. Null when there is no card to answer, or the answer ended the session.
 */
async function timeOneAnswer() {
	const show = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Vis svaret'));
	if (!show) return null;
	show.click();
	await new Promise((r) => setTimeout(r, 0));
	const good = document.querySelectorAll('[role="group"] button')[2];
	const before = document.querySelector('.prompt');
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			const prompt = document.querySelector('.prompt');
			if (prompt && prompt !== before) {
				observer.disconnect();
				void document.body.offsetHeight; // style and layout of the new card
				resolve(performance.now() - t0);
			} else if (document.querySelector('.done')) {
				// The session's last answer: the end screen, not a next card, so nothing to time.
				observer.disconnect();
				resolve(null);
			}
		});
		observer.observe(document.body, { childList: true, subtree: true });
		const t0 = performance.now();
		good.click();
	});
}

/**
 * One history size, in a fresh browser profile. `others`: learners besides the one measured on the same
 * device (a family tablet), each with a history of its own in its own database.
 */
async function measure(browser, baseUrl, size, others = 0) {
	const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 390, height: 844 } });
	try {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/settings`);
		// A learner who has said who they are (the first session of a new device asks that first).
		await page.evaluate(() => localStorage.setItem('lieredh:learner', 'adult'));
		if (others) {
			const ids = Array.from({ length: others }, (_, i) => `bench${i + 2}`);
			const list = [{ id: 'first', name: 'Ella', picture: 'reindeer', kind: 'adult' }].concat(
				ids.map((id) => ({ id, name: id, picture: '1F415', kind: 'child' }))
			);
			await page.evaluate((list) => localStorage.setItem('lieredh:profiles', JSON.stringify(list)), list);
			for (const id of ids) {
				await page.evaluate((id) => localStorage.setItem('lieredh:profile', id), id);
				await page.goto(`${baseUrl}/settings`);
				await page.evaluate(seed, { ...SIZES.small, name: `lieredh-${id}` });
			}
			await page.evaluate(() => localStorage.setItem('lieredh:profile', 'first'));
		}
		// Settings opens the database (Home does not on a first visit: there is nothing to show yet).
		await page.goto(`${baseUrl}/settings`);
		const states = await page.evaluate(seed, size);

		// The first card marks itself painted through an observer installed before any app code runs.
		await context.addInitScript(() => {
			const observer = new MutationObserver(() => {
				if (document.querySelector('.prompt')) {
					observer.disconnect();
					void document.body.offsetHeight;
					window.__firstCardMs = performance.now();
				}
			});
			observer.observe(document, { childList: true, subtree: true });
		});
		const coldStarts = [];
		const queues = [];
		for (let i = 0; i < COLD_STARTS; i++) {
			await page.goto(`${baseUrl}/study`);
			await page.waitForFunction(() => window.__firstCardMs !== undefined, null, { timeout: 30_000 });
			coldStarts.push(await page.evaluate(() => window.__firstCardMs));
			queues.push(await page.evaluate(() => performance.getEntriesByName('lieredh:queue')[0]?.duration));
		}
		// A session holds at most 20 answers (its length is fixed when it starts): when one ends, the
		// next begins, as a learner who goes on would, until enough answers are timed.
		const answers = [];
		for (let sessions = 0; answers.length < ANSWERS && sessions < 10; sessions++) {
			if (sessions > 0) {
				await page.goto(`${baseUrl}/study`);
				await page.locator('.prompt').waitFor({ timeout: 30_000 });
			}
			for (let i = answers.length; i < ANSWERS; i++) {
				const ms = await page.evaluate(timeOneAnswer);
				if (ms === null) break;
				answers.push(ms);
			}
		}
		return {
			cardStates: states,
			logRows: size.rows,
			answersTimed: answers.length,
			answerToNextCardP50Ms: round(percentile(answers, 50)),
			answerToNextCardP95Ms: round(percentile(answers, 95)),
			dueQueueMs: round(percentile(queues, 50)),
			coldStartToFirstCardMs: round(percentile(coldStarts, 50))
		};
	} finally {
		await context.close();
	}
}

export async function reviewBench(baseUrl) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const small = await measure(browser, baseUrl, SIZES.small);
		const large = await measure(browser, baseUrl, SIZES.large);
		// The same large history with four more learners on the device, each in a database of their own.
		const fiveProfiles = await measure(browser, baseUrl, SIZES.large, 4);
		const ratio = (key) => Math.round((large[key] / Math.max(small[key], 0.1)) * 100) / 100;
		return {
			// The absolute figures (and their budgets) are the large history's.
			...large,
			small,
			fiveProfiles: {
				...fiveProfiles,
				note: 'the large history, with 4 more profiles (2,000 states each) on the device'
			},
			scale: {
				dueQueueGrowth: ratio('dueQueueMs'),
				answerGrowth: ratio('answerToNextCardP95Ms'),
				goals: { dueQueueGrowth: 1.5, answerGrowth: 1.2 }
			},
			note: 'answer→next card: click on the grade to the next card in the DOM and laid out, IndexedDB write included; medians of 5 cold starts; scale = large / small history, measured in the same run'
		};
	} finally {
		await browser.close();
	}
}
