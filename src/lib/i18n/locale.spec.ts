import { describe, expect, it } from 'vitest';
import { locale } from './locale.svelte';

describe('t: translated texts are remembered, and never stale', () => {
	it.each([
		['nb', 'nav.home', undefined, 'Hjem'],
		['nb', 'home.streak', { count: 1 }, '1 dag på rad – fint!'],
		['nb', 'home.streak', { count: 2 }, '2 dager på rad – fint!'],
		['sv', 'home.streak', { count: 2 }, '2 dagar i rad – fint!'],
		['en', 'home.streak', { count: 1 }, '1 day in a row – nice!'],
		['en', 'decks.level', { level: 3 }, 'Level 3'],
		// South Sami where a human text exists, Norwegian where it does not.
		['sma', 'nav.home', undefined, 'Aalkoesæjrose'],
		['sma', 'nav.skip', undefined, 'Hopp til innholdet']
	] as const)('%s %s %j → %s, the first time and again', async (lang, key, options, text) => {
		await locale.render(lang);
		expect(locale.t(key, options)).toBe(text);
		expect(locale.t(key, options)).toBe(text);
	});

	it('tells options apart by their values: 1 and 2 days are different texts', async () => {
		await locale.render('en');
		expect(locale.t('home.streak', { count: 2 })).toBe('2 days in a row – nice!');
		expect(locale.t('home.streak', { count: 1 })).toBe('1 day in a row – nice!');
		expect(locale.t('decks.level', { level: '1' })).toBe('Level 1');
		expect(locale.t('decks.level', { level: 1 })).toBe('Level 1');
	});

	it('the same key in another language is that language’s text, not the one remembered first', async () => {
		await locale.render('nb');
		expect(locale.t('nav.home')).toBe('Hjem');
		await locale.render('sv');
		expect(locale.t('nav.home')).toBe('Hem');
		await locale.render('nb');
		expect(locale.t('nav.home')).toBe('Hjem');
	});
});
