import type { Page } from '@playwright/test';
import {
	answerFormsQuestion,
	dueWords,
	meetNewWord,
	putInAppDatabase,
	storedAnswers,
	test,
	expect
} from './fixtures';

interface Word {
	id: string;
	sma: string;
	variants: string[];
	nb: string[];
}

test.use({ locale: 'nb-NO' });

const doneHeading = (page: Page) => page.getByRole('heading', { name: 'Bra jobba! Økta er ferdig.' });

/** What the learner was asked, by rung of the ladder. */
interface Seen {
	introduced: string[];
	productionChoice: number;
	tiles: number;
	productionTyped: number;
	recognitionTyped: number;
	variants: number;
}

const seen = (): Seen => ({
	introduced: [],
	productionChoice: 0,
	tiles: 0,
	productionTyped: 0,
	recognitionTyped: 0,
	variants: 0
});

/** Answers cards until the session is over, waiting after each answer until the app has moved on. */
async function studyUntilDone(page: Page, words: Word[], seen: Seen) {
	const next = page.getByRole('button', { name: 'Neste' });
	const progress = page.locator('.progress span');
	for (let i = 0; i < 200; i++) {
		await expect(
			page.locator('.prompt, .meet, .form-slot').or(doneHeading(page)).or(next).first()
		).toBeVisible();
		if (await doneHeading(page).isVisible()) return;
		if (await next.isVisible()) {
			await next.click();
			await expect(next).toBeHidden();
			continue;
		}
		const introduced = await meetNewWord(page);
		if (introduced) seen.introduced.push(introduced);
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

/** The word a production prompt shows the meaning of (the longest meaning that fits: "kniv" vs "kniv, …"). */
function producedWord(prompt: string, words: Word[]): Word | undefined {
	return words
		.filter((w) => prompt.startsWith(w.nb.join(', ')))
		.sort((a, b) => b.nb.join(', ').length - a.nb.join(', ').length)[0];
}

/** A learner who knows every word, but types South Sami on a keyboard with ä and without ï. */
async function answerCard(page: Page, words: Word[], seen: Seen) {
	// Known words' forms come up on later days: answered, not counted (this test is about the words).
	if (await answerFormsQuestion(page)) return;
	const tiles = page.locator('.tiles-question');
	const prompt = (await page.locator('.prompt').innerText()).trim();
	const recognition = words.find((w) => w.sma === prompt);
	const production = recognition ? undefined : producedWord(prompt, words);
	// Never quizzed on a word never shown: a recognition card's first question follows its introduction.
	const choice = page.locator('.options button');
	if (await choice.first().isVisible()) {
		if (recognition) {
			await choice.filter({ hasText: new RegExp(`(^|\\s)${recognition.nb[0]}$`) }).click();
		} else {
			seen.productionChoice++;
			await choice.filter({ hasText: new RegExp(`(^|\\s)${production!.sma}$`) }).click();
		}
		return;
	}
	if (await tiles.isVisible()) {
		seen.tiles++;
		const letters = page.getByRole('group', { name: 'Bokstaver' });
		for (const letter of production!.sma) {
			await letters.getByRole('button', { name: letter, exact: true, disabled: false }).first().click();
		}
		await expect(page.getByText(`Ordet ditt: ${production!.sma}`)).toBeAttached();
		await page.getByRole('button', { name: 'Sjekk' }).click();
		return;
	}
	const input = page.getByRole('textbox');
	if (recognition) {
		seen.recognitionTyped++;
		return input.fill(recognition.nb[0]!).then(() => input.press('Enter'));
	}
	seen.productionTyped++;
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

test('an adult meets each word first, climbs from choosing to tiles to typing, and never hits a dead end', async ({
	page,
	request
}) => {
	test.setTimeout(240_000);
	const deck = await (await request.get('/decks/herding-work.json')).json();
	const words: Word[] = deck.cards;
	await page.clock.install({ time: new Date(2026, 10, 24, 10) });

	// Ten new words, each asked twice: a session of 20 answers, announced up front.
	await page.goto('/study?deck=herding-work');
	await expect(page.getByText('0 av 20')).toBeVisible();

	// The first word is introduced before it is asked.
	const first = words.find((w) => w.id === 'soehpenje')!;
	await expect(page.getByText('Et nytt ord')).toBeVisible();
	await expect(page.locator('.meet .word')).toHaveText(first.sma);
	await expect(page.locator('.meet')).toContainText(first.nb[0]!);
	expect(await meetNewWord(page)).toBe(first.sma);
	await expect(page.locator('.prompt')).toHaveText(first.sma);

	// A wrong choice, then undo with Ctrl+Z: the card is asked again (not introduced again), nothing stored.
	await page.locator('.options button').filter({ hasNotText: first.nb[0] }).first().click();
	await expect(page.getByText('Ikke helt.')).toBeVisible();
	await expect(page.getByText(`Riktig svar: ${first.nb[0]}`)).toBeVisible();
	expect(await storedAnswers(page)).toBe(1);
	await page.keyboard.press('Control+z');
	await expect(page.locator('.options button')).toHaveCount(4);
	await expect(page.locator('.prompt')).toHaveText(first.sma);
	expect(await storedAnswers(page)).toBe(0);

	const day1 = seen();
	for (let i = 1; i <= 4; i++) {
		const introduced = await meetNewWord(page);
		if (introduced) day1.introduced.push(introduced);
		await answerCard(page, words, day1);
		await expect(page.getByText(new RegExp(`^${i} av 20$`))).toBeVisible();
	}
	expect(await storedAnswers(page)).toBe(4);

	// Reload mid-session: every answer is kept and the session resumes where it was, same length.
	await page.reload();
	await expect(page.getByText('4 av 20')).toBeVisible();
	expect(await storedAnswers(page)).toBe(4);

	await studyUntilDone(page, words, day1);
	await expect(page.getByRole('definition').first()).toHaveText('10'); // ten new words
	expect(await storedAnswers(page)).toBe(20);
	expect(new Set([first.sma, ...day1.introduced]).size).toBe(10);

	// Days later the words are due: Home counts words, the deck tile too.
	await page.clock.setSystemTime(new Date(2026, 10, 28, 10));
	await page.goto('/');
	const due = await dueWords(page);
	expect(due).toBeGreaterThan(0);
	await expect(page.getByText(`${due} ord å repetere i dag.`)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Reindriftsarbeid og utstyr' })).toContainText(
		`${due} å repetere`
	);
	await page.goto('/decks');
	await expect(page.getByRole('link', { name: /Reindriftsarbeid og utstyr/ })).toContainText(
		`Møtt 10 av ${words.length} ord · ${due} å repetere`
	);

	// The ladder: known meanings are typed, new production is chosen, then built from tiles.
	await page.goto('/');
	await page.getByRole('link', { name: 'Øv nå' }).click();
	const later = seen();
	await studyUntilDone(page, words, later);
	expect(later.recognitionTyped).toBeGreaterThan(0);
	expect(later.productionChoice).toBeGreaterThan(0);
	expect(later.tiles).toBeGreaterThan(0);

	// A week on, the words built from tiles are typed.
	await page.clock.setSystemTime(new Date(2026, 11, 8, 10));
	await page.goto('/study?deck=herding-work');
	await studyUntilDone(page, words, later);
	expect(later.productionTyped).toBeGreaterThan(0);
	expect(later.variants).toBeGreaterThan(0);

	// Never a dead end: with nothing due and the day's new words learned, "Learn 5 more" brings new words.
	for (
		let round = 0;
		round < 5 && !(await page.getByRole('button', { name: 'Lær 5 ord til' }).isVisible());
		round++
	) {
		await page.goto('/study?deck=herding-work');
		await studyUntilDone(page, words, later);
	}
	const introducedBefore = later.introduced.length;
	await page.getByRole('button', { name: 'Lær 5 ord til' }).click();
	await expect(page.getByText('0 av 10')).toBeVisible();
	const fresh = await meetNewWord(page);
	expect(fresh).toBeDefined();
	expect([first.sma, ...day1.introduced]).not.toContain(fresh);
	expect(introducedBefore).toBeGreaterThanOrEqual(0);
});

test('flashcards: flip with Space, grade with the number keys, each button showing when the card returns', async ({
	page
}) => {
	await page.goto('/settings');
	await page.getByLabel('Bruk ordkort').check();
	await expect(page.getByText('Lagret.')).toBeVisible();
	await page.goto('/study?deck=places');
	expect(await meetNewWord(page)).toBe('Plaassja');
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
	// Stïentje (Steinkjer) is known both ways and its production card is on the typing rung.
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
		},
		{
			id: 'places/stientje/production',
			deckId: 'places',
			wordId: 'stientje',
			direction: 'production',
			introduced: now - 20 * day,
			due: now - day,
			stability: 10,
			difficulty: 5,
			scheduledDays: 10,
			learningSteps: 0,
			reps: 3,
			lapses: 0,
			state: 2,
			lastReview: now - 11 * day,
			rung: 2
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
