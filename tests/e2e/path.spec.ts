/**
 * The learning path as a child meets it on a phone: chosen once at first start, then a beginner deck
 * where every word is shown before it is asked, a session of a fixed length whose bar only moves
 * forward, no text field ever, warm feedback, pictures, and a celebration; the next day, tiles.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ locale: 'nb-NO' });
// The first start itself: nobody has said who is learning.
test.use({ learner: null });

interface Word {
	sma: string;
	nb: string[];
	picture?: string;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAccessible(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
		what
	).toEqual([]);
}

/** "3 av 10" → [3, 10]. */
async function progress(page: Page): Promise<[number, number]> {
	const text = await page.locator('.progress span').innerText();
	const [, done, total] = text.match(/^(\d+) av (\d+)$/) ?? [];
	return [Number(done), Number(total)];
}

interface Session {
	/** Words introduced, in order. */
	met: string[];
	/** Every "n av total" seen, in order. */
	bars: [number, number][];
	tiles: number;
	warm: number;
	answers: number;
}

/**
 * Plays a child's session to its end: answers right, except every third choice, which is wrong on
 * purpose. Checks on every screen that no text field is shown and that a recognition question is only
 * ever about a word introduced before.
 */
async function playSession(
	page: Page,
	words: Word[],
	known: Set<string>,
	checkAxe = false
): Promise<Session> {
	const session: Session = { met: [], bars: [], tiles: 0, warm: 0, answers: 0 };
	const done = page.getByRole('heading', { name: 'Bra jobba! Økta er ferdig.' });
	const next = page.getByRole('button', { name: 'Neste' });
	const meet = page.getByRole('button', { name: 'Skjønner – spør meg!' });
	const checked = new Set<string>();
	for (let i = 0; i < 60; i++) {
		await expect(page.locator('.meet, .prompt, .tiles-question').or(done).or(next).first()).toBeVisible();
		await expect(page.getByRole('textbox')).toHaveCount(0);
		if (await done.isVisible()) return session;
		session.bars.push(await progress(page));
		if (await next.isVisible()) {
			// Warm feedback: never a red "wrong", never "I was right"; the answer, and on we go.
			await expect(page.getByText('Godt forsøkt!')).toBeVisible();
			await expect(page.getByText('Ikke helt.')).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'Jeg hadde rett' })).toHaveCount(0);
			session.warm++;
			if (checkAxe && !checked.has('feedback')) {
				checked.add('feedback');
				await expectAccessible(page, 'warm feedback');
			}
			await next.click();
			continue;
		}
		if (await meet.isVisible()) {
			const sma = (await page.locator('.meet .word').innerText()).trim();
			const word = words.find((w) => w.sma === sma)!;
			// The picture words show their picture; the others none.
			const picture = page.locator('.meet img.picture');
			if (word.picture) await expect(picture).toHaveAttribute('src', word.picture);
			else await expect(picture).toHaveCount(0);
			if (checkAxe && !checked.has('meet')) {
				checked.add('meet');
				await expectAccessible(page, 'introduction');
			}
			session.met.push(sma);
			known.add(sma);
			await meet.click();
			continue;
		}
		session.answers++;
		const wrongOnPurpose = session.answers % 3 === 0;
		if (await page.locator('.tiles-question').isVisible()) {
			session.tiles++;
			if (checkAxe && !checked.has('tiles')) {
				checked.add('tiles');
				await expectAccessible(page, 'letter tiles');
			}
			const prompt = (await page.locator('.prompt').innerText()).trim();
			const word = words.find((w) => prompt.startsWith(w.nb.join(', ')))!;
			const letters = page.getByRole('group', { name: 'Bokstaver' });
			// Big enough for a child's finger.
			const box = (await letters.getByRole('button').first().boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(48);
			for (const letter of word.sma)
				await letters.getByRole('button', { name: letter, exact: true, disabled: false }).first().click();
			await page.getByRole('button', { name: 'Sjekk' }).click();
			continue;
		}
		const prompt = (await page.locator('.prompt').innerText()).trim();
		const recognition = words.find((w) => w.sma === prompt);
		// Never quizzed on a word never shown.
		if (recognition) expect(known.has(recognition.sma), `${prompt} was introduced first`).toBe(true);
		const options = page.locator('.options button');
		await expect(options).toHaveCount(4);
		if (checkAxe && !checked.has('choice')) {
			checked.add('choice');
			await expectAccessible(page, 'choice question');
		}
		const right = recognition
			? recognition.nb[0]!
			: words.find((w) => prompt.startsWith(w.nb.join(', ')))!.sma;
		const pattern = new RegExp(`(^|\\s)${right}$`);
		if (wrongOnPurpose) await options.filter({ hasNotText: pattern }).first().click();
		else await options.filter({ hasText: pattern }).click();
	}
	throw new Error('the session did not end');
}

test('a child: first start, the beginner deck, every word shown first, a fixed session, no typing, a celebration; the next day, tiles @phone', async ({
	page,
	request
}) => {
	test.setTimeout(180_000);
	const deck = await (await request.get('/decks/greetings.json')).json();
	const words: Word[] = deck.cards;
	await page.clock.install({ time: new Date(2026, 10, 24, 17) });

	// First start: who is learning?
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toBeVisible();
	await expectAccessible(page, 'first start');
	await page.getByRole('button', { name: 'Jeg er elev / barn' }).click();
	await expect(page.getByRole('heading', { name: 'Hvem skal lære?' })).toBeHidden();

	// "Start here" is the first beginner deck, not herding vocabulary.
	await page.getByRole('link', { name: 'Begynn med de første ordene' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hei og takk');
	await page.getByRole('link', { name: 'Øv på denne lista' }).click();

	// Ten answers, announced up front.
	await expect(page.getByText('0 av 10')).toBeVisible();
	const known = new Set<string>();
	const day1 = await playSession(page, words, known, true);
	expect(day1.met.length).toBe(5);
	expect(day1.met[0]).toBe('buaregh');
	expect(day1.answers).toBe(10);
	expect(day1.warm).toBeGreaterThan(0);
	// The bar's end never moves and its fill only goes forward.
	expect(new Set(day1.bars.map(([, total]) => total))).toEqual(new Set([10]));
	for (let i = 1; i < day1.bars.length; i++)
		expect(day1.bars[i]![0]).toBeGreaterThanOrEqual(day1.bars[i - 1]![0]);
	// No undo for a child: the bar never goes back.
	expect(await page.getByRole('button', { name: /Angre/ }).count()).toBe(0);

	// The celebration: a word count and stars (still when the child asks for reduced motion).
	await expect(page.getByText(/^Du kan \d+ ord nå!$/)).toBeVisible();
	await expect(page.locator('.celebration')).toBeAttached();
	await expectAccessible(page, 'celebration');
	await expect(page.getByRole('button', { name: 'Lær 5 ord til' })).toBeVisible();

	// The next day: the same words, produced by choosing and by tiles, never by typing.
	await page.clock.setSystemTime(new Date(2026, 10, 25, 17));
	await page.goto('/study?deck=greetings');
	const day2 = await playSession(page, words, known, true);
	expect(day2.tiles).toBeGreaterThan(0);
	expect(day2.met).toEqual([]);
});

test('a child sees pictures on every option of a picture word, and the settings can turn typing back on', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Jeg er elev / barn' }).click();
	await page.goto('/study?deck=animals');
	await expect(page.locator('.meet img.picture')).toHaveAttribute('src', '/pictures/1F415.svg');
	await page.getByRole('button', { name: 'Skjønner – spør meg!' }).click();
	// Either every option has a picture or none does: bïenje's options all do.
	const options = page.locator('.options button');
	await expect(options).toHaveCount(4);
	await expect(options.locator('img.picture')).toHaveCount(4);
	// The pictures are the app's own files, precached like the rest.
	const response = await page.request.get('/pictures/1F415.svg');
	expect(response.headers()['content-type']).toContain('image/svg+xml');

	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: 'Et barn eller en elev' })).toBeChecked();
	await page.getByRole('radio', { name: 'Alltid' }).check();
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Alltid' })).toBeChecked();
	// Back in the session: bïenje was introduced already, so it is asked now, not introduced twice.
	await page.goto('/study?deck=animals');
	await expect(page.locator('.prompt')).toHaveText('bïenje');
	await expect(page.getByText('Et nytt ord')).toHaveCount(0);
});
