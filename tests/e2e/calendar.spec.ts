import { test, expect, putInAppDatabase } from './fixtures';

/**
 * The evening after the clocks go back (Europe/Oslo, Sunday 25 October 2026, 03:00 → 02:00): a day is
 * 25 hours long, so stepping back 24 hours from 23:30 lands on the same calendar day. Home must still
 * list seven different days and count the streak by the calendar.
 */
test.use({ timezoneId: 'Europe/Oslo', locale: 'nb-NO' });

for (const [name, evening, days] of [
	[
		'after the clocks go back',
		'2026-10-26T23:30:00+01:00',
		['2026-10-24T12:00:00+02:00', '2026-10-25T12:00:00+01:00']
	],
	[
		'after the clocks go forward',
		'2026-03-30T23:30:00+02:00',
		['2026-03-28T12:00:00+01:00', '2026-03-29T12:00:00+02:00']
	]
] as const) {
	test(`Home at 23:30 on the evening ${name} shows the week and the streak`, async ({ page }) => {
		await page.clock.install({ time: new Date(evening) });
		await page.goto('/');
		const memory = {
			due: Date.parse(evening) + 5 * 86_400_000,
			stability: 5,
			difficulty: 5,
			scheduledDays: 5,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: 2,
			lastReview: Date.parse(days[1])
		};
		await putInAppDatabase(page, 'cards', [
			{
				id: 'reindeer-1/bovtse/recognition',
				deckId: 'reindeer-1',
				wordId: 'bovtse',
				direction: 'recognition',
				introduced: Date.parse(days[0]),
				...memory
			}
		]);
		await putInAppDatabase(
			page,
			'reviews',
			days.map((day) => ({
				cardId: 'reindeer-1/bovtse/recognition',
				at: Date.parse(day),
				rating: 3,
				verdict: 'correct',
				answer: 'rein',
				elapsedMs: 2000,
				before: null,
				exercise: 'choice'
			}))
		);
		await page.reload();
		const week = page.getByRole('region', { name: 'Denne uka' });
		await expect(week).toBeVisible();
		await expect(week.getByRole('listitem')).toHaveCount(7);
		// Yesterday and the day before: a two-day streak, still standing while today is open.
		await expect(week.getByText('2 dager på rad – fint!')).toBeVisible();
		const labels = await week.locator('.label').allTextContents();
		expect(new Set(labels).size).toBe(7);
		// The guard fixture fails the test on any page error (Svelte's each_key_duplicate among them).
	});
}
