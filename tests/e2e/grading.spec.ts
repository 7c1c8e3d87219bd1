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
