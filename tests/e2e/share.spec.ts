/**
 * A deck shared with a colleague: a link that carries the deck only, opened on another device into the
 * colleague's own decks; a damaged link says so and keeps nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { putInAppDatabase, test, expect, waitsForHydration, newDevice } from './fixtures';

test.use({ locale: 'nb-NO' });

const deck = {
	format: 1,
	id: 'own-sh4r3d00dec1',
	title: { nb: 'Reingjerdet', sv: 'Reingjerdet', en: 'Reingjerdet' },
	theme: 'own',
	level: 1,
	description: { nb: '', sv: '', en: '' },
	cards: [
		{ id: 'bovtse', sma: 'bovtse', variants: [], pos: 'N', nb: ['rein'], sv: ['ren'], en: ['reindeer'] },
		{
			id: 'gaaetie',
			sma: 'gåetie',
			variants: [],
			pos: 'N',
			nb: ['gamme'],
			sv: [],
			en: [],
			teacherTranslation: true
		}
	]
};

test('a teacher shares a deck; a colleague opens it into their own decks', async ({ page, browser }) => {
	await page.goto('/');
	await putInAppDatabase(page, 'ownDecks', [{ id: deck.id, updated: Date.now(), deck }]);
	await page.goto(`/teach/deck?id=${deck.id}`);
	// The teacher's own translation is theirs, marked so.
	await expect(page.getByText('din oversettelse')).toBeVisible();
	await page.getByRole('button', { name: 'Del med en kollega' }).click();
	const link = await page.getByRole('textbox', { name: 'Lenke til ordlista' }).inputValue();
	expect(link).toMatch(/^http:\/\/localhost:4173\/d#D1\./);

	const other = await newDevice(browser, { locale: 'nb-NO' });
	const colleague = waitsForHydration(await other.newPage());
	await colleague.goto(link);
	await expect(colleague.getByRole('heading', { name: 'Reingjerdet' })).toBeVisible();
	await expect(colleague.getByText('En kollega har delt denne lista med 2 ord med deg.')).toBeVisible();
	await expect(colleague.getByRole('listitem').filter({ hasText: 'gåetie' })).toContainText('gamme');
	const axe = await new AxeBuilder({ page: colleague }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await colleague.getByRole('button', { name: 'Legg til i mine ordlister' }).click();
	await expect(colleague.getByRole('heading', { name: '2 ord i lista' })).toBeVisible();
	await colleague.goto('/teach');
	await expect(colleague.getByRole('link', { name: 'Reingjerdet' })).toBeVisible();

	// The same link again on the colleague's device: replace, or keep both.
	await colleague.goto('about:blank');
	await colleague.goto(link);
	await expect(colleague.getByText('Du har allerede lista «Reingjerdet» på denne enheten.')).toBeVisible();
	await colleague.getByRole('button', { name: 'Behold begge' }).click();
	await colleague.goto('/teach');
	await expect(colleague.getByRole('link', { name: 'Reingjerdet (importert)' })).toBeVisible();

	// A damaged link keeps nothing.
	await colleague.goto('about:blank');
	await colleague.goto(link.slice(0, -12));
	await expect(colleague.getByRole('alert')).toContainText('Koden er skadet eller ufullstendig.');
	await other.close();
});
