/**
 * An online class, end to end, on the production server (`node build-server`, PGlite on disk): a
 * teacher makes the class and sends an assignment; three pupils on phones join by scanning the class
 * QR code; one studies while the server is down (it is killed and restarted), one while offline; the
 * teacher's table fills in with all three by itself, with no code pasted, and nothing lost or doubled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
	expect,
	studyKnowing,
	test,
	waitForServiceWorker,
	waitsForHydration,
	type KnownWord,
	newDevice
} from './fixtures';
import { AppServer } from './server';

test.use({ locale: 'nb-NO' });

const dataDir = mkdtempSync(join(tmpdir(), 'lieredh-classes-'));
const server = new AppServer(4196, dataDir);

test.beforeAll(() => server.start());
test.afterAll(async () => {
	await server.kill('SIGTERM');
	rmSync(dataDir, { recursive: true, force: true });
});

/** Console errors, except the browser's own line for a class request that found no server or network. */
function watch(page: Page, errors: string[]): Page {
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const networkLine = message.text().startsWith('Failed to load resource');
		if (!(networkLine && message.location().url.includes('/api/'))) errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.origin)
			errors.push(`foreign: ${url}`);
	});
	return waitsForHydration(page);
}

/** What a phone's camera would read from the class QR code on the teacher's screen. */
async function scan(page: Page, name: string): Promise<string> {
	const src = await page.getByRole('img', { name }).getAttribute('src');
	const png = PNG.sync.read(Buffer.from(src!.replace(/^data:image\/png;base64,/, ''), 'base64'));
	const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(read, 'the QR code reads').not.toBeNull();
	return read!.data;
}

async function phone(browser: Browser): Promise<BrowserContext> {
	return newDevice(browser, {
		...devices['Pixel 7'],
		viewport: { width: 390, height: 844 },
		locale: 'nb-NO'
	});
}

/** A pupil joins from the scanned link, with a nickname, and finds the assignment on Home. */
async function joinAs(context: BrowserContext, link: string, nick: string, errors: string[]): Promise<Page> {
	const page = watch(await context.newPage(), errors);
	await page.goto(link);
	await expect(page.getByRole('textbox', { name: 'Kode fra læreren' })).not.toHaveValue('');
	await page.getByRole('textbox', { name: 'Kallenavn' }).fill(nick);
	await page.getByRole('button', { name: 'Bli med' }).click();
	await expect(page.getByText(`Velkommen i 5B, ${nick}!`)).toBeVisible();
	await page.getByRole('link', { name: 'Til forsiden', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Mine oppgaver' })).toContainText('Verb på nett');
	return page;
}

async function study(page: Page, words: KnownWord[]) {
	await page
		.getByRole('region', { name: 'Mine oppgaver' })
		.getByRole('link', { name: 'Øv på oppgaven' })
		.click();
	await studyKnowing(page, words);
}

test('a class online: three pupils join by QR, one studies with the server down and one offline, and the teacher’s table fills in by itself', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const errors: string[] = [];
	const teacherContext = await newDevice(browser, { locale: 'nb-NO' });
	const teacher = watch(await teacherContext.newPage(), errors);
	const deck = await (await teacher.request.get(`${server.origin}/decks/everyday-verbs.json`)).json();
	const words: KnownWord[] = deck.cards.slice(0, 4);

	// The teacher makes the class: a join code and QR for the board, a recovery code shown once.
	await teacher.goto(`${server.origin}/teach`);
	const online = teacher.getByRole('region', { name: 'Klasser på nett' });
	await online.getByRole('combobox', { name: 'Klasse eller gruppe' }).fill('5B');
	await online.getByRole('button', { name: 'Lag klassen på nett' }).click();
	const recovery = (await online.locator('[data-recovery-code]').innerText()).trim();
	expect(recovery).toMatch(/^L1\.[\w-]{22}\.[\w-]{43}$/);
	// Printed, the sheet is the recovery code alone: not the rest of the teacher's page.
	await teacher.emulateMedia({ media: 'print' });
	await expect(online.locator('[data-recovery-code]')).toBeVisible();
	await expect(teacher.getByRole('heading', { name: 'Klasser på nett' })).toBeHidden();
	await expect(teacher.getByRole('heading', { level: 1 })).toBeHidden();
	await teacher.emulateMedia({ media: 'screen' });
	await online.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
	await expect(online.locator('[data-recovery-code]')).toHaveCount(0);
	const joinCode = await online.locator('[data-join-code]').getAttribute('data-join-code');
	const link = await scan(teacher, 'QR-kode for å bli med i 5B');
	expect(link).toBe(`${server.origin}/join#${joinCode!.slice(0, 4)}-${joinCode!.slice(4)}`);

	// An assignment of four verbs, sent to the class.
	await teacher.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Hverdagsverb' });
	const boxes = teacher.locator('.words input[type="checkbox"]');
	for (let i = 4; i < deck.cards.length; i++) await boxes.nth(i).uncheck();
	await teacher.getByRole('textbox', { name: 'Tittel' }).fill('Verb på nett');
	await teacher
		.getByRole('region', { name: 'Ny oppgave' })
		.getByRole('textbox', { name: 'Klasse eller gruppe' })
		.fill('5B');
	await teacher.getByRole('button', { name: 'Lag lenke og QR-kode' }).click();
	await teacher.getByRole('button', { name: 'Send til klassen 5B' }).click();
	await expect(teacher.getByText('Sendt til klassen 5B.')).toBeVisible();
	// The sheet's QR is now a short link (the class server holds the assignment): a small QR, an address
	// a Chromebook user can type. Anyone with it gets the assignment, a guest who is not in the class too.
	const sheetQr = () => scan(teacher, 'QR-kode til oppgaven «Verb på nett»');
	await expect.poll(sheetQr).toMatch(/\/a#S1\.[\w-]+\.[\w-]+$/);
	const short = await sheetQr();
	expect(short.length).toBeLessThan(80);
	const guestDevice = await phone(browser);
	const guest = await guestDevice.newPage();
	await guest.goto(short);
	await expect(guest.getByText('Oppgaven er lagt til')).toBeVisible();
	await expect(guest.getByRole('heading', { name: /Verb på nett/ })).toBeVisible();
	await guestDevice.close();

	// Ada joins and studies online.
	const [adaPhone, biretPhone, ceciliePhone] = [
		await phone(browser),
		await phone(browser),
		await phone(browser)
	];
	const ada = await joinAs(adaPhone, link, 'Ada', errors);
	const biret = await joinAs(biretPhone, link, 'Biret', errors);
	const cecilie = await joinAs(ceciliePhone, link, 'Cecilie', errors);
	await expect(online).toContainText('3 elever er med');
	await study(ada, words);
	await ada.goto(`${server.origin}/`);
	await expect(ada.getByText('Resultatene dine er sendt til læreren.')).toBeVisible();

	// The server dies while Biret studies: her result waits on her phone, and goes when it is back.
	await waitForServiceWorker(biret);
	await server.kill();
	await study(biret, words);
	await biret.goto(`${server.origin}/`);
	await expect(biret.getByText('1 resultat venter på nett og sendes av seg selv.')).toBeVisible();
	await server.start();
	await biret.reload();
	await expect(biret.getByText('Resultatene dine er sendt til læreren.')).toBeVisible();

	// Cecilie studies on the bus, offline: her result goes the moment the phone is online again.
	await waitForServiceWorker(cecilie);
	await ceciliePhone.setOffline(true);
	await study(cecilie, words);
	await cecilie.goto(`${server.origin}/`);
	await expect(cecilie.getByText('1 resultat venter på nett og sendes av seg selv.')).toBeVisible();
	await ceciliePhone.setOffline(false);
	await expect(cecilie.getByText('Resultatene dine er sendt til læreren.')).toBeVisible();

	// The teacher's table, with nothing pasted: all three, once each.
	await teacher.reload();
	const results = teacher.getByRole('region', { name: 'Klassens resultater' });
	await expect(results.getByText(/Resultater fra klassen 5B kommer av seg selv/)).toBeVisible({
		timeout: 15_000
	});
	const table = results.getByRole('table');
	for (const nick of ['Ada', 'Biret', 'Cecilie'])
		await expect(table.getByRole('rowheader', { name: nick })).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(3);
	await teacher.screenshot({ path: test.info().outputPath('teacher-online-class.png'), fullPage: true });

	// On the server: one result per pupil, however often and however late each was sent.
	const [, id, key] = recovery.split('.');
	const classView = await (
		await teacher.request.get(`${server.origin}/api/classes/${id}`, {
			headers: { authorization: `Bearer ${key}` }
		})
	).json();
	const assignmentId = classView.assignments[0].id;
	const stored = await (
		await teacher.request.get(`${server.origin}/api/classes/${id}/assignments/${assignmentId}/results`, {
			headers: { authorization: `Bearer ${key}` }
		})
	).json();
	expect(stored.results.map((r: { nick: string }) => r.nick).sort()).toEqual(['Ada', 'Biret', 'Cecilie']);

	// A live game from the class's assignment, or from the words it finds hardest by those results.
	await online.getByRole('link', { name: 'Spill sammen med klassen' }).click();
	await teacher.getByRole('radio', { name: 'En lekse' }).check();
	await expect(teacher.getByRole('combobox', { name: 'Lekse' })).toContainText('Verb på nett');
	await teacher.getByRole('radio', { name: 'Det klassen synes er vanskeligst' }).check();
	await expect(teacher.getByText('Fra resultatene til 3 elever: de 4 vanskeligste ordene.')).toBeVisible();
	await teacher.getByRole('button', { name: 'Lag spillet' }).click();
	await expect(teacher.getByRole('heading', { name: 'Det vi synes er vanskeligst' })).toBeVisible();

	expect(errors).toEqual([]);
	for (const context of [teacherContext, adaPhone, biretPhone, ceciliePhone]) await context.close();
});

test('joining with a wrong code, a taken nickname or no network says why, in the pupil’s language, and keeps nothing', async ({
	browser
}) => {
	const errors: string[] = [];
	const context = await phone(browser);
	const page = watch(await context.newPage(), errors);
	await page.goto(`${server.origin}/join#ZZZZ-ZZZZ`);
	await page.getByRole('textbox', { name: 'Kallenavn' }).fill('Ada');
	await page.getByRole('button', { name: 'Bli med' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Fant ingen åpen klasse med den koden. Sjekk koden, eller spør læreren.'
	);

	// A real class where Ada has joined already.
	const created = await (
		await page.request.post(`${server.origin}/api/classes`, { data: { name: '6A' } })
	).json();
	await page.request.post(`${server.origin}/api/join`, { data: { code: created.joinCode, nick: 'Ada' } });
	await page.getByRole('textbox', { name: 'Kode fra læreren' }).fill(created.joinCode.toLowerCase());
	await page.getByRole('textbox', { name: 'Kallenavn' }).fill('ada');
	await page.getByRole('button', { name: 'Bli med' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Noen i klassen har allerede det kallenavnet. Velg et annet.'
	);

	await context.setOffline(true);
	await page.getByRole('textbox', { name: 'Kallenavn' }).fill('Ada B');
	await page.getByRole('button', { name: 'Bli med' }).click();
	await expect(page.getByRole('alert')).toHaveText('Du er ikke på nett nå. Prøv igjen når du har nett.');
	await context.setOffline(false);

	// Nothing was kept: the page still offers to join, and Home shows no class.
	await page.goto(`${server.origin}/`);
	await expect(page.locator('.class-status')).toHaveCount(0);
	expect(errors).toEqual([]);
	await context.close();
});

test('the teacher closes joining, opens it with a new code, removes a pupil and deletes the class', async ({
	browser
}) => {
	const errors: string[] = [];
	const context = await newDevice(browser, { locale: 'nb-NO' });
	const teacher = watch(await context.newPage(), errors);
	teacher.on('dialog', (dialog) => void dialog.accept());
	await teacher.goto(`${server.origin}/teach`);
	const online = teacher.getByRole('region', { name: 'Klasser på nett' });
	await online.getByRole('combobox', { name: 'Klasse eller gruppe' }).fill('7C');
	await online.getByRole('button', { name: 'Lag klassen på nett' }).click();
	await online.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
	const first = await online.locator('[data-join-code]').getAttribute('data-join-code');

	await online.getByRole('button', { name: 'Steng for nye elever' }).click();
	await expect(online.getByText('Klassen er stengt for nye elever.')).toBeVisible();
	const closed = await teacher.request.post(`${server.origin}/api/join`, {
		data: { code: first, nick: 'Sent' }
	});
	expect(closed.status()).toBe(404);
	await online.getByRole('button', { name: 'Åpne med ny kode' }).click();
	const second = await online.locator('[data-join-code]').getAttribute('data-join-code');
	expect(second).not.toBe(first);

	// A pupil joins with the new code and appears by himself; the teacher removes him.
	const joined = await teacher.request.post(`${server.origin}/api/join`, {
		data: { code: second, nick: 'Niilas' }
	});
	expect(joined.ok()).toBe(true);
	await expect(online.getByText('1 elev er med')).toBeVisible({ timeout: 10_000 });
	await online
		.getByRole('listitem')
		.filter({ hasText: 'Niilas' })
		.getByRole('button', { name: 'Fjern' })
		.click();
	await expect(online.getByText('Ingen elever er med ennå.')).toBeVisible();
	const { token } = await joined.json();
	const gone = await teacher.request.get(`${server.origin}/api/pupil`, {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(gone.status()).toBe(401);

	await online.getByRole('button', { name: 'Slett klassen' }).click();
	await expect(online.getByText('Ingen klasser på nett ennå.')).toBeVisible();
	await teacher.reload();
	await expect(teacher.getByRole('region', { name: 'Klasser på nett' }).getByText('7C')).toHaveCount(0);
	expect(errors).toEqual([]);
	await context.close();
});
