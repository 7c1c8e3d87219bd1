/**
 * A teacher's assignments, found again: made one day, listed the next with their dates and results,
 * the QR code on the whole screen for the projector, the pupils' sheet, a copy, a new due date, archive
 * and delete.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });

async function assign(page: Page, deck: string, title: string, group: string, due?: string) {
	await page.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: deck });
	await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
	await page.getByRole('textbox', { name: 'Klasse eller gruppe' }).fill(group);
	if (due) await page.getByLabel('Frist', { exact: true }).fill(due);
	await expect(page.getByText(/^Anslag for en elev som nesten alltid svarer riktig/)).toBeVisible();
	await page.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	await expect(page.getByRole('img', { name: `QR-kode til oppgaven «${title}»` })).toBeVisible();
}

test('a teacher finds yesterday’s assignments again, shows a QR full screen, copies, re-dates, archives and deletes', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: new Date(2026, 10, 24, 14) });
	await page.goto('/teach');

	// The form says when a due date is too soon for the list: 24 verbs for tonight is more than 20 minutes
	// for a pupil who gets every fifth answer wrong; by tomorrow it is two evenings, and fine.
	await page.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Hverdagsverb' });
	await page.getByLabel('Frist', { exact: true }).fill('2026-11-24');
	await expect(page.getByText('Fristen er for kort for dette')).toBeVisible();
	await page.getByLabel('Frist', { exact: true }).fill('2026-11-25');
	await expect(page.getByText(/^For en elev som svarer feil på hvert femte/)).toBeVisible();
	await expect(page.getByText('Fristen er for kort for dette')).toBeHidden();

	await assign(page, 'Hei og takk', 'Hei og takk', '5A');
	await page.goto('/teach');
	await assign(page, 'Spørreord', 'Spørreord til fredag', '5B');

	// The next day the teacher comes back: both are listed, newest first, with dates and results.
	await page.clock.setSystemTime(new Date(2026, 10, 25, 9));
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Alle oppgavene dine (2)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oppgavene dine');
	const items = page.locator('.assignments > li');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0).getByRole('heading')).toHaveText('Spørreord til fredag');
	await expect(items.nth(1)).toContainText('5A');
	await expect(items.nth(1)).toContainText('14 ord');
	await expect(items.nth(1)).toContainText('Laget 24. nov. 2026');
	await expect(items.nth(1)).toContainText('0 resultater');
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	// Yesterday's first assignment on the projector: the QR as large as the screen allows.
	const first = items.nth(1);
	await first.getByRole('button', { name: 'QR-kode på hele skjermen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Hei og takk' });
	await expect(dialog).toBeVisible();
	const qr = dialog.getByRole('img', { name: 'QR-kode til oppgaven «Hei og takk»' });
	await expect(qr).toBeVisible();
	const box = (await qr.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(600);
	await page.screenshot({ path: test.info().outputPath('qr-full-screen.png') });
	const onScreen = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(onScreen.violations.map((v) => v.id)).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// The link and the pupils' sheet again: three steps and the word list.
	await first.getByRole('button', { name: 'Lenke og QR-kode' }).click();
	const sheet = page.getByRole('region', { name: 'Hei og takk' });
	await expect(sheet.getByRole('listitem').filter({ hasText: 'Skann QR-koden' })).toBeVisible();
	await expect(sheet.getByRole('heading', { name: '14 ord' })).toBeVisible();
	await expect(sheet).toContainText('buaregh');
	await expect(page.getByRole('textbox', { name: 'Lenke til oppgaven' })).toHaveValue(/\/a#A1\./);

	// A copy for another class: its own entry, its own link.
	await first.getByRole('button', { name: 'Lag en kopi' }).click();
	await expect(page.getByText('Kopien av «Hei og takk» er laget')).toBeVisible();
	await expect(items).toHaveCount(3);
	// The copy is told apart by its title, on this list and on a pupil's home.
	await expect(items.nth(0).getByRole('heading')).toHaveText('Hei og takk (2)');

	// A new due date: the link changes, and the page says so.
	await items.nth(0).getByRole('button', { name: 'Endre fristen' }).click();
	await page.getByLabel('Frist', { exact: true }).fill('2026-12-04');
	await page.getByRole('button', { name: 'Lagre fristen' }).click();
	await expect(page.getByText('Fristen er endret. Her er den nye lenken.')).toBeVisible();
	await expect(items.nth(0)).toContainText('Frist: 4. des. 2026');

	// Archive one: out of the list, back with the toggle.
	await items.nth(0).getByRole('button', { name: 'Arkiver' }).click();
	await expect(items).toHaveCount(2);
	await page.getByLabel('Vis arkiverte (1)').check();
	await expect(items).toHaveCount(1);
	await page.getByLabel('Vis arkiverte (1)').uncheck();

	// Delete, after a confirmation.
	page.once('dialog', (confirm) => void confirm.accept());
	await items.nth(0).getByRole('button', { name: 'Slett' }).click();
	await expect(page.getByText(/er slettet\.$/)).toBeVisible();
	await expect(items).toHaveCount(1);
});
