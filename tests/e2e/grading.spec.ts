/**
 * Fair grading, as a Norwegian learner meets it: another word with the prompted meaning is also right,
 * another real word is wrong with its meaning shown, and a keyboard without æ is forgiven.
 */
import { test, expect, putInAppDatabase } from './fixtures';

test.use({ locale: 'nb-NO' });

const DAY = 86_400_000;

/** A production card the learner knows, due now: today it is typed. `overdue` orders the session. */
function due(deckId: string, wordId: string, overdue: number) {
	const now = Date.now();
	return {
		id: `${deckId}/${wordId}/production`,
		deckId,
		wordId,
		direction: 'production',
		introduced: now - 30 * DAY,
		due: now - overdue * DAY,
		stability: 12,
		difficulty: 5,
		scheduledDays: 10,
		learningSteps: 0,
		reps: 4,
		lapses: 0,
		state: 2,
		lastReview: now - 12 * DAY
	};
}

test('båatsoe is also right for "rein, reinsdyr"; sarve for sïrve is wrong and says what sarve means; gaerja is gærja', async ({
	page
}) => {
	await page.goto('/');
	await putInAppDatabase(page, 'cards', [
		due('reindeer-1', 'bovtse', 3),
		due('animals', 'sirve', 2),
		due('school', 'gaerja', 1)
	]);
	await page.goto('/study');
	const input = page.getByRole('textbox', { name: 'Skriv på sørsamisk' });
	const feedback = page.locator('.feedback');
	const next = page.getByRole('button', { name: 'Neste' });

	await expect(page.locator('.prompt')).toHaveText(/^\s*rein, reinsdyr\s*$/);
	await input.fill('båatsoe');
	await input.press('Enter');
	await expect(feedback).toContainText('Riktig!');
	await expect(feedback).toContainText('Også riktig! Vi tenkte på bovtse.');
	await next.click();

	await expect(page.locator('.prompt')).toContainText('sau, får');
	await input.fill('sarve');
	await input.press('Enter');
	await expect(feedback).toContainText('Ikke helt.');
	await expect(feedback).toContainText('Du skrev et annet ord: sarve = elg.');
	await expect(feedback).toContainText('sïrve');
	await next.click();

	await expect(page.locator('.prompt')).toContainText('bok');
	await input.fill('gaerja');
	await input.press('Enter');
	await expect(feedback).toContainText('Riktig!');
	await expect(feedback).toContainText('Du skrev ae.');
	await expect(feedback).toContainText('gærja');
});

test('moere for "tre" is another word: the prompt says which "tre" (Tall), and moere is wrong with its meaning', async ({
	page
}) => {
	await page.goto('/');
	await putInAppDatabase(page, 'cards', [
		due('numbers', 'golme', 2),
		{ ...due('nature-water', 'moere', -5), due: Date.now() + 5 * DAY }
	]);
	await page.goto('/study');
	const input = page.getByRole('textbox', { name: 'Skriv på sørsamisk' });
	const feedback = page.locator('.feedback');

	await expect(page.locator('.prompt')).toContainText('tre');
	await expect(page.locator('.prompt .hint')).toHaveText('(Tall)');
	await input.fill('moere');
	await input.press('Enter');
	await expect(feedback).toContainText('Ikke helt.');
	await expect(feedback).toContainText('Du skrev et annet ord: moere = tre (Natur).');
	await expect(feedback).not.toContainText('Også riktig');
	await expect(feedback).toContainText('golme');
});

test.describe('in Sweden', () => {
	test.use({ locale: 'sv-SE' });

	test('gäjhta built from letter tiles, exactly as the app shows it, is right', async ({ page }) => {
		await page.goto('/');
		await putInAppDatabase(page, 'cards', [{ ...due('greetings', 'gaejhta', 1), rung: 1 }]);
		await page.goto('/study');
		await expect(page).toHaveURL(/\/sv\/study/);
		await expect(page.locator('.prompt')).toContainText('tack');
		const pool = page.getByRole('group', { name: 'Bokstäver' });
		// The pool writes the word the Swedish way, and has no æ that would read as a second ä.
		await expect(pool.getByRole('button', { name: 'ä', exact: true })).toHaveCount(1);
		await expect(pool.getByRole('button', { name: 'æ', exact: true })).toHaveCount(0);
		for (const letter of 'gäjhta')
			await pool.getByRole('button', { name: letter, exact: true }).first().click();
		await expect(page.getByText('Ditt ord: gäjhta')).toBeAttached();
		await page.getByRole('button', { name: 'Kontrollera' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Rätt!' })).toBeVisible();
		await expect(page.getByText('Inte riktigt.')).toHaveCount(0);
		await expect.poll(() => lastVerdict(page)).toBe('correct');
	});
});

/** The verdict of the newest answer in the review log. */
async function lastVerdict(page: import('@playwright/test').Page): Promise<string | undefined> {
	return page.evaluate(
		() =>
			new Promise<string | undefined>((resolve, reject) => {
				const open = indexedDB.open('lieredh');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const cursor = open.result.transaction('reviews').objectStore('reviews').openCursor(null, 'prev');
					cursor.onsuccess = () => {
						resolve(cursor.result?.value.verdict);
						open.result.close();
					};
				};
			})
	);
}
