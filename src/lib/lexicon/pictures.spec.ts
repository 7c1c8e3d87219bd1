import { describe, expect, it } from 'vitest';
import { builtInDecks, deckPictures, deckSources, usedPictures } from '$lib/server/lessons';
import { parseLexicon } from './lexicon';
import { parsePictures, pictureCoverage, pictureProblems, pictureUrl } from './pictures';

const HEADER = 'lemma\tpos\topenmoji\tconcrete\twhy\n';

/** The decks a beginner and a child meet first: the beginner path and the everyday themes' first level. */
const EVERYDAY_THEMES = [
	'basics',
	'numbers',
	'family',
	'animals',
	'body',
	'clothes',
	'food',
	'home',
	'nature',
	'school',
	'weather',
	'time'
];
const beginnerAndEveryday = () =>
	builtInDecks().filter(
		(deck) => deck.theme === 'basics' || (EVERYDAY_THEMES.includes(deck.theme) && deck.level === 1)
	);

describe('pictures (lessons/pictures.tsv)', () => {
	it.each([
		[
			'a row without a reason',
			'bïenje\tN\t1F415\tyes\t\n',
			'pictures.tsv line 2: every row needs its reason'
		],
		[
			'a code that is not a hexcode',
			'bïenje\tN\tdog\tyes\tA dog.\n',
			'pictures.tsv line 2: "dog" is not an OpenMoji hexcode'
		],
		[
			'concrete neither yes nor no',
			'bïenje\tN\t1F415\tmaybe\tA dog.\n',
			'pictures.tsv line 2: concrete must be yes or no'
		],
		[
			'a word twice',
			'bïenje\tN\t1F415\tyes\tA dog.\nbïenje\tN\t1F436\tyes\tA dog face.\n',
			'pictures.tsv line 3: bïenje (N) twice'
		]
	])('refuses %s', (_name, rows, problem) => {
		expect(parsePictures(HEADER + rows).problems).toEqual([problem]);
	});

	it('refuses a word the lexicon lacks, and a drawing OpenMoji lacks', () => {
		const lexicon = parseLexicon('sma\tpos\tnob\tswe\teng\nbïenje\tN\thund\thund\tdog\n');
		const { rows } = parsePictures(
			HEADER + 'bïenje\tN\t1F999\tyes\tA dog.\nbovtse\tN\t1F98C\tyes\tA deer.\n'
		);
		expect(pictureProblems(lexicon, rows, (code) => code === '1F415')).toEqual([
			'pictures.tsv: bïenje has 1F999, which OpenMoji does not have',
			'pictures.tsv: bovtse (N) is not a lexicon word'
		]);
	});

	it('every row is a lexicon word with an OpenMoji drawing that exists (the build would stop otherwise)', () => {
		expect(deckPictures().size).toBeGreaterThan(200);
		expect(pictureProblems(deckSources().lexicon, [...deckPictures().values()], () => true)).toEqual([]);
	});

	it('never gives a reindeer word a picture: OpenMoji has no reindeer, and a deer would teach the wrong animal', () => {
		for (const deck of builtInDecks().filter((d) => d.theme === 'reindeer'))
			for (const card of deck.cards)
				if (['bovtse', 'båatsoe', 'miesie', 'aaltoe', 'sarva'].includes(card.sma))
					expect(card.picture, card.sma).toBeUndefined();
	});

	it('serves a picture as a same-origin address, and ships only the drawings the decks use', () => {
		const dog = builtInDecks()
			.find((deck) => deck.id === 'animals')!
			.cards.find((card) => card.sma === 'bïenje')!;
		expect(dog.picture).toBe(pictureUrl('1F415'));
		const used = usedPictures();
		expect(used).toContain('1F415');
		const rowsWithCode = [...deckPictures().values()].filter((row) => row.openmoji);
		expect(used.length).toBeLessThanOrEqual(new Set(rowsWithCode.map((row) => row.openmoji)).size);
		for (const deck of builtInDecks())
			for (const card of deck.cards) if (card.picture) expect(used).toContain(card.picture.slice(10, -4));
	});

	it('reviews every noun of the beginner and everyday decks, and pictures at least 44 % of the concrete ones (45 % today)', () => {
		const coverage = pictureCoverage(beginnerAndEveryday(), deckPictures());
		expect(coverage.unreviewed).toEqual([]);
		const share = coverage.pictured / coverage.concreteNouns;
		console.warn(
			`picture coverage: ${coverage.pictured} of ${coverage.concreteNouns} concrete nouns (${(share * 100).toFixed(1)} %)`
		);
		expect(share).toBeGreaterThanOrEqual(0.44);
	});
});
