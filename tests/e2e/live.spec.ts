/**
 * The live class game (#27): a teacher's projector and three phones — a class member in children's
 * mode, another member, and a guest — play a five-question game on the class server; one phone's
 * network drops and it comes back in the same question; afterwards every device holds its own five
 * reviews of those words (exercise 'live'). The projector is checked with axe at two sizes.
 */
import AxeBuilder from '@axe-core/playwright';
import { devices, type Browser, type Page } from '@playwright/test';
import { test, expect, newDevice, storedAnswers, waitsForHydration } from './fixtures';

test.use({ locale: 'nb-NO', viewport: { width: 1280, height: 800 } });

/** Answers stored on a device with the exercise 'live'. */
const liveReviews = (page: Page) => storedAnswers(page, 'live');

async function phone(browser: Browser, learner: 'adult' | 'child') {
	const context = await newDevice(
		browser,
		{ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, locale: 'nb-NO' },
		learner
	);
	return { context, page: waitsForHydration(await context.newPage()) };
}

test('a teacher and three phones play five questions; a dropped phone comes back; every device keeps its reviews', async ({
	page: teacher,
	browser
}) => {
	test.setTimeout(180_000);
	// The teacher's online class, and two pupils in it (one a child).
	await teacher.goto('/teach');
	const online = teacher.getByRole('region', { name: 'Klasser på nett' });
	await online.getByRole('combobox', { name: 'Klasse eller gruppe' }).fill('5B');
	await online.getByRole('button', { name: 'Lag klassen på nett' }).click();
	await online.getByRole('button', { name: 'Jeg har tatt vare på den' }).click();
	const joinCode = (await online.locator('[data-join-code]').getAttribute('data-join-code'))!;
	const anne = await phone(browser, 'child');
	const per = await phone(browser, 'adult');
	const guest = await phone(browser, 'adult');
	for (const [pupil, nick] of [
		[anne, 'Ánne'],
		[per, 'Per']
	] as const) {
		await pupil.page.goto(`/join#${joinCode}`);
		await pupil.page.getByRole('textbox', { name: 'Kallenavn' }).fill(nick);
		await pupil.page.getByRole('button', { name: 'Bli med' }).click();
		await expect(pupil.page.getByText(`Velkommen i 5B, ${nick}!`)).toBeVisible();
	}

	// The teacher recorded the first words of the list (a generated tone here, never a voice): the
	// projector plays them.
	await teacher.evaluate(async () => {
		const deck = await (await fetch('/decks/reindeer-1.json')).json();
		const tone = new Uint8Array(44 + 1600);
		const db = await new Promise<IDBDatabase>((resolve) => {
			const open = indexedDB.open('lieredh');
			open.onsuccess = () => resolve(open.result);
		});
		// … and made an own list of those words (the lexicon's words, her title).
		const own = {
			format: 1,
			id: 'own-e2elive0001',
			title: { nb: 'Våre reinord', sv: 'Våre reinord', en: 'Våre reinord' },
			theme: 'own',
			level: 1,
			description: { nb: '', sv: '', en: '' },
			cards: deck.cards.slice(0, 8)
		};
		await new Promise((resolve) => {
			const tx = db.transaction('ownDecks', 'readwrite');
			tx.objectStore('ownDecks').put({ id: own.id, updated: Date.now(), deck: own });
			tx.oncomplete = resolve;
		});
		await new Promise((resolve) => {
			const tx = db.transaction('recordings', 'readwrite');
			for (const card of deck.cards.slice(0, 5))
				tx.objectStore('recordings').put({
					id: `reindeer-1/${card.id}`,
					deckId: 'reindeer-1',
					type: 'audio/wav',
					audio: new Blob([tone], { type: 'audio/wav' })
				});
			tx.oncomplete = resolve;
		});
		db.close();
	});

	// The projector: a list, five questions, then the lobby with the code and the QR.
	await online.getByRole('link', { name: 'Spill sammen med klassen' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Spill sammen');
	await teacher.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Reinen' });
	await teacher.getByRole('button', { name: 'Lag spillet' }).click();
	const code = (await teacher.locator('.code').innerText()).trim();
	expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
	await expect(teacher.getByRole('img', { name: 'Reinen' })).toBeVisible();

	// Class members are in under their class nickname; the guest types one.
	// Class members need no code at all: Ánne's Home offers her class's game, and Per's /play finds it.
	await anne.page.goto('/');
	await expect(anne.page.getByText('Klassen din spiller nå: Reinen')).toBeVisible();
	await anne.page.getByRole('link', { name: 'Bli med i spillet' }).click();
	await per.page.goto('/play');
	await expect(per.page.getByText('Klassen din spiller nå: Reinen')).toBeVisible();
	for (const pupil of [anne, per]) {
		await expect(pupil.page.getByRole('textbox', { name: 'Koden' })).toHaveValue(code);
		await expect(pupil.page.getByText(/Du spiller som .* fra klassen din/)).toBeVisible();
		await pupil.page.getByRole('button', { name: 'Bli med' }).click();
	}
	await guest.page.goto(`/play#${code}`);
	await guest.page.getByRole('textbox', { name: 'Kallenavn' }).fill('Gjest');
	await guest.page.getByRole('button', { name: 'Bli med' }).click();
	await expect(guest.page.getByText('Du er med, Gjest! Vent til læreren starter.')).toBeVisible();
	await expect(teacher.getByText('3 er med')).toBeVisible();
	await expect(teacher.locator('.players')).toContainText('Ánne');

	await teacher.getByRole('button', { name: 'Start spillet' }).click();
	for (let q = 1; q <= 5; q++) {
		await expect(teacher.getByText(`Spørsmål ${q} av 5`)).toBeVisible();
		if (q === 1) {
			for (const size of [
				{ width: 1280, height: 800 },
				{ width: 1920, height: 1080 }
			]) {
				await teacher.setViewportSize(size);
				const axe = await new AxeBuilder({ page: teacher })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
					.analyze();
				expect(axe.violations.map((v) => v.id)).toEqual([]);
			}
			await teacher.setViewportSize({ width: 1280, height: 800 });
		}
		// The South Sami word shown (questions 2 and 4) is heard with it; a meaning shown, not yet.
		await expect(teacher.getByRole('button', { name: 'Hør ordet' })).toHaveCount(q % 2 === 0 ? 1 : 0);
		if (q === 2) {
			// Per's network drops and comes back: the phone is in the same question again.
			await per.context.setOffline(true);
			await expect(per.page.getByText('Mistet forbindelsen – prøver igjen …')).toBeVisible();
			await per.context.setOffline(false);
			await expect(per.page.getByText('Mistet forbindelsen – prøver igjen …')).toBeHidden();
		}
		for (const pupil of [anne, per, guest]) {
			await expect(pupil.page.getByText(`Spørsmål ${q} av 5`)).toBeVisible();
			// Four big answers; a child never types.
			const answers = pupil.page.locator('.answers button');
			await expect(answers).toHaveCount(4);
			await expect(pupil.page.getByRole('textbox')).toHaveCount(0);
			await answers.nth(q % 4).click();
		}
		// Everyone has answered: the answer shows on the projector and every phone, with warm feedback.
		await expect(teacher.getByText(/Si ordet sammen: /)).toBeVisible();
		await expect(teacher.getByRole('button', { name: 'Hør ordet' })).toBeVisible();
		for (const pupil of [anne, per, guest])
			await expect(pupil.page.locator('.feedback')).toHaveText(/Riktig|Det riktige var/);
		await teacher.getByRole('button', { name: q < 5 ? 'Neste spørsmål' : 'Se resultatet' }).click();
	}
	await expect(teacher.getByRole('heading', { name: /Sammen kunne dere \d av 5 ord!/ })).toBeVisible();
	// A reloaded projector goes on with its game (here, its result), and can start the next one.
	await teacher.reload();
	await expect(teacher.getByRole('heading', { name: /Sammen kunne dere \d av 5 ord!/ })).toBeVisible();
	await teacher.getByRole('button', { name: 'Nytt spill' }).click();
	await expect(teacher.getByRole('button', { name: 'Lag spillet' })).toBeVisible();
	// The next game from the teacher's own list: the game brings the list along to the class service.
	await teacher.getByRole('combobox', { name: 'Ordliste' }).selectOption({ label: 'Våre reinord' });
	await teacher.getByRole('button', { name: 'Lag spillet' }).click();
	await expect(teacher.getByRole('heading', { name: 'Våre reinord' })).toBeVisible();
	for (const pupil of [anne, per, guest]) {
		await expect(pupil.page.getByRole('heading', { name: /Sammen kunne dere \d av 5 ord!/ })).toBeVisible();
		// Each device, the guest's too, keeps the five answers as reviews of those words.
		await expect.poll(() => liveReviews(pupil.page)).toBe(5);
	}
	// A reload does not keep them twice.
	await guest.page.reload();
	await expect(guest.page.getByRole('heading', { name: /Sammen kunne dere \d av 5 ord!/ })).toBeVisible();
	expect(await liveReviews(guest.page)).toBe(5);
	for (const pupil of [anne, per, guest]) await pupil.context.close();
});
