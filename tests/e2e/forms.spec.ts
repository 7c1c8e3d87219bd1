/**
 * A word's forms on its deck's word list (#28, the first part): a noun's cases and a verb's persons and
 * negative, in the learner's language, every form from the GPL data (lessons/forms/), fetched when
 * first opened and credited on /credits.
 */
import { test, expect } from './fixtures';

test.use({ locale: 'nb-NO' });

test('a noun’s and a verb’s forms open on the word list, labelled in plain words, and the data is credited', async ({
	page
}) => {
	await page.goto('/decks/animals');
	const row = page.getByRole('row').filter({ hasText: 'bïenje' });
	await row.getByRole('button', { name: 'Bøyning' }).click();
	const forms = page.getByRole('region', { name: 'Bøyningen av bïenje' });
	await expect(forms.getByRole('heading', { name: 'Én og flere' })).toBeVisible();
	await expect(forms.getByRole('definition').filter({ hasText: 'bïenjesne' })).toBeVisible();
	await expect(forms.getByRole('term').filter({ hasText: 'i, inne i' }).first()).toBeVisible();
	await expect(forms.getByRole('definition').filter({ hasText: 'bïenjh' })).toBeVisible();
	await expect(forms).toContainText('lang-sma, GPL-3.0');
	// Each group says in a line what it is for, with another word of the deck as the example.
	await expect(forms).toContainText('Sørsamisk viser med endelsen hvor noe er');
	await expect(forms).toContainText('Som gaahtoe: gaahtosne (i, inne i)');
	await row.getByRole('button', { name: 'Skjul bøyningen' }).click();
	await expect(forms).toBeHidden();

	// A verb: "jeg" byöpmedem, and the negative as the negation verb and the verb's form after it.
	await page.goto('/decks/everyday-verbs');
	const verb = page.getByRole('row').filter({ hasText: 'byöpmedidh' });
	await verb.getByRole('button', { name: 'Bøyning' }).click();
	const verbForms = page.getByRole('region', { name: 'Bøyningen av byöpmedidh' });
	await expect(verbForms.getByRole('heading', { name: 'Nå (presens)' })).toBeVisible();
	await expect(verbForms.getByRole('definition').filter({ hasText: /^byöpmedem$/ })).toBeVisible();
	await expect(verbForms.getByRole('definition').filter({ hasText: /^im byöpmedh$/ })).toBeVisible();

	await page.goto('/credits');
	const credits = page.getByRole('region', { name: 'Ordformer og tall' });
	await expect(credits).toContainText(
		"Word forms generated with GiellaLT's South Sami analyser (lang-sma, GPL-3.0)"
	);
	await expect(credits.getByRole('link', { name: 'giellalt/lang-sma' })).toHaveAttribute(
		'href',
		'https://github.com/giellalt/lang-sma'
	);
	await expect(credits).toContainText('81ca29f2d');
	const licence = await page.request.get('/licences/GPL-3.0.txt');
	expect(await licence.text()).toContain('GNU GENERAL PUBLIC LICENSE');
});
