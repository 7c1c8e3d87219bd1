/**
 * Words in use (#28): an adult who knows bovtse and byöpmedidh is asked their cases and persons, on the
 * word ladder, with the same word's wrong form named; a child reads the clock on a phone by tapping.
 * Every form the tests expect is the GPL data's (lessons/forms/forms.tsv).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	newDevice,
	putInAppDatabase,
	storedAnswers,
	waitForServiceWorker,
	waitsForHydration
} from './fixtures';

test.use({ locale: 'nb-NO' });

const DAY = 86_400_000;

/** The forms of a word in the data, by tag. */
function formsOf(sma: string): Map<string, string[]> {
	const rows = readFileSync('lessons/forms/forms.tsv', 'utf8').split('\n');
	return new Map(
		rows
			.map((row) => row.split('\t'))
			.filter(([word]) => word === sma)
			.map(([, , , tag, forms = '']) => [tag!, forms.split(';')])
	);
}

/** A card the learner knows (right on several days), next due in `dueIn` days (negative: overdue). */
function known(id: string, { dueIn = 5, rung = 2 } = {}) {
	const [deckId, wordId, kind] = id.split('/') as [string, string, string];
	const now = Date.now();
	return {
		id,
		deckId,
		wordId,
		direction: kind.startsWith('forms-') ? 'forms' : kind,
		introduced: now - 30 * DAY,
		due: now + dueIn * DAY,
		stability: 20,
		difficulty: 5,
		scheduledDays: 10,
		learningSteps: 0,
		reps: 4,
		lapses: 0,
		state: 2,
		lastReview: now - 6 * DAY,
		rung
	};
}

/** The Norwegian slot labels of bovtse's singular cases, as the question says them. */
const CASE_LABELS: Record<string, string> = {
	'som objekt (jeg ser …)': 'Sg+Acc',
	'eieform (…s)': 'Sg+Gen',
	'til, inn i': 'Sg+Ill',
	'i, inne i': 'Sg+Ine',
	'fra, ut av': 'Sg+Ela',
	'sammen med': 'Sg+Com',
	'som (i rollen som)': 'Ess'
};

/** The present tense by the pronoun before the blank (dah guaktah before dah). */
const PERSONS: [string, string][] = [
	['dah guaktah', 'Ind+Prs+Du3'],
	['manne', 'Ind+Prs+Sg1'],
	['datne', 'Ind+Prs+Sg2'],
	['dïhte', 'Ind+Prs+Sg3'],
	['månnoeh', 'Ind+Prs+Du1'],
	['dåtnoeh', 'Ind+Prs+Du2'],
	['mijjieh', 'Ind+Prs+Pl1'],
	['dijjieh', 'Ind+Prs+Pl2'],
	['dah', 'Ind+Prs+Pl3']
];

/** Any other card of the session, answered whatever it asks (the test is about the forms cards). */
async function answerOther(page: Page) {
	// The last answer's feedback may still be up (its "Neste" can come after the prompt was seen).
	const shown = page.getByRole('button', { name: 'Neste' });
	if (await shown.isVisible()) return void (await shown.click());
	const meet = page.getByRole('button', { name: 'Skjønner – spør meg!' });
	if (await meet.isVisible()) await meet.click();
	const options = page.locator('.options button');
	await expect(options.first().or(page.locator('.tiles-question, input[type=text]')).first()).toBeVisible();
	if (await options.first().isVisible()) await options.first().click();
	else if (await page.locator('.tiles-question').isVisible())
		await page.getByRole('button', { name: 'Jeg vet ikke' }).click();
	else {
		await page.getByRole('textbox').fill('bovtse');
		await page.getByRole('textbox').press('Enter');
	}
	const next = page.getByRole('button', { name: 'Neste' });
	await expect(next.or(page.locator('.prompt, .meet, .form-slot')).first()).toBeVisible();
	if (await next.isVisible()) await next.click();
}

/** Answers until a forms question shows; returns its slot label and the words before its blank. */
async function untilFormsQuestion(page: Page) {
	for (let i = 0; i < 16; i++) {
		await expect(page.locator('.prompt, .meet, .form-slot').first()).toBeVisible();
		if (await page.locator('.form-slot').isVisible())
			return {
				slot: (await page.locator('.form-slot').innerText()).trim(),
				before: (await page.locator('.form-blank').isVisible())
					? (await page.locator('.form-blank [lang=sma]').innerText()).trim()
					: ''
			};
		await answerOther(page);
	}
	throw new Error('no forms question came');
}

test('an adult who knows bovtse is asked its cases, chooses among its own forms, and a wrong form is named', async ({
	page
}) => {
	const bovtse = formsOf('bovtse');
	await page.goto('/');
	await putInAppDatabase(page, 'cards', [
		known('reindeer-1/bovtse/recognition'),
		known('reindeer-1/bovtse/production'),
		// Its plural is known already: its cases open next.
		known('reindeer-1/bovtse/forms-number')
	]);
	await page.goto('/study?deck=reindeer-1');

	// The first card: a new group, explained before it is asked, with another deck word as the example.
	const { slot } = await untilFormsQuestion(page);
	await expect(page.getByText('Nytt: Hvor og med hva (kasus)')).toBeVisible();
	await expect(page.locator('.form-explain')).toContainText('Sørsamisk viser med endelsen hvor noe er');
	await expect(page.locator('.form-explain')).toContainText(/Som \S+: \S+/);
	await expect(page.locator('.form-word')).toContainText('bovtse');
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	const right = bovtse.get(CASE_LABELS[slot]!)!;
	const options = page.locator('.options button');
	await expect(options).toHaveCount(4);
	// Four of bovtse's own forms, the right one among them.
	const all = new Set([...bovtse.values()].flat());
	for (const text of await options.allInnerTexts())
		expect(all.has(text.replace(/^\d\s*/, '').trim())).toBe(true);

	// Chosen wrong: the feedback names the slot the chosen form is for, and the one asked.
	const wrong = options.filter({ hasNotText: new RegExp(`^\\s*\\d?\\s*${right[0]}\\s*$`) }).first();
	const chosen = (await wrong.innerText()).replace(/^\d\s*/, '').trim();
	await wrong.click();
	const feedback = page.locator('.feedback');
	await expect(feedback).toContainText(`Du valgte formen for «`);
	await expect(feedback).toContainText(`: ${chosen}. Her trengs «${slot}»: ${right[0]}.`);
	await page.getByRole('button', { name: 'Neste' }).click();

	// It comes back in the same session (its learning step), and this time it is chosen right.
	const again = await untilFormsQuestion(page);
	const form = bovtse.get(CASE_LABELS[again.slot]!)![0]!;
	await page
		.locator('.options button')
		.filter({ hasText: new RegExp(`^\\s*\\d?\\s*${form}\\s*$`) })
		.click();
	await expect(page.locator('.praise')).toBeVisible();
	expect(await storedAnswers(page)).toBeGreaterThanOrEqual(2);
});

test('an adult who knows byöpmedidh writes its persons after the pronoun, and "not" opens next', async ({
	page
}) => {
	const verb = formsOf('byöpmedidh');
	await page.goto('/');
	await putInAppDatabase(page, 'cards', [
		known('everyday-verbs/byoepmedidh/recognition'),
		known('everyday-verbs/byoepmedidh/production'),
		// The present is known and due today, on the typing rung; the negative opens with it.
		known('everyday-verbs/byoepmedidh/forms-present', { dueIn: -1, rung: 2 })
	]);
	await page.goto('/study?deck=everyday-verbs');

	const first = await untilFormsQuestion(page);
	expect(first.slot.length).toBeGreaterThan(0);
	const input = page.getByRole('textbox', { name: 'Skriv på sørsamisk' });
	const person = PERSONS.find(([pronoun]) => first.before === pronoun)![1];
	const right = verb.get(person)![0]!;
	// Typed as "we" when another person was asked: wrong, and said which person it was.
	const other = person === 'Ind+Prs+Pl1' ? 'Ind+Prs+Du1' : 'Ind+Prs+Pl1';
	await input.fill(verb.get(other)![0]!);
	await input.press('Enter');
	const feedback = page.locator('.feedback');
	await expect(feedback).toContainText(
		`Du skrev formen for «${other === 'Ind+Prs+Pl1' ? 'vi' : 'vi to'}»: ${verb.get(other)![0]}. Her trengs «${first.slot}»: ${right}.`
	);
	await page.getByRole('button', { name: 'Neste' }).click();

	// Then the negative, new: the pronoun and "not" in that person before the blank (manne im ___).
	let negative = await untilFormsQuestion(page);
	for (let i = 0; i < 6 && !(await page.getByText('Nytt: Ikke (nektelse)').isVisible()); i++) {
		await answerOther(page);
		negative = await untilFormsQuestion(page);
	}
	await expect(page.getByText('Nytt: Ikke (nektelse)')).toBeVisible();
	expect(negative.before.split(' ')).toHaveLength(negative.before.startsWith('dah guaktah') ? 3 : 2);
	await page
		.locator('.options button')
		.filter({ hasText: new RegExp(`^\\s*\\d?\\s*${verb.get('ConNeg')![0]}\\s*$`) })
		.click();
	await expect(page.locator('.praise')).toBeVisible();
});

test('forms are practised offline: a deck studied once has its forms kept by the service worker', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await putInAppDatabase(page, 'cards', [
		known('reindeer-1/bovtse/recognition'),
		known('reindeer-1/bovtse/production')
	]);
	await page.goto('/study?deck=reindeer-1');
	await expect(page.locator('.form-slot')).toBeVisible();
	// The session asked the service worker to keep the deck's forms; once it has them, the network goes.
	await expect
		.poll(() => page.evaluate(async () => !!(await caches.match('/forms/reindeer-1.json'))))
		.toBe(true);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Nytt: Én og flere')).toBeVisible();
	await expect(page.locator('.form-word')).toContainText('bovtse');
	await page
		.locator('.options button')
		.filter({ hasText: /^\s*\d?\s*bovtsh\s*$/ })
		.click();
	await expect(page.locator('.praise')).toBeVisible();
	await context.setOffline(false);
});

test("a teacher assigns the cases of a deck; the pupil's homework asks them, and the card says so", async ({
	page,
	browser
}) => {
	await page.goto('/teach');
	await page.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Reinen' });
	const practise = page.getByRole('combobox', { name: 'Hva skal øves' });
	// The deck's forms are fetched once a group is chosen (the form itself works offline without them).
	const formsLoaded = page.waitForResponse((response) => response.url().endsWith('/forms/reindeer-1.json'));
	await practise.selectOption({ label: 'Bøyning: Hvor og med hva (kasus)' });
	await formsLoaded;
	// Only the words that have cases are listed, all chosen.
	const words = page.locator('.words input[type=checkbox]');
	const count = await words.count();
	expect(count).toBeGreaterThan(5);
	await expect(page.locator('.words')).toContainText('bovtse');
	// The title says what is practised until the teacher writes their own.
	await expect(page.getByRole('textbox', { name: 'Tittel' })).toHaveValue('Reinen · Hvor og med hva (kasus)');
	await page.getByRole('textbox', { name: 'Tittel' }).fill('Reinen i kasus');
	await expect(page.getByText(/^Anslag for en elev som nesten alltid svarer riktig/)).toBeVisible();
	await page.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	const link = await page.getByRole('textbox', { name: 'Lenke til oppgaven' }).inputValue();

	const device = await newDevice(browser, { locale: 'nb-NO' });
	const pupil = waitsForHydration(await device.newPage());
	await pupil.goto(link);
	await expect(pupil.getByRole('heading', { name: 'Reinen i kasus' })).toBeVisible();
	await expect(pupil.getByText('Bøyning: Hvor og med hva (kasus)')).toBeVisible();
	await expect(pupil.getByText(`0 av ${count} ord`)).toBeVisible();
	await pupil.getByRole('link', { name: 'Øv på oppgaven' }).click();
	// Words the pupil has never met: each asked in a case, with its meaning beside it.
	await expect(pupil.locator('.form-slot')).toBeVisible();
	await expect(pupil.getByText('Nytt: Hvor og med hva (kasus)')).toBeVisible();
	await expect(pupil.locator('.options button')).toHaveCount(4);
	await device.close();
});

test.describe('a child on a phone', () => {
	test.use({ learner: 'child', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('reads three clocks by tapping: a drawn face on every option, never a keyboard', async ({ page }) => {
		await page.goto('/study?deck=numra-clock-1');
		const read: string[] = [];
		for (let i = 0; read.length < 3 && i < 12; i++) {
			const meet = page.getByRole('button', { name: 'Skjønner – spør meg!' });
			await expect(meet.or(page.locator('.options button').first())).toBeVisible();
			let time: string | undefined;
			if (await meet.isVisible()) {
				// Introduced with its clock face and its time in digits.
				await expect(page.locator('.meet img[src^="/clocks/"]')).toBeVisible();
				time = (await page.locator('.meet').innerText()).match(/\d{1,2}:\d{2}/)?.[0];
				await meet.tap();
			}
			const options = page.locator('.options button');
			await expect(options).toHaveCount(4);
			await expect(options.locator('img[src^="/clocks/"]')).toHaveCount(4);
			await expect(page.getByRole('textbox')).toHaveCount(0);
			if (!time) {
				await options.first().tap();
			} else {
				await options.filter({ hasText: new RegExp(`^\\s*\\d?\\s*${time}\\s*$`) }).tap();
				read.push(time);
			}
			const next = page.getByRole('button', { name: 'Neste' });
			await expect(next.or(page.locator('.meet, .options button').first()).first()).toBeVisible();
			if (await next.isVisible()) await next.tap();
		}
		expect(new Set(read).size).toBe(3);
		expect(await storedAnswers(page)).toBeGreaterThanOrEqual(3);
	});
});
