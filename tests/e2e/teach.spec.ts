/**
 * A teacher and a student, each on their own device (two browser contexts), with nothing between them
 * but a link and a code.
 */
import { readFile } from 'node:fs/promises';
import {
	meetNewWord,
	putInAppDatabase,
	studyKnowing,
	test,
	expect,
	waitsForHydration,
	newDevice
} from './fixtures';

test.use({ locale: 'nb-NO' });

const WORDS = [
	{ search: 'rein', sma: 'bovtse', nb: ['rein'] },
	{ search: 'gjerde', sma: 'gïerte', nb: ['skillegjerde'] },
	{ search: 'lasso', sma: 'soehpenje', nb: ['lasso'] }
];

test('a teacher builds a deck from the lexicon and assigns it; a student meets the goal; the teacher sees it', async ({
	page: teacher,
	browser
}) => {
	test.setTimeout(120_000);

	// The teacher builds a three-word deck by searching the lexicon.
	await teacher.goto('/teach');
	await teacher.getByRole('link', { name: 'Ny ordliste' }).click();
	const search = teacher.getByRole('searchbox', { name: /Søk på sørsamisk/ });
	await expect(search).toBeEnabled({ timeout: 15_000 });
	await teacher.getByRole('textbox', { name: 'Navn på lista' }).fill('Reingjerdet');
	await teacher.getByRole('textbox', { name: 'Navn på lista' }).press('Tab');
	for (const word of WORDS) {
		await search.fill(word.search);
		await teacher.getByRole('button', { name: `Legg til: ${word.sma}`, exact: true }).click();
	}
	// Diacritics do not matter when searching: "gierte" finds gïerte, already in the deck.
	await search.fill('gierte');
	await expect(teacher.getByRole('button', { name: 'Legg til: gïerte', exact: true })).toHaveText('Lagt til');
	await expect(teacher.getByRole('heading', { name: '3 ord i lista' })).toBeVisible();

	// A pasted word the lexicon lacks needs a decision, and is marked when kept.
	await teacher.getByRole('textbox', { name: /Ett ord per linje/ }).fill('bovtse\trein\nqwertyuiop\tvenn');
	await teacher.getByRole('button', { name: 'Legg til ordene' }).click();
	// A word already in the list is reported, never skipped silently.
	await expect(teacher.getByRole('status').filter({ hasText: 'Allerede i lista: bovtse.' })).toBeVisible();
	const unknown = teacher.getByRole('group', { name: 'Ikke i ordboka:' });
	await expect(unknown).toContainText('qwertyuiop');
	await unknown.getByRole('button', { name: 'Dropp' }).click();
	await expect(unknown).toBeHidden();
	await expect(teacher.getByRole('heading', { name: '3 ord i lista' })).toBeVisible();

	// Reorder: lasso first.
	await teacher.getByRole('button', { name: 'Flytt opp: soehpenje' }).click();
	await expect(teacher.locator('.cards li strong').first()).toHaveText('bovtse');
	await expect(teacher.locator('.cards li strong').nth(1)).toHaveText('soehpenje');

	// Assign it.
	await teacher.getByRole('link', { name: 'Gi som oppgave' }).click();
	await expect(teacher.getByRole('combobox', { name: 'Ordliste' })).toHaveValue(/^own-/);
	await teacher.getByRole('textbox', { name: 'Klasse eller gruppe' }).fill('5B');
	await teacher.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	await expect(teacher.getByRole('img', { name: 'QR-kode til oppgaven «Reingjerdet»' })).toBeVisible();
	const link = await teacher.getByRole('textbox', { name: 'Lenke til oppgaven' }).inputValue();
	expect(link).toMatch(/^http:\/\/localhost:4173\/a#A1\./);

	// The student opens the link on another device.
	const studentDevice = await newDevice(browser, { locale: 'nb-NO' });
	const student = waitsForHydration(await studentDevice.newPage());
	const requests: string[] = [];
	student.on('request', (request) => requests.push(request.url()));
	await student.goto(link);
	await expect(student.getByRole('heading', { name: 'Reingjerdet' })).toBeVisible();
	await expect(student.getByText('Oppgaven er lagt til')).toBeVisible();
	// The code never reaches a server: requests carry no fragment.
	expect(requests.some((url) => url.includes('A1.'))).toBe(false);

	await student.getByRole('link', { name: 'Øv på oppgaven' }).click();
	await studyKnowing(student, WORDS);

	// Days later the words come back, typed this time, until the goal is met.
	await student.clock.install({ time: Date.now() + 3 * 86_400_000 });
	for (let day = 0; day < 3; day++) {
		await student.goto('/');
		const assignment = student.getByRole('region', { name: 'Mine oppgaver' });
		await expect(assignment).toContainText('Reingjerdet');
		if (await assignment.getByText('Målet er nådd!').isVisible()) break;
		await assignment.getByRole('link', { name: 'Øv på oppgaven' }).click();
		await studyKnowing(student, WORDS);
		await student.clock.fastForward('48:00:00');
	}
	await student.goto('/');
	await expect(student.getByRole('region', { name: 'Mine oppgaver' })).toContainText('Målet er nådd!');
	await expect(student.getByRole('region', { name: 'Mine oppgaver' })).toContainText('3 av 3 ord');

	// The student shows a result code.
	await student.getByRole('link', { name: 'Reingjerdet' }).click();
	await student.getByRole('textbox', { name: 'Kallenavn' }).fill('Ánne');
	await student.getByRole('button', { name: 'Vis resultatkode' }).click();
	await expect(student.getByRole('img', { name: 'Resultatkode for Ánne' })).toBeVisible();
	const code = await student.getByRole('textbox', { name: 'Koden som tekst' }).inputValue();
	expect(code).toMatch(/^R1\./);
	await studentDevice.close();

	// The teacher pastes it and sees the student in the class table.
	await teacher.goto('/teach');
	// Pasted from a chat: the code among names, times and chatter, and a code cut short by the chat app.
	await teacher
		.getByRole('textbox', { name: /Lim inn resultatkoder/ })
		.fill(`[18:02] Ánne: her er koden min ${code} :)\n[18:04] Piera: ${code.slice(0, 40)}\nok takk!`);
	await teacher.getByRole('button', { name: 'Legg til kodene' }).click();
	const summary = teacher.getByRole('status').filter({ hasText: '1 resultat lagt til.' });
	await expect(summary).toBeVisible();
	await expect(summary).toContainText('1 kode er skadet: den etter «[18:04] Piera:». Be om en ny.');
	const table = teacher.getByRole('table', { name: /Elever og ord/ });
	await expect(table.getByRole('row', { name: /Ánne/ })).toContainText('ja');
	await expect(table.getByRole('columnheader')).toHaveCount(5);

	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Last ned som CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('Reingjerdet.csv');
	// Read back as Nordic Excel would: a byte-order mark, semicolons, Sami letters intact.
	const csv = await readFile((await file.path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const [header, row] = csv.slice(1).split('\r\n');
	expect(header!.split(';').slice(0, 6)).toEqual([
		'Elev',
		'Klasse',
		'Oppgave',
		'Levert',
		'Mål nådd',
		'Ord kunnet av 3'
	]);
	expect(header).toContain('gïerte %;gïerte ✓');
	expect(row!.split(';').slice(0, 3)).toEqual(['Ánne', '5B', 'Reingjerdet']);
	// How many words are known, as a number (a "3/3" cell would open as a date).
	expect(row!.split(';')[5]).toBe('3');
});

test('a broken or foreign assignment link says so and saves nothing', async ({ page }) => {
	for (const [hash, message] of [
		['#A1.q1ZKzs8tKMrPS1WyUlAqzs.12345678', 'Koden er skadet eller ufullstendig.'],
		['#hello', 'Dette er ikke en kode fra Lïeredh.'],
		['#A7.abc.12345678', 'nyere versjon av Lïeredh'],
		['', 'Koden er tom.']
	]) {
		await page.goto('about:blank'); // a fresh load each time, not a jump within the page
		await page.goto(`/a${hash}`);
		await expect(page.getByRole('alert')).toContainText(message!);
	}
	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Mine oppgaver' })).toBeHidden();
});

test("a teacher's recording plays with the word when the student studies the deck", async ({ page }) => {
	await page.goto('/');
	const deck = {
		format: 1,
		id: 'own-rec0rd1ng001',
		title: { nb: 'Uttale', sv: 'Uttal', en: 'Pronunciation' },
		theme: 'own',
		level: 1,
		description: { nb: '', sv: '', en: '' },
		cards: [
			{ id: 'bovtse', sma: 'bovtse', variants: [], pos: 'N', nb: ['rein'], sv: ['ren'], en: ['reindeer'] },
			{ id: 'gierte', sma: 'gïerte', variants: [], pos: 'N', nb: ['skillegjerde'], sv: ['gärde'], en: [] }
		]
	};
	await putInAppDatabase(page, 'ownDecks', [{ id: deck.id, updated: Date.now(), deck }]);
	// A tenth of a second of silence as a WAV file, made in the page (a Blob cannot cross from the test).
	await page.evaluate(async (deckId) => {
		const samples = 800;
		const view = new DataView(new ArrayBuffer(44 + samples * 2));
		const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
		text(0, 'RIFF');
		view.setUint32(4, 36 + samples * 2, true);
		text(8, 'WAVEfmt ');
		view.setUint32(16, 16, true);
		view.setUint16(20, 1, true);
		view.setUint16(22, 1, true);
		view.setUint32(24, 8000, true);
		view.setUint32(28, 16000, true);
		view.setUint16(32, 2, true);
		view.setUint16(34, 16, true);
		text(36, 'data');
		view.setUint32(40, samples * 2, true);
		const audio = new Blob([view.buffer], { type: 'audio/wav' });
		const db = await new Promise<IDBDatabase>((resolve) => {
			const open = indexedDB.open('lieredh');
			open.onsuccess = () => resolve(open.result);
		});
		await new Promise((resolve) => {
			const tx = db.transaction('recordings', 'readwrite');
			tx.objectStore('recordings').put({ id: `${deckId}/bovtse`, deckId, type: 'audio/wav', audio });
			tx.oncomplete = resolve;
		});
		db.close();
	}, deck.id);

	await page.goto(`/study?deck=${deck.id}`);
	// New words come in the deck's order: bovtse first, introduced with its recording; gïerte has none.
	const prompt = page.locator('.prompt');
	const listen = page.getByRole('button', { name: 'Hør ordet' });
	await expect(page.locator('.meet .word')).toContainText('bovtse');
	await listen.click();
	await meetNewWord(page);
	await expect(prompt).toHaveText('bovtse');
	await listen.click();
	await page
		.locator('.options button')
		.filter({ hasText: /^\d?\s*rein$/ })
		.click();
	await expect(page.locator('.meet .word')).toHaveText('gïerte');
	await expect(listen).toBeHidden();
	// The deck editor plays it back too.
	await page.goto(`/teach/deck?id=${deck.id}`);
	await expect(
		page.getByRole('button', { name: 'Ta opp på nytt: bovtse' }).or(page.locator('audio')).first()
	).toBeAttached();
});
