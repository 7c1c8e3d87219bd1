/**
 * A teacher's view across weeks: class 5B's three assignments and three pupils in one table (goal met,
 * practising, not started), one pupil's history, the spreadsheet read back; and flashcards of an
 * assignment printed (emulated print media and a PDF: 16 words on two A4 pages).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, putInAppDatabase } from './fixtures';

test.use({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });

const now = new Date(2026, 10, 24, 15).getTime();
const words = ['bienje', 'gaahtoe', 'hierkie', 'govse'];

function assignment(id: string, title: string, due: string) {
	const assignment = {
		v: 1,
		id,
		title,
		group: '5B',
		due,
		goal: { kind: 'recall', target: 80, share: 50 },
		decks: [{ builtIn: 'animals', words }]
	};
	return { id, due: Date.parse(due), opened: now, assignment: { assignment, mine: true } };
}

function result(assignmentId: string, nick: string, recalls: number[], answers: number[]) {
	const result = {
		v: 1,
		assignment: assignmentId,
		nick,
		words: words.map((word, i) => [`animals/${word}`, recalls[i]!, 0, answers[i]!]),
		done: null,
		at: now
	};
	return { id: `${assignmentId}/${nick.toLocaleLowerCase()}`, assignmentId, received: now, result };
}

test('the class overview shows three assignments for three pupils, one pupil over time, and a spreadsheet', async ({
	page
}) => {
	await page.clock.install({ time: now });
	await page.goto('/teach');
	await putInAppDatabase(page, 'assignments', [
		assignment('dyr11nov', 'Dyr 1', '2026-11-13'),
		assignment('dyr20nov', 'Dyr 2', '2026-11-20'),
		assignment('dyr27nov', 'Dyr 3', '2026-11-27')
	]);
	await putInAppDatabase(page, 'classResults', [
		result('dyr11nov', 'Ánne', [90, 85, 80, 95], [6, 6, 5, 7]),
		result('dyr11nov', 'Piera', [90, 85, 20, 0], [6, 6, 3, 2]),
		result('dyr20nov', 'Ánne', [90, 85, 80, 95], [6, 6, 5, 7]),
		result('dyr20nov', 'Jonas', [0, 0, 0, 0], [3, 2, 0, 0]),
		result('dyr27nov', 'Piera', [95, 95, 95, 95], [8, 8, 8, 8])
	]);
	await page.goto('/teach');
	await page.getByRole('link', { name: 'Klasseoversikt: alle oppgavene og elevene' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Klasseoversikt: 5B');
	const table = page.getByRole('table', { name: 'Klassen 5B over alle oppgavene' });
	await expect(table.getByRole('columnheader')).toHaveText([
		'Elev',
		/^Dyr 1\s*frist 13\. nov\.?$/,
		/^Dyr 2\s*frist 20\. nov\.?$/,
		/^Dyr 3\s*frist 27\. nov\.?$/
	]);
	const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name }) });
	await expect(row('Ánne').getByRole('cell')).toHaveText([
		'✓ mål nådd (4 av 4)',
		'✓ mål nådd (4 av 4)',
		'ikke begynt'
	]);
	await expect(row('Piera').getByRole('cell')).toHaveText([
		'✓ mål nådd (2 av 4)',
		'ikke begynt',
		'✓ mål nådd (4 av 4)'
	]);
	await expect(row('Jonas').getByRole('cell')).toHaveText(['ikke begynt', 'øver (0 av 4)', 'ikke begynt']);
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await page.screenshot({ path: 'test-results/overview-desktop.png', fullPage: true });

	// One pupil across the weeks, newest first.
	await page.getByRole('button', { name: 'Piera' }).click();
	const history = page.getByRole('region', { name: 'Piera over tid' });
	await expect(history.getByRole('listitem')).toHaveText([
		/^Dyr 3 frist 27\. nov\.?: ✓ mål nådd \(4 av 4\)$/,
		/^Dyr 2 frist 20\. nov\.?: ikke begynt$/,
		/^Dyr 1 frist 13\. nov\.?: ✓ mål nådd \(2 av 4\)$/
	]);

	// The spreadsheet: a row a pupil, every cell in words.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Last ned som regneark' }).click()
	]);
	const csv = await readFile((await download.path())!, 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toMatch(/^Elev;Dyr 1 \(frist 13\. nov\.?\);Dyr 2/);
	expect(lines).toContain('Jonas;ikke begynt;øver (0 av 4);ikke begynt');
	expect(lines).toHaveLength(4);
});

test('flashcards of an assignment print on A4, eight to a page, cut and fold lines, word and picture, meaning on the back', async ({
	page
}) => {
	await page.goto('/teach');
	const sixteen = (await (await page.request.get('/decks/animals.json')).json()).cards
		.slice(0, 16)
		.map((card: { id: string }) => card.id);
	await putInAppDatabase(page, 'assignments', [
		{
			...assignment('dyrkort1', 'Dyr til fredag', '2026-11-27'),
			assignment: {
				assignment: {
					...assignment('x', 'Dyr til fredag', '2026-11-27').assignment.assignment,
					id: 'dyrkort1',
					decks: [{ builtIn: 'animals', words: sixteen }]
				},
				mine: true
			}
		}
	]);
	await page.goto('/teach/assignments');
	await page.getByRole('link', { name: 'Ordkort å skrive ut' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ordkort å skrive ut: Dyr til fredag');
	await expect(page.getByText('16 kort på 2 A4-sider.')).toBeVisible();
	const sheets = page.getByRole('region', { name: /^Side \d av 2$/ });
	await expect(sheets).toHaveCount(2);
	await expect(sheets.first().locator('.flashcard')).toHaveCount(8);
	await expect(sheets.first().locator('.flashcard').first().locator('.word')).toHaveText('bïenje');
	await expect(sheets.first().locator('.flashcard').first().locator('.meaning')).toHaveText('hund');
	await expect(sheets.first().locator('.flashcard img').first()).toHaveAttribute(
		'src',
		/\/pictures\/.+\.svg$/
	);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Skriv ut ordkortene' })).toBeHidden();
	await page.screenshot({ path: 'test-results/flashcards-print.png', fullPage: true });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, path: 'test-results/flashcards.pdf' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBe(2);
});
