/**
 * src/boot.js runs before anything else, as a plain inline script, so it cannot import the app's rules.
 * These tables hold it to them: the language it goes to is pickLanguage's (or the saved one, or the
 * address's), and the address it goes to is pathInLanguage's, with the query and fragment kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, pathInLanguage, pickLanguage, type Language } from '$lib/i18n/languages';
import { LANGUAGE_STORAGE_KEY } from '$lib/i18n/locale.svelte';
import { LEARNER_KEY, LEARNERS } from '$lib/settings/preferences.svelte';
import { ACTIVE_PROFILE_KEY, FIRST_PROFILE, storageKeyOf } from '$lib/profiles/profiles';

const source = readFileSync('src/boot.js', 'utf8');

interface Visit {
	page: Language;
	path: string;
	saved?: string | null;
	browser?: string[];
	search?: string;
	hash?: string;
	guard?: string | null;
	learner?: string | null;
	/** The active profile; its learner is read from its own key (`lieredh:learner@<id>`). */
	profile?: string | null;
}

/** Runs the boot script against a pretend page; returns where it sent the browser (or null) and the theme. */
function boot({
	page,
	path,
	saved = null,
	browser = [],
	search = '',
	hash = '',
	guard = null,
	learner = null,
	profile = null
}: Visit) {
	let replaced: string | null = null;
	const session = new Map<string, string>(guard ? [['lieredh:redirect', guard]] : []);
	const root = { lang: page, dataset: {} as Record<string, string> };
	const window = { matchMedia: () => ({ matches: false, addEventListener: () => undefined }) };
	const run = new Function(
		'document',
		'location',
		'localStorage',
		'sessionStorage',
		'navigator',
		'window',
		source
	);
	run(
		{ documentElement: root },
		{ pathname: path, search, hash, replace: (to: string) => (replaced = to) },
		{
			getItem: (key: string) =>
				key === LANGUAGE_STORAGE_KEY
					? saved
					: key === ACTIVE_PROFILE_KEY
						? profile
						: key === storageKeyOf(profile ?? FIRST_PROFILE, LEARNER_KEY)
							? learner
							: null
		},
		{
			getItem: (key: string) => session.get(key) ?? null,
			setItem: (key: string, value: string) => session.set(key, value),
			removeItem: (key: string) => session.delete(key)
		},
		{ languages: browser },
		window
	);
	return { replaced: replaced as string | null, theme: root.dataset.theme, session, marks: root.dataset };
}

describe('boot: the learner lands on the page in their language', () => {
	it.each<[string, Visit, string | null]>([
		['a Norwegian browser on /', { page: 'nb', path: '/', browser: ['nb-NO'] }, null],
		['a Nynorsk browser on /', { page: 'nb', path: '/', browser: ['nn-NO', 'en'] }, null],
		['an English browser on /', { page: 'nb', path: '/', browser: ['en-GB', 'en'] }, '/en'],
		['a Swedish browser on /decks', { page: 'nb', path: '/decks', browser: ['sv-SE'] }, '/sv/decks'],
		['a German browser (not spoken here) on /', { page: 'nb', path: '/', browser: ['de-DE'] }, null],
		[
			'a saved Swedish choice on /study',
			{ page: 'nb', path: '/study', saved: 'sv', search: '?deck=places' },
			'/sv/study?deck=places'
		],
		['a saved Norwegian choice on /en/decks', { page: 'en', path: '/en/decks', saved: 'nb' }, '/decks'],
		['a saved South Sami choice on /en', { page: 'en', path: '/en', saved: 'sma' }, '/sma'],
		[
			'an English browser on /sv/decks (the address wins)',
			{ page: 'sv', path: '/sv/decks', browser: ['en'] },
			null
		],
		[
			'an assignment link in an English browser',
			{ page: 'nb', path: '/a', browser: ['en'], hash: '#A1.abc.123' },
			'/en/a#A1.abc.123'
		],
		['a saved language that is not one', { page: 'nb', path: '/', saved: 'xx', browser: ['nb'] }, null]
	])('%s', (_name, visit, expected) => {
		expect(boot(visit).replaced).toBe(expected);
	});

	it('goes where the app’s own rules say, for every language and page', () => {
		for (const lang of LANGUAGES) {
			for (const path of ['/', '/decks', '/decks/reindeer-1', '/teach/deck']) {
				const { replaced } = boot({ page: 'nb', path, saved: lang });
				expect(replaced ?? path).toBe(pathInLanguage(path, lang));
			}
		}
		for (const browser of [['en-US'], ['sv'], ['nb-NO'], ['no'], ['fi', 'sv-FI'], ['sma'], []]) {
			const { replaced } = boot({ page: 'nb', path: '/', browser });
			expect(replaced ?? '/').toBe(pathInLanguage('/', pickLanguage(browser)));
		}
	});

	it('goes only once: a page missing in that language does not bounce back and forth', () => {
		expect(
			boot({ page: 'nb', path: '/en/nowhere', browser: ['en'], guard: '/en/nowhere' }).replaced
		).toBeNull();
	});

	it('forgets the guard once the page is in the right language, and still sets the theme', () => {
		const { session, theme } = boot({ page: 'en', path: '/en', browser: ['en'], guard: '/en' });
		expect(session.has('lieredh:redirect')).toBe(false);
		expect(theme).toBe('light');
	});
});

describe('boot: Home’s first-visit questions', () => {
	// Both are in the prerendered page; the marks hide them before the first paint for whoever answered.
	it.each<[string, Visit, { language: boolean; learner: boolean }]>([
		['a first visit', { page: 'nb', path: '/', browser: ['nb-NO'] }, { language: false, learner: false }],
		['a saved language', { page: 'sv', path: '/', saved: 'sv' }, { language: true, learner: false }],
		['a saved child', { page: 'nb', path: '/', learner: 'child' }, { language: false, learner: true }],
		[
			'both answered',
			{ page: 'nb', path: '/', saved: 'nb', learner: 'adult' },
			{ language: true, learner: true }
		],
		[
			'a saved language not offered',
			{ page: 'nb', path: '/', saved: 'de' },
			{ language: false, learner: false }
		],
		[
			'a second profile that chose',
			{ page: 'nb', path: '/', profile: 'k3x9', learner: 'child' },
			{ language: false, learner: true }
		],
		[
			'a learner value not known',
			{ page: 'nb', path: '/', learner: 'teen' },
			{ language: false, learner: false }
		]
	])('%s', (_name, visit, expected) => {
		const { marks } = boot(visit);
		expect({ language: 'chosenLanguage' in marks, learner: 'chosenLearner' in marks }).toEqual(expected);
	});

	it('knows every answer the app can store, under the app’s own keys', () => {
		for (const learner of LEARNERS)
			expect(boot({ page: 'nb', path: '/', learner }).marks).toHaveProperty('chosenLearner');
		for (const saved of LANGUAGES)
			expect(boot({ page: saved, path: '/', saved }).marks).toHaveProperty('chosenLanguage');
	});
});
