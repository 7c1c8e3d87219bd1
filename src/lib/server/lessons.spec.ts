import { describe, expect, it } from 'vitest';
import { builtInDecks, deckIndex, deckSources, projectEnglish, readDeck, servedLexicon } from './lessons';
import { describeProblem } from '$lib/decks/validate';
import { lexiconKey } from '$lib/lexicon/lexicon';

describe('the built-in decks', () => {
	const decks = builtInDecks();

	it('hold at least 15 decks and 450 cards, 12–40 cards a deck', () => {
		expect(decks.length).toBeGreaterThanOrEqual(15);
		expect(decks.reduce((sum, deck) => sum + deck.cards.length, 0)).toBeGreaterThanOrEqual(450);
		for (const deck of decks) {
			expect(deck.cards.length, deck.id).toBeGreaterThanOrEqual(12);
			expect(deck.cards.length, deck.id).toBeLessThanOrEqual(40);
		}
	});

	it('take every word, part of speech and translation from the bundled lexicon (as corrected), or the project’s reviewed English', () => {
		const { lexicon } = deckSources();
		const served = servedLexicon();
		const english = projectEnglish();
		for (const deck of decks) {
			for (const card of deck.cards) {
				const key = lexiconKey(card.sma, card.pos);
				const entry = lexicon.get(key);
				expect(entry, `${deck.id}/${card.id}: ${card.sma} (${card.pos})`).toBeDefined();
				for (const lang of ['nb', 'sv', 'en'] as const) {
					const from =
						lang === 'en' && card.enByProject
							? new Set(english.get(key)!.flatMap((row) => row.english))
							: served.get(key)!.glosses[lang];
					for (const gloss of card[lang]) expect(from, `${deck.id}/${card.id} ${lang}`).toContain(gloss);
				}
			}
		}
	});

	it('teach Plaassja as the headword for Røros, with Plassje only as an accepted variant', () => {
		const cards = decks.flatMap((deck) => deck.cards);
		const roros = cards.filter((card) => card.nb.includes('Røros'));
		expect(roros.map((card) => card.sma)).toEqual(expect.arrayContaining(['Plaassja']));
		expect(cards.some((card) => card.sma === 'Plassje')).toBe(false);
		expect(cards.find((card) => card.sma === 'Plaassja')?.variants).toContain('Plassje');
	});

	it('cover the herding year, the places and the local deck the brief asks for', () => {
		const words = (id: string) => decks.find((deck) => deck.id === id)?.cards.map((card) => card.sma) ?? [];
		expect(words('herding-year')).toEqual(
			expect.arrayContaining([
				'gïjredaelvie',
				'gïjre',
				'gïjregiesie',
				'giesie',
				'tjaktjegiesie',
				'tjaktje',
				'tjaktjedaelvie',
				'daelvie'
			])
		);
		expect(words('places')).toEqual(
			expect.arrayContaining(['Plaassja', 'Praahke', 'Tråante', 'Staare', 'Eengerdaelie'])
		);
		expect(words('plaassja-today')).toEqual(
			expect.arrayContaining([
				'Plaassja',
				'Rossen tjïelte',
				'saemie',
				'båatsoe',
				'tjïelte',
				'healsoe',
				'gïele',
				'Saemien healsoedåehkie',
				'Saemien Raerie'
			])
		);
		expect(words('herding-work')).toEqual(expect.arrayContaining(['soehpenje', 'gïerte', 'mïerhke']));
	});

	it('start with a beginner path, from greetings to describing words, before any herding vocabulary', () => {
		const ids = decks.map((deck) => deck.id);
		expect(ids.slice(0, 9)).toEqual([
			'greetings',
			'me-and-you',
			'questions',
			'everyday-verbs',
			'key-verbs',
			'doing-verbs',
			'describing-words',
			// The numbers 0–20 early in the path.
			'numbers',
			'numbers-100'
		]);
		const words = (id: string) => decks.find((deck) => deck.id === id)!.cards.map((card) => card.sma);
		expect(words('greetings')).toEqual(
			expect.arrayContaining([
				'buaregh',
				'buerie biejjie',
				'buerie iehkede',
				'buerie jïjje',
				'gæjhta',
				'jaa',
				'ijje',
				'buerie båeteme'
			])
		);
		expect(words('me-and-you')).toEqual(expect.arrayContaining(['manne', 'datne', 'dïhte']));
		expect(words('questions')).toEqual(
			expect.arrayContaining(['mij', 'gie', 'gusnie', 'gåessie', 'man gellie', 'guktie'])
		);
		expect(words('everyday-verbs')).toEqual(
			expect.arrayContaining([
				'årrodh',
				'byöpmedidh',
				'jovkedh',
				'åeredh',
				'vaedtsedh',
				'båetedh',
				'soptsestidh',
				'sïjhtedh'
			])
		);
		expect(words('describing-words')).toEqual(
			expect.arrayContaining(['stoere', 'onne', 'buerie', 'båeries', 'orre'])
		);
		expect(words('numbers-100')).toEqual(expect.arrayContaining(['nulle', 'golmeluhkie', 'stoereluhkie']));
		// Multiword lexicon entries are phrase cards.
		expect(
			decks.find((d) => d.id === 'greetings')!.cards.filter((c) => c.pos === 'Phrase').length
		).toBeGreaterThan(3);
		const beginner = decks.filter((deck) => deck.theme === 'basics' || deck.id === 'numbers-100');
		console.warn(
			`beginner path: ${beginner.length} decks, ${beginner.reduce((n, d) => n + d.cards.length, 0)} words`
		);
	});

	it('shows no usage notes in brackets as translations (the errata move them into notes)', () => {
		for (const deck of decks.filter((d) => d.theme === 'basics'))
			for (const card of deck.cards)
				for (const gloss of [...card.nb, ...card.sv, ...card.en]) expect(gloss, card.sma).not.toMatch(/\[/);
	});

	it('gives the beginner words Swedish and English, through the reviewed files where the lexicon has none', () => {
		for (const deck of decks.filter((d) => d.theme === 'basics' || d.id === 'numbers-100'))
			for (const card of deck.cards) {
				expect(card.sv.length, `${deck.id}/${card.id} sv`).toBeGreaterThan(0);
				expect(card.en.length, `${deck.id}/${card.id} en`).toBeGreaterThan(0);
			}
		const jeg = decks.find((d) => d.id === 'me-and-you')!.cards.find((c) => c.sma === 'manne')!;
		expect(jeg).toMatchObject({ nb: ['jeg'], sv: ['jag'], en: ['I'], enByProject: true });
	});

	it('lead the reindeer decks with the words a child knows: reindeer, calf, herder, lasso', () => {
		const reindeer = decks.filter((deck) => deck.theme === 'reindeer');
		expect(reindeer[0]!.id).toBe('reindeer-1');
		expect(reindeer[0]!.cards.slice(0, 4).map((card) => card.nb[0])).toEqual([
			'rein',
			'reinkalv',
			'gjeter',
			'lasso'
		]);
		// The castration and age terms are a deck of their own, later on.
		const later = ['råantjoe', 'råahke', 'tjorme', 'lööhpe', 'gaatske', 'orreråantja', 'svaejlehke'];
		expect(reindeer[0]!.cards.filter((card) => later.includes(card.sma))).toEqual([]);
		const ages = decks.find((deck) => deck.id === 'reindeer-ages')!;
		expect(ages.level).toBeGreaterThan(1);
		expect(ages.cards.map((card) => card.sma)).toEqual(expect.arrayContaining(later));
	});

	it('teach the words learners need most: 60 verbs, nomme, every month, today, the food thanks', () => {
		const cards = decks.flatMap((deck) => deck.cards);
		const words = new Set(cards.map((card) => card.sma));
		expect(
			new Set(cards.filter((card) => card.pos === 'V').map((card) => card.sma)).size
		).toBeGreaterThanOrEqual(60);
		for (const verb of ['edtjedh', 'åadtjodh', 'utnedh', 'vedtedh', 'maehtedh', 'tjoeredh', 'jiehtedh'])
			expect(words, verb).toContain(verb);
		for (const word of ['nomme', 'daan biejjien', 'jååktan', 'jirreden', 'gudtsien', 'gussene gussene'])
			expect(words, word).toContain(word);
		const year = decks.find((deck) => deck.id === 'herding-year')!.cards.flatMap((card) => card.nb);
		const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august'];
		for (const month of [...months, 'september', 'oktober', 'november', 'desember'])
			expect(year, month).toContain(month);
	});

	it('serve an index in the public format', () => {
		const index = deckIndex();
		expect(index.format).toBe(1);
		expect(index.decks[0]).toMatchObject({ id: expect.any(String), cards: expect.any(Number) });
		for (const summary of index.decks) expect(summary.url).toBe(`/decks/${summary.id}.json`);
	});
});

describe('a broken deck file', () => {
	const header = `id: test\ntitle: { nb: Test, sv: Test, en: Test }\ntheme: reindeer\nlevel: 1\ndescription: { nb: T, sv: T, en: T }\n`;
	const bovtse = `  - { id: bovtse, sma: bovtse, pos: N, nb: [rein], sv: [ren], en: [reindeer] }\n`;

	it.each([
		[
			'an unknown word',
			`cards:\n${bovtse}  - { id: x, sma: bovtsie, pos: N, nb: [rein] }\n`,
			'lessons/test.yaml, card x: unknown-word (bovtsie)'
		],
		[
			'a wrong part of speech',
			`cards:\n  - { id: b, sma: bovtse, pos: V, nb: [rein] }\n`,
			'lessons/test.yaml, card b: wrong-pos (bovtse is N, not V)'
		],
		[
			'an invented translation',
			`cards:\n  - { id: b, sma: bovtse, pos: N, nb: [rein], en: [caribou] }\n`,
			'lessons/test.yaml, card b: unknown-gloss (en: caribou)'
		],
		[
			'a duplicate card id',
			`cards:\n${bovtse}${bovtse}`,
			'lessons/test.yaml, card bovtse: duplicate-card-id'
		],
		[
			'a missing field',
			`cards:\n  - { id: b, sma: bovtse, nb: [rein] }\n`,
			'lessons/test.yaml, card b: missing-field (pos)'
		],
		[
			'a misspelt field',
			`cards:\n  - { id: b, sma: bovtse, pos: N, nob: [rein] }\n`,
			'lessons/test.yaml, card b: unknown-field (nob)'
		],
		[
			'a variant that is not a spelling of the word',
			`cards:\n  - { id: p, sma: Plaassja, pos: Prop, variants: [Staare], nb: [Røros] }\n`,
			'lessons/test.yaml, card p: bad-variant (Staare)'
		],
		['no cards', `cards: []\n`, 'lessons/test.yaml: no-cards']
	])('is refused for %s, naming file, card and problem', (_name, body, message) => {
		const { deck, problems } = readDeck(header + body, 'test');
		expect(deck).toBeUndefined();
		expect(problems.map(describeProblem)).toContain(message);
	});

	it('is refused for a South Sami title that no reference gives', () => {
		const text = header.replace('en: Test }', 'en: Test, sma: Båhtsoeh jïh maanah }') + `cards:\n${bovtse}`;
		expect(readDeck(text, 'test').problems.map(describeProblem)).toEqual([
			'lessons/test.yaml: unsourced-sma-title (Båhtsoeh jïh maanah)'
		]);
	});

	it('is refused when its YAML does not parse, or its id differs from its file name', () => {
		expect(readDeck('id: [unclosed', 'test').problems[0]).toMatchObject({
			file: 'test',
			code: 'not-an-object'
		});
		expect(readDeck(header + `cards:\n${bovtse}`, 'other').problems.map(describeProblem)).toEqual([
			'lessons/other.yaml: id-mismatch (test)'
		]);
	});

	it('passes when it is right', () => {
		const { deck, problems } = readDeck(header + `cards:\n${bovtse}`, 'test');
		expect(problems).toEqual([]);
		expect(deck?.cards[0]).toEqual({
			id: 'bovtse',
			sma: 'bovtse',
			variants: [],
			pos: 'N',
			nb: ['rein'],
			sv: ['ren'],
			en: ['reindeer']
		});
	});
});
