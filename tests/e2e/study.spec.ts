import type { Page } from '@playwright/test';
import { dueNow, putInAppDatabase, storedAnswers, test, expect } from './fixtures';

interface Word {
	id: string;
	sma: string;
	variants: string[];
	nb: string[];
}

test.use({ locale: 'nb-NO' });

const doneHeading = (page: Page) => page.getByRole('heading', { name: 'Bra jobba! Økta er ferdig.' });

/** Answers cards until the session is over, waiting after each answer until the app has moved on. */
async function studyUntilDone(page: Page, words: Word[], seen: { variants: number }) {
	const next = page.getByRole('button', { name: 'Neste' });
	const progress = page.locator('.progress span');
	for (let i = 0; i < 200; i++) {
		await expect(page.locator('.prompt').or(doneHeading(page)).first()).toBeVisible();
		if (await doneHeading(page).isVisible()) return;
		if (await next.isVisible()) {
			await next.click();
			await expect(next).toBeHidden();
			continue;
		}
		const before = (await progress.allTextContents()).join();
		await answerCard(page, words, seen);
		await expect
			.poll(
				async () =>
					(await next.isVisible()) ||
					(await doneHeading(page).isVisible()) ||
					(await progress.allTextContents()).join() !== before
			)
			.toBe(true);
	}
	throw new Error('the session did not end');
}

/** A learner who knows every word, but types South Sami on a keyboard with ä and without ï. */
async function answerCard(page: Page, words: Word[], seen: { variants: number }) {
	const prompt = (await page.locator('.prompt').innerText()).trim();
	const recognition = words.find((w) => w.sma === prompt);
	const production = words.find((w) => prompt.endsWith(w.nb.join(', ')));
	const choice = page.locator('.options button');
	if (await choice.first().isVisible()) {
		await choice.filter({ hasText: new RegExp(`(^|\\s)${recognition!.nb[0]}$`) }).click();
		return;
	}
	const input = page.getByRole('textbox');
	if (recognition) return input.fill(recognition.nb[0]!).then(() => input.press('Enter'));
	const standard = production!.sma;
	const typed = standard.replace(/æ/g, 'ä').replace(/ï/g, 'i');
	if (typed !== standard) seen.variants++;
	if (standard.includes('ö')) {
		// The ö comes from the letter key row, the rest from the keyboard.
		const [before, after] = typed.split(/ö(.*)/s);
		await input.pressSequentially(before!);
		await page
			.getByRole('group', { name: 'Sørsamiske bokstaver' })
			.getByRole('button', { name: 'ö', exact: true })
			.click();
		await input.pressSequentially(after!);
		await expect(input).toHaveValue(typed);
	} else {
		await input.fill(typed);
	}
	await input.press('Enter');
	if (typed !== standard) {
		await expect(page.getByRole('status').filter({ hasText: 'Riktig!' })).toBeVisible();
		await expect(page.getByText(`Riktig svar: ${standard}`)).toBeVisible();
	}
}

test('a new learner studies a deck, undoes an answer, reloads, and comes back when the words are due', async ({
	page,
	request
}) => {
	test.setTimeout(120_000);
	const deck = await (await request.get('/decks/herding-work.json')).json();
	const words: Word[] = deck.cards;
	await page.clock.install({ time: new Date(2026, 10, 24, 10) });

	await page.goto('/study?deck=herding-work');
	await expect(page.getByText('0 av 10')).toBeVisible();

	// A wrong choice, then undo with Ctrl+Z: the card is asked again and nothing is stored.
	const firstPrompt = await page.locator('.prompt').innerText();
	const right = words.find((w) => w.sma === firstPrompt)!.nb[0];
	await page.locator('.options button').filter({ hasNotText: right }).first().click();
	await expect(page.getByText('Ikke helt.')).toBeVisible();
	await expect(page.getByText(`Riktig svar: ${right}`)).toBeVisible();
	expect(await storedAnswers(page)).toBe(1);
	await page.keyboard.press('Control+z');
	await expect(page.locator('.options button')).toHaveCount(4);
	await expect(page.locator('.prompt')).toHaveText(firstPrompt);
	expect(await storedAnswers(page)).toBe(0);

	const seen = { variants: 0 };
	for (let i = 1; i <= 4; i++) {
		await answerCard(page, words, seen);
		await expect(page.getByText(new RegExp(`^${i} av \\d+$`))).toBeVisible();
	}
	expect(await storedAnswers(page)).toBe(4);

	// Reload mid-session: every answer is kept and the session resumes where it was.
	await page.reload();
	await expect(page.getByText(/^4 av \d+$/)).toBeVisible();
	expect(await storedAnswers(page)).toBe(4);

	await studyUntilDone(page, words, seen);
	await expect(page.getByRole('definition').first()).toHaveText('10'); // ten new words
	const answersDayOne = await storedAnswers(page);
	expect(answersDayOne).toBeGreaterThanOrEqual(20); // each new word twice: its learning step comes back

	// Days later, when the words come due, Home counts them and the learner types answers.
	await page.clock.setSystemTime(new Date(2026, 10, 28, 10));
	await page.goto('/');
	const due = await dueNow(page);
	expect(due).toBeGreaterThan(0);
	await expect(page.getByText(`${due} kort å repetere i dag.`)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Reindriftsarbeid og utstyr' })).toContainText(
		`${due} å repetere`
	);
	// The deck list shows the same progress on the deck's tile: ten new words met, two cards each.
	await page.goto('/decks');
	await expect(page.getByRole('link', { name: /Reindriftsarbeid og utstyr/ })).toContainText(
		`Møtt 10 av 58 kort · ${due} å repetere`
	);
	await page.goto('/');

	await page.getByRole('link', { name: 'Øv nå' }).click();
	await expect(page.getByRole('textbox')).toBeVisible();
	await studyUntilDone(page, words, seen);
	expect(seen.variants).toBeGreaterThan(0);
	await page.goto('/');
	await expect(page.getByText('0 kort å repetere i dag.')).toBeVisible();
});

test('flashcards: flip with Space, grade with the number keys, each button showing when the card returns', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Bruk ordkort').check();
	await expect(page.getByText('Lagret.')).toBeVisible();
	await page.goto('/study?deck=places');
	await expect(page.locator('.prompt')).toHaveText('Plaassja');
	await page.keyboard.press('Space');
	const grades = page.getByRole('group', { name: 'Hvor godt husket du det?' }).getByRole('button');
	await expect(grades).toHaveCount(4);
	await expect(grades.nth(0)).toContainText('Igjen');
	await expect(grades.nth(0)).toContainText(/om \d+ minutt/);
	await expect(grades.nth(3)).toContainText(/om \d+ døgn|om \d+ dager/);
	await page.keyboard.press('3');
	await expect(page.getByText(/^1 av \d+$/)).toBeVisible();
	expect(await storedAnswers(page)).toBe(1);
});

test('the letter keys insert at the cursor and keep the keyboard on the answer @phone', async ({ page }) => {
	await page.goto('/');
	// Stïentje (Steinkjer) was recognised three days ago, so today its production card is typed.
	const day = 86_400_000;
	const now = Date.now();
	await putInAppDatabase(page, 'cards', [
		{
			id: 'places/stientje/recognition',
			deckId: 'places',
			wordId: 'stientje',
			direction: 'recognition',
			introduced: now - 3 * day,
			due: now + 10 * day,
			stability: 10,
			difficulty: 5,
			scheduledDays: 10,
			learningSteps: 0,
			reps: 3,
			lapses: 0,
			state: 2,
			lastReview: now - 3 * day
		}
	]);
	await page.goto('/study?deck=places');
	await expect(page.locator('.prompt')).toHaveText('Steinkjer');
	const input = page.getByRole('textbox', { name: 'Skriv på sørsamisk' });
	await expect(input).toBeFocused();
	await input.pressSequentially('Stentje');
	for (let i = 0; i < 5; i++) await input.press('ArrowLeft');
	const keys = page.getByRole('group', { name: 'Sørsamiske bokstaver' }).getByRole('button');
	await expect(keys).toHaveText(['ï', 'æ', 'ä', 'ö', 'ø', 'å', '⇧']);
	for (const key of await keys.all()) {
		const box = (await key.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
	await keys.filter({ hasText: 'ï' }).click();
	await expect(input).toHaveValue('Stïentje');
	await expect(input).toBeFocused();
	await page.getByRole('button', { name: 'Store bokstaver' }).click();
	await expect(keys.first()).toHaveText('Ï');
	await input.press('Enter');
	await expect(page.getByText('Riktig!')).toBeVisible();
});
