import { describe, expect, it } from 'vitest';
import {
	builtInDecks,
	deckPictures,
	deckSources,
	ownDrawings,
	pictureSvg,
	usedPictures
} from '$lib/server/lessons';
import { parseLexicon } from './lexicon';
import {
	isOwnDrawing,
	parsePictures,
	pictureCode,
	pictureCoverage,
	pictureProblems,
	pictureUrl
} from './pictures';

const HEADER = 'lemma\tpos\topenmoji\tconcrete\twhy\tdrawing\n';

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
			'a drawing name that could be taken for a hexcode',
			'buertie\tN\t\tyes\tA table.\tTable\n',
			'pictures.tsv line 2: "Table" is not a drawing\'s name (a-z, 0-9, -)'
		],
		[
			'both an OpenMoji code and a drawing',
			'bïenje\tN\t1F415\tyes\tA dog.\tdog\n',
			'pictures.tsv line 2: bïenje has both an OpenMoji code and a drawing'
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

	it('refuses a word the lexicon lacks, and a drawing OpenMoji or lessons/drawings lacks', () => {
		const lexicon = parseLexicon(
			'sma\tpos\tnob\tswe\teng\nbïenje\tN\thund\thund\tdog\nbuertie\tN\tbord\tbord\ttable\n'
		);
		const { rows } = parsePictures(
			HEADER +
				'bïenje\tN\t1F999\tyes\tA dog.\t\nbovtse\tN\t1F98C\tyes\tA deer.\t\nbuertie\tN\t\tyes\tA table.\tdesk\n'
		);
		expect(pictureProblems(lexicon, rows, (code) => code === '1F415' || code === 'table')).toEqual([
			'pictures.tsv: bïenje has 1F999, which OpenMoji does not have',
			'pictures.tsv: bovtse (N) is not a lexicon word',
			'pictures.tsv: buertie has the drawing desk, which lessons/drawings does not have'
		]);
	});

	it('serves a word drawn for Lïeredh like an OpenMoji one, from the same address scheme', () => {
		const table = builtInDecks()
			.flatMap((deck) => deck.cards)
			.find((card) => card.sma === 'buertie')!;
		expect(table.picture).toBe(pictureUrl('table'));
		expect(isOwnDrawing('table')).toBe(true);
		expect(isOwnDrawing('1F415')).toBe(false);
	});

	it('every drawing made for Lïeredh is used by a row, is a plain 72×72 SVG with its licence, and loads nothing', () => {
		const named = new Set([...deckPictures().values()].map((row) => row.drawing).filter(Boolean));
		expect(ownDrawings()).toEqual([...named].sort());
		for (const name of ownDrawings()) {
			const svg = pictureSvg(name)!;
			expect(svg, name).toMatch(/^<svg [^>]*viewBox="0 0 72 72"/);
			expect(svg, name).toContain('CC BY-SA 4.0');
			// No script, no foreign object, no reference to any file or address: a picture is only shapes.
			expect(svg, name).not.toMatch(/<script|<foreignObject|<image|href=|url\(|@import|on[a-z]+=/i);
			expect(svg.trimEnd(), name).toMatch(/<\/svg>$/);
		}
	});

	it('every row is a lexicon word with an OpenMoji drawing that exists (the build would stop otherwise)', () => {
		expect(deckPictures().size).toBeGreaterThan(200);
		expect(pictureProblems(deckSources().lexicon, [...deckPictures().values()], () => true)).toEqual([]);
	});

	it("never shows OpenMoji's deer for a reindeer: the reindeer is drawn for Lïeredh, and words one drawing cannot tell apart get none", () => {
		const reindeerCards = builtInDecks()
			.filter((deck) => deck.theme === 'reindeer')
			.flatMap((deck) => deck.cards);
		expect(reindeerCards.find((card) => card.sma === 'bovtse')!.picture).toBe(pictureUrl('reindeer'));
		for (const card of reindeerCards) {
			expect(card.picture, card.sma).not.toBe(pictureUrl('1F98C'));
			// A female, a bull, a calf and herding itself would all look like "a reindeer".
			if (['båatsoe', 'miesie', 'aaltoe', 'sarva'].includes(card.sma))
				expect(card.picture, card.sma).toBeUndefined();
		}
	});

	it('serves a picture as a same-origin address, and ships only the drawings the decks use', () => {
		const dog = builtInDecks()
			.find((deck) => deck.id === 'animals')!
			.cards.find((card) => card.sma === 'bïenje')!;
		expect(dog.picture).toBe(pictureUrl('1F415'));
		const used = usedPictures();
		expect(used).toContain('1F415');
		const codes = [...deckPictures().values()].map(pictureCode).filter(Boolean);
		expect(used.length).toBeLessThanOrEqual(new Set(codes).size);
		for (const deck of builtInDecks())
			for (const card of deck.cards) if (card.picture) expect(used).toContain(card.picture.slice(10, -4));
	});

	it('reviews every noun of the beginner and everyday decks, and pictures at least 70 % of the concrete ones (73 % today: 165 of 225)', () => {
		const coverage = pictureCoverage(beginnerAndEveryday(), deckPictures());
		expect(coverage.unreviewed).toEqual([]);
		const share = coverage.pictured / coverage.concreteNouns;
		console.warn(
			`picture coverage: ${coverage.pictured} of ${coverage.concreteNouns} concrete nouns (${(share * 100).toFixed(1)} %)`
		);
		expect(share).toBeGreaterThanOrEqual(0.7);
	});
});
