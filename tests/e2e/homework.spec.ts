/**
 * Homework a class can finish: a teacher assigns 13 everyday verbs to 5B, three pupils on phones reach
 * the goal in one evening (the clock moves only within the evening), and the teacher pastes the chat
 * with their codes in one go: one summary, the class list says who is missing, and the spreadsheet
 * reads back with Sami letters and semicolons.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { devices, type Browser } from '@playwright/test';
import {
	putInAppDatabase,
	studyKnowing,
	test,
	expect,
	waitsForHydration,
	type KnownWord,
	newDevice
} from './fixtures';

test.use({ locale: 'nb-NO' });

const EVENING = new Date(2026, 10, 24, 17, 0).getTime();

/** A pupil on a phone: opens the link, practises session after session until the goal, shows a code. */
async function pupil(
	browser: Browser,
	link: string,
	words: KnownWord[],
	nick: string,
	at: number,
	child: boolean
) {
	const context = await newDevice(browser, {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		locale: 'nb-NO'
	});
	if (child) await context.addInitScript(() => localStorage.setItem('lieredh:learner', 'child'));
	const page = waitsForHydration(await context.newPage());
	await page.clock.install({ time: at });
	await page.goto(link);
	await expect(page.getByText('Oppgaven er lagt til')).toBeVisible();
	await page.getByRole('link', { name: 'Øv på oppgaven' }).click();
	const region = page.getByRole('region', { name: 'Mine oppgaver' });
	let sessions = 0;
	for (; sessions < 12; sessions++) {
		await studyKnowing(page, words);
		// Only minutes pass: the whole list in one evening.
		await page.clock.fastForward('02:00');
		await page.goto('/');
		await expect(region).toContainText(/\d+ av 13 ord/);
		if (await region.getByText('Målet er nådd!').isVisible()) break;
		// The homework is the big button, whole on a phone's first screen, above everything else.
		const big = page.getByRole('link', { name: 'Øv på oppgaven: Verb til fredag' });
		await expect(big).toBeInViewport({ ratio: 1 });
		await expect(big).toHaveAttribute('href', /\/study\?assignment=/);
		await region.getByRole('link', { name: 'Øv på oppgaven' }).click();
	}
	await expect(region).toContainText('Målet er nådd!');
	await expect(region).toContainText('13 av 13 ord');
	// The page's clock stayed in the evening.
	const hour = await page.evaluate(() => new Date().getHours());
	expect(hour).toBeLessThan(23);
	await region.getByRole('link', { name: 'Verb til fredag' }).click();
	await page.getByRole('textbox', { name: 'Kallenavn' }).fill(nick);
	await page.getByRole('button', { name: 'Vis resultatkode' }).click();
	const code = await page.getByRole('textbox', { name: 'Koden som tekst' }).inputValue();
	await context.close();
	return { code, sessions: sessions + 1 };
}

test('three pupils finish a 13-word list in one evening; the teacher pastes the chat, sees who is missing, and gets a spreadsheet', async ({
	page: teacher,
	browser,
	request
}) => {
	test.setTimeout(300_000);
	const deck = await (await request.get('/decks/everyday-verbs.json')).json();
	const words: KnownWord[] = deck.cards.slice(0, 13);

	await teacher.clock.install({ time: EVENING - 3_600_000 });
	await teacher.goto('/teach');
	await teacher.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Hverdagsverb' });
	// Thirteen of the 24 verbs (once the list has loaded, as a teacher would wait to see it).
	await expect(teacher.getByText('Ord: 24 av 24')).toBeVisible();
	const boxes = teacher.locator('.words input[type="checkbox"]');
	for (let i = 13; i < 24; i++) await boxes.nth(i).uncheck();
	await expect(teacher.getByText('Ord: 13 av 24')).toBeVisible();
	await teacher.getByRole('textbox', { name: 'Tittel' }).fill('Verb til fredag');
	await teacher.getByRole('textbox', { name: 'Klasse eller gruppe' }).fill('5B');
	// The estimate runs the app's homework sessions for a pupil who is nearly always right, and one wrong
	// every fifth answer.
	await expect(
		teacher.getByText(/^Anslag for en elev som nesten alltid svarer riktig: omtrent \d+ minutter/)
	).toBeVisible();
	await expect(
		teacher.getByText(/^For en elev som svarer feil på hvert femte: omtrent \d+ minutter/)
	).toBeVisible();
	await teacher.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	const link = await teacher.getByRole('textbox', { name: 'Lenke til oppgaven' }).inputValue();

	// The class list, once.
	await teacher.getByRole('textbox', { name: /Elevene i klassen/ }).fill('Ánne Kristine\nPiera\nElle\nJon');
	await teacher.getByRole('button', { name: 'Lagre klasselista' }).click();
	await expect(teacher.getByText('0 av 4 har levert.')).toBeVisible();

	const anne = await pupil(browser, link, words, 'ánne', EVENING, true);
	const piera = await pupil(browser, link, words, 'Piera', EVENING + 20 * 60_000, false);
	const elle = await pupil(browser, link, words, 'Elle', EVENING + 40 * 60_000, false);
	expect(Math.max(anne.sessions, piera.sessions, elle.sessions)).toBeLessThanOrEqual(8);

	// The chat, pasted as it is: names, times, chatter and the three codes.
	await teacher.clock.setSystemTime(EVENING + 3 * 3_600_000);
	await teacher.goto('/teach');
	const chat = [
		'[19:02] Ánne: ferdig!! 🎉',
		`[19:02] Ánne: ${anne.code}`,
		`[19:30] Piera: her ${piera.code}`,
		'[19:31] Jon: jeg gjør det i morgen',
		`[20:05] Elle: ${elle.code} takk`,
		'[20:06] Lærer: flott, alle sammen'
	].join('\n');
	await teacher.getByRole('textbox', { name: /Lim inn resultatkoder/ }).fill(chat);
	await teacher.getByRole('button', { name: 'Legg til kodene' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: '3 resultater lagt til.' })).toBeVisible();

	// The class list knows who is missing; "ánne" is close to Ánne Kristine: the teacher confirms it.
	await expect(teacher.getByText('2 av 4 har levert.')).toBeVisible();
	await teacher.getByLabel('Hvem er «ánne»?').selectOption('Ánne Kristine');
	await teacher.getByRole('button', { name: 'Det er riktig' }).click();
	await expect(teacher.getByText('3 av 4 har levert. Mangler: Jon.')).toBeVisible();
	const axe = await new AxeBuilder({ page: teacher }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	const table = teacher.getByRole('table', { name: /Elever og ord/ });
	await expect(table.getByRole('row', { name: /Jon/ })).toContainText('ikke levert ennå');
	for (const name of ['Ánne Kristine', 'Piera', 'Elle'])
		await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText('13/13');

	// The spreadsheet, read back: a byte-order mark, semicolons, Sami letters.
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Last ned som CSV' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const rows = csv.slice(1).trim().split('\r\n');
	expect(rows).toHaveLength(5);
	expect(rows[0]).toContain('byöpmedidh %;byöpmedidh ✓');
	expect(rows[0]).toContain(';Ord kunnet av 13;');
	expect(rows.find((row) => row.startsWith('Ánne Kristine;'))).toContain(';5B;Verb til fredag;');
	expect(rows.find((row) => row.startsWith('Ánne Kristine;'))).toContain(';ja;13;');
	// Jon, on the class list, has not handed in: he is a row of the sheet too.
	expect(rows.find((row) => row.startsWith('Jon;'))).toBe('Jon;5B;Verb til fredag;ikke levert ennå;nei;0');
});

test('homework with nothing to ask now says how many words are left and to come back tomorrow, never a dead end', async ({
	page
}) => {
	const assignment = {
		v: 1,
		id: 'restW49x',
		title: 'Ja og nei',
		group: '5B',
		due: '2099-12-11',
		goal: { kind: 'recall', target: 80 },
		decks: [{ builtIn: 'greetings', words: ['jaa', 'ijje'] }]
	};
	const body = deflateRawSync(Buffer.from(JSON.stringify(assignment))).toString('base64url');
	const sum = createHash('sha256').update(body).digest().subarray(0, 6).toString('base64url');
	await page.goto(`/a#A1.${body}.${sum}`);
	await expect(page.getByText('Oppgaven er lagt til')).toBeVisible();
	// Both words met today in both directions, next due in two days: nothing to ask tonight, goal not met.
	const now = Date.now();
	const DAY = 86_400_000;
	const card = (wordId: string, direction: string) => ({
		id: `greetings/${wordId}/${direction}`,
		deckId: 'greetings',
		wordId,
		direction,
		introduced: now - 60_000,
		due: now + 2 * DAY,
		stability: 2,
		difficulty: 5,
		scheduledDays: 2,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		state: 2,
		lastReview: now - 60_000
	});
	await putInAppDatabase(
		page,
		'cards',
		['jaa', 'ijje'].flatMap((word) => [card(word, 'recognition'), card(word, 'production')])
	);
	await page.goto(`/study?assignment=${assignment.id}`);
	await expect(
		page.getByRole('status').filter({ hasText: 'Ikke helt i mål ennå: 2 ord igjen.' })
	).toContainText('øv igjen i morgen');
	await expect(page.getByRole('button', { name: 'Repeter tidlig' })).toBeVisible();
	await expect(page.locator('.study').getByRole('link', { name: 'Til forsiden' })).toBeVisible();
});

test('a weaker pupil, wrong every fifth answer, reaches a 16-word goal by the due evening the form said was feasible, and is told when to come back', async ({
	page: teacher,
	browser,
	request
}) => {
	test.setTimeout(600_000);
	const deck = await (await request.get('/decks/animals.json')).json();
	const words: KnownWord[] = deck.cards.slice(0, 16);
	await teacher.clock.install({ time: new Date(2026, 10, 24, 15).getTime() });
	await teacher.goto('/teach');
	await teacher.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Dyr' });
	const boxes = teacher.locator('.words input[type="checkbox"]');
	await expect(boxes).toHaveCount(30);
	for (let i = 16; i < 30; i++) await boxes.nth(i).uncheck();
	await expect(teacher.getByText('Ord: 16 av 30')).toBeVisible();
	await teacher.getByRole('textbox', { name: 'Tittel' }).fill('Dyr til torsdag');
	await teacher.getByRole('textbox', { name: 'Klasse eller gruppe' }).fill('5B');
	await teacher.getByLabel('Frist', { exact: true }).fill('2026-11-26');
	await teacher.getByRole('radio', { name: /Kan minst 80 % av ordene/ }).check();
	// The form's estimate: the app's own sessions for an average and a weaker pupil, and feasible.
	await expect(
		teacher.getByText(/^For en elev som svarer feil på hvert femte: omtrent \d+ minutter/)
	).toBeVisible();
	await expect(teacher.getByText('Fristen er for kort for dette')).toBeHidden();
	await teacher.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	const link = await teacher.getByRole('textbox', { name: 'Lenke til oppgaven' }).inputValue();

	const context = await newDevice(browser, {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		locale: 'nb-NO'
	});
	const page = waitsForHydration(await context.newPage());
	await page.clock.install({ time: new Date(2026, 10, 24, 17).getTime() });
	await page.goto(link);
	await expect(page.getByText('Oppgaven er lagt til')).toBeVisible();
	const region = page.getByRole('region', { name: 'Mine oppgaver' });
	const comeBack = page.getByRole('status').filter({ hasText: 'øv igjen i morgen' });
	const answered = { count: 0 };
	let evening = 24;
	let sessions = 0;
	let toldToComeBack = 0;
	for (; sessions < 40; sessions++) {
		await page.goto('/');
		await expect(region).toContainText(/\d+ av 16 ord/);
		if (await region.getByText('Målet er nådd!').isVisible()) break;
		// The homework is the big button, whole on the phone's first screen.
		const big = page.getByRole('link', { name: 'Øv på oppgaven: Dyr til torsdag' });
		await expect(big).toBeInViewport({ ratio: 1 });
		await big.click();
		await expect(page.locator('.prompt, .meet').or(comeBack).first()).toBeVisible();
		if (await comeBack.isVisible()) {
			// Never a dead end: nothing more tonight, and it says how many words are left and when.
			await expect(comeBack).toContainText(/Ikke helt i mål ennå: \d+ ord igjen/);
			toldToComeBack++;
			evening++;
			expect(evening).toBeLessThanOrEqual(26);
			await page.clock.setSystemTime(new Date(2026, 10, evening, 17));
			continue;
		}
		await studyKnowing(page, words, { wrongEvery: 5, answered });
		await page.clock.fastForward('02:00');
	}
	await expect(region).toContainText('Målet er nådd!');
	expect(evening).toBeLessThanOrEqual(26);
	expect(answered.count).toBeGreaterThan(40);
	test.info().annotations.push({
		type: 'weak pupil',
		description: `${sessions} sessions, ${answered.count} answers, goal met on the evening of the ${evening}th, told to come back ${toldToComeBack} times`
	});
	await context.close();
});
