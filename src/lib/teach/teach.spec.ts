import { describe, expect, it } from 'vitest';
import { codeFromText, decode, encode, type CodeProblem } from './codes';
import {
	goalMet,
	wordsNeeded,
	newAssignment,
	readAssignment,
	readResult,
	copyTitle,
	wordProgress,
	type Assignment
} from './assignment';
import { cardIdFor, copyOfOwnDeck, readOwnDeck, type OwnDeck } from './ownDeck';
import { classTable, isPractising, isWeak, toCsv } from './classTable';
import { readDeckFile, writeDeckFile } from './deckFile';
import { readShortLink, shortAssignmentLink } from './open';
import QRCode from 'qrcode';
import { builtInDecks } from '$lib/server/lessons';
import { newMemory, review, Rating } from '$lib/srs/fsrs';
import { ownReindeerDeck, reindeerAssignment, reindeerDeck } from '$lib/testing/fixtures';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24, 12);

const ownDeck = ownReindeerDeck;
const assignment = reindeerAssignment;

describe('codes', () => {
	it('round-trips an assignment through a compact, versioned code', async () => {
		const code = await encode('A', assignment);
		expect(code).toMatch(/^A1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{8}$/);
		const decoded = await decode('A', `https://lieredh.example/a#${code}`.slice(-code.length));
		expect(decoded).toEqual({ ok: true, value: assignment });
		expect(readAssignment(decoded.ok && decoded.value)).toEqual({ ok: true, value: assignment });
	});

	it('finds the code inside a pasted link', () => {
		expect(codeFromText('  http://localhost:4173/a#A1.abc.12345678 ')).toBe('A1.abc.12345678');
		expect(codeFromText('R1.abc.12345678')).toBe('R1.abc.12345678');
	});

	it.each<[string, string | (() => Promise<string>), CodeProblem]>([
		['nothing', '   ', { code: 'empty' }],
		['a web address', 'https://example.org/some/page', { code: 'foreign' }],
		['a result code where an assignment is expected', () => encode('R', { v: 1 }), { code: 'other-kind' }],
		[
			'a newer version',
			async () => (await encode('A', assignment)).replace(/^A1\./, 'A2.'),
			{ code: 'unknown-version', version: '2' }
		],
		['a cut-off code', async () => (await encode('A', assignment)).slice(0, 40), { code: 'damaged' }],
		[
			'a changed letter',
			async () => {
				const code = await encode('A', assignment);
				const at = 20;
				return code.slice(0, at) + (code[at] === 'a' ? 'b' : 'a') + code.slice(at + 1);
			},
			{ code: 'damaged' }
		],
		['an endless code', 'A1.' + 'a'.repeat(300_000) + '.12345678', { code: 'too-big' }]
	])('refuses %s', async (_, input, problem) => {
		const code = typeof input === 'string' ? input : await input();
		expect(await decode('A', code)).toEqual({ ok: false, problem });
	});

	it('refuses a small code that inflates to megabytes', async () => {
		const bomb = await encode('A', { v: 1, padding: 'x'.repeat(3_000_000) });
		expect(bomb.length).toBeLessThan(10_000);
		expect(await decode('A', bomb)).toEqual({ ok: false, problem: { code: 'too-big' } });
	});
});

describe('reading assignments and results', () => {
	it.each<[string, unknown, string]>([
		['no decks', { ...assignment, decks: [] }, 'decks'],
		['a date that is not one', { ...assignment, due: '2026-13-45' }, 'due'],
		['a goal we do not know', { ...assignment, goal: { kind: 'fast' } }, 'goal.kind'],
		['a recall target of 100 %', { ...assignment, goal: { kind: 'recall', target: 100 } }, 'goal.target'],
		['a share over 100 %', { ...assignment, goal: { kind: 'recall', target: 80, share: 120 } }, 'goal.share'],
		[
			'an own deck with a card without translations',
			{ ...assignment, decks: [{ own: { ...ownDeck, cards: [{ id: 'x', sma: 'x', nb: [] }] } }] },
			'decks[0].own.cards[0].nb'
		],
		[
			'two cards with one id',
			{ ...assignment, decks: [{ own: { ...ownDeck, cards: [ownDeck.cards[0], ownDeck.cards[0]] } }] },
			'decks[0].own.cards[1].id'
		],
		['a title as a list', { ...assignment, title: ['x'] }, 'title'],
		[
			'a form group we do not know',
			{ ...assignment, decks: [{ builtIn: 'reindeer-1', forms: 'dual' }] },
			'decks[0].forms'
		],
		['version 2', { ...assignment, v: 2 }, 'v']
	])('refuses an assignment with %s', (_, value, path) => {
		expect(readAssignment(value)).toMatchObject({ ok: false, path });
	});

	it('reads a form group of a built-in deck, and a new one lists the words that have it', () => {
		const forms = { ...assignment, decks: [{ builtIn: 'reindeer-1', words: ['bovtse'], forms: 'cases' }] };
		expect(readAssignment(forms)).toEqual({ ok: true, value: forms });
		const made = newAssignment({
			deck: reindeerDeck,
			words: ['bovtse', 'miesie'],
			title: 'Kasus',
			group: '5B',
			due: '2026-12-01',
			goal: { kind: 'typed' },
			forms: 'cases'
		});
		expect(made.decks).toEqual([{ builtIn: 'reindeer-1', words: ['bovtse', 'miesie'], forms: 'cases' }]);
	});

	it('refuses a deck of more than 500 cards and says so', () => {
		const cards = Array.from({ length: 501 }, (_, i) => ({ ...ownDeck.cards[0], id: `w${i}` }));
		expect(readAssignment({ ...assignment, decks: [{ own: { ...ownDeck, cards } }] })).toMatchObject({
			ok: false,
			tooMany: true
		});
		expect(readOwnDeck({ ...ownDeck, cards })).toMatchObject({ ok: false, tooMany: true });
	});

	it('keeps hostile text as text', () => {
		const title = '<script>alert(1)</script>';
		const read = readAssignment({ ...assignment, title });
		expect(read.ok && read.value.title).toBe(title);
	});

	it('reads a result code and nothing beyond its fields', () => {
		const result = {
			v: 1,
			assignment: assignment.id,
			nick: 'Ánne',
			words: [['own-k3v9x2ab0c1d/bovtse', 93, 1]],
			done: now,
			at: now,
			email: 'anne@example.org'
		};
		const read = readResult(result);
		expect(read.ok && Object.keys(read.value).sort()).toEqual([
			'assignment',
			'at',
			'done',
			'nick',
			'v',
			'words'
		]);
		expect(readResult({ ...result, words: [['x', 140, 1]] })).toMatchObject({
			ok: false,
			path: 'words[0][1]'
		});
		expect(readResult({ ...result, nick: '  ' })).toMatchObject({ ok: false, path: 'nick' });
	});

	it.each([
		['three fields (an older app)', ['d/bovtse', 0, 0], true],
		['four: the answers given', ['d/bovtse', 0, 0, 7], true],
		['answers beyond any evening', ['d/bovtse', 0, 0, 1e9], false],
		['answers as text', ['d/bovtse', 0, 0, '7'], false],
		['five fields', ['d/bovtse', 0, 0, 7, 1], false]
	])('a result word with %s: read %s', (_name, word, ok) => {
		const result = { v: 1, assignment: assignment.id, nick: 'Piera', words: [word], done: null, at: now };
		expect(readResult(result).ok).toBe(ok);
	});
});

describe('goal progress', () => {
	const learned = review(
		review(newMemory(now - 3 * DAY), Rating.Good, now - 3 * DAY),
		Rating.Good,
		now - 2 * DAY
	);
	it.each<[string, Assignment['goal'], boolean[], boolean]>([
		['typed: every word typed right', { kind: 'typed' }, [true, true], true],
		['typed: one word not yet', { kind: 'typed' }, [true, false], false],
		['recall 50 %: both learned', { kind: 'recall', target: 50 }, [false, false], true],
		['recall 99 %: not that sure', { kind: 'recall', target: 99 }, [true, true], false]
	])('%s', (_, goal, typed, met) => {
		const words = wordProgress(
			typed.map((typedRight, i) => ({ key: `d/w${i}`, memories: [learned, learned], typedRight })),
			now + DAY
		);
		expect(goalMet(goal, words)).toBe(met);
	});

	// "Knows 80 % of the words": 14 of 16 known is 87.5 %, met; a word counts as known at the target.
	it.each<[string, number | undefined, number, number, boolean]>([
		['80 % of 16 words, 14 known', 80, 16, 14, true],
		['80 % of 16 words, 12 known', 80, 16, 12, false],
		['80 % of 16 words, 13 known (13 = 81 %)', 80, 16, 13, true],
		['80 % of 5 words needs 4', 80, 5, 3, false],
		['no share (an older link): every word', undefined, 16, 15, false],
		['no share: all 16', undefined, 16, 16, true],
		['100 %: every word', 100, 4, 4, true]
	])('recall goal, %s', (_, share, count, known, met) => {
		const goal: Assignment['goal'] = {
			kind: 'recall',
			target: 80,
			...(share === undefined ? {} : { share })
		};
		const words = Array.from({ length: count }, (__, i) => ({
			key: `d/w${i}`,
			recall: i < known ? 0.9 : 0.5,
			typed: false
		}));
		expect(goalMet(goal, words)).toBe(met);
		expect(wordsNeeded(goal, count)).toBe(share === undefined ? count : Math.ceil((share / 100) * count));
	});

	it('reads a share from a link, and a link without one as every word', () => {
		const read = readAssignment({ ...assignment, goal: { kind: 'recall', target: 80, share: 75 } });
		expect(read).toMatchObject({ ok: true, value: { goal: { kind: 'recall', target: 80, share: 75 } } });
		const old = readAssignment({ ...assignment, goal: { kind: 'recall', target: 80 } });
		expect(old.ok && old.value.goal).toEqual({ kind: 'recall', target: 80 });
	});

	it('counts a word with an unstudied card as not recalled', () => {
		const [word] = wordProgress([{ key: 'd/w', memories: [learned, undefined], typedRight: true }], now);
		expect(word!.recall).toBe(0);
	});
});

describe('card ids of own decks', () => {
	it.each<[string, string[], string]>([
		['gïerte', [], 'gierte'],
		['ryöjnesjæjja', [], 'ryojnesjaejja'],
		['Rossen tjïelte', [], 'rossen-tjielte'],
		['bovtse', ['bovtse', 'bovtse-2'], 'bovtse-3']
	])('%s → %s', (sma, taken, id) => {
		expect(cardIdFor(sma, new Set(taken))).toBe(id);
	});
});

describe('fuzz: 10,000 mutated codes', () => {
	it('never crashes a decoder and never accepts a changed code', async () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const alphabet = 'ABCRabcxyz0129-_.#%<>"\' \n\u00e6\u{1F98C}';
		const originals = [
			await encode('A', assignment),
			await encode('R', { v: 1, assignment: 'x', nick: 'Ánne', words: [], done: null, at: now })
		];
		let accepted = 0;
		for (let i = 0; i < 10_000; i++) {
			const original = originals[i % 2]!;
			let code = original;
			for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
				const at = Math.floor(random() * code.length);
				const char = alphabet[Math.floor(random() * alphabet.length)]!;
				const kind = Math.floor(random() * 5);
				if (kind === 0) code = code.slice(0, at) + char + code.slice(at + 1);
				else if (kind === 1) code = code.slice(0, at) + code.slice(at + 1);
				else if (kind === 2) code = code.slice(0, at) + char + code.slice(at);
				else if (kind === 3) code = code.slice(0, at);
				else
					code = code.slice(0, at) + code.slice(at + 1, at + 2) + code.slice(at, at + 1) + code.slice(at + 2);
			}
			for (const kind of ['A', 'R'] as const) {
				const decoded = await decode(kind, code);
				if (decoded.ok) {
					const read = kind === 'A' ? readAssignment(decoded.value) : readResult(decoded.value);
					expect(read.ok || typeof read.path === 'string').toBe(true);
					// Only a code whose payload is unchanged gets through (e.g. a trailing space trimmed).
					expect(code.trim()).toBe(original);
					accepted++;
				} else {
					expect(decoded.problem.code).toMatch(
						/^(empty|foreign|other-kind|unknown-version|damaged|too-big)$/
					);
				}
			}
		}
		expect(accepted).toBeLessThan(100);
	}, 60_000);
});

/** The spreadsheet's headings as the Norwegian interface writes them. */
const HEADINGS = {
	pupil: 'Elev',
	group: 'Klasse',
	assignment: 'Oppgave',
	handedIn: 'Levert',
	goal: 'Mål nådd',
	words: 'Ord kunnet av 3',
	yes: 'ja',
	no: 'nei',
	notHandedIn: 'ikke levert ennå',
	practising: (answers: number) => `øver (${answers} svar)`
};

describe('the class table', () => {
	const result = (
		nick: string,
		words: ([string, number, 0 | 1] | [string, number, 0 | 1, number])[],
		done: number | null = null
	) => ({
		v: 1 as const,
		assignment: 'x7Gq2pLm9a',
		nick,
		words,
		done,
		at: now
	});
	const keys = ['d/bovtse', 'd/gierte', 'd/aajege'];
	const results = [
		result('Ole', [
			['d/bovtse', 90, 1],
			['d/gierte', 40, 0],
			['d/aajege', 80, 1]
		]),
		result(
			'=cmd|calc',
			[
				['d/bovtse', 100, 1],
				['d/gierte', 60, 1],
				['d/aajege', 95, 1]
			],
			now
		)
	];

	it('puts the words the class is weakest on first, and knows who met the goal', () => {
		const table = classTable(results, { kind: 'typed' }, keys, 'progress');
		expect(table.words.map((word) => [word.key, word.classRecall])).toEqual([
			['d/gierte', 50],
			['d/aajege', 88],
			['d/bovtse', 95]
		]);
		expect(table.students.map((s) => [s.nick, s.met, s.goalMet])).toEqual([
			['=cmd|calc', 3, true],
			['Ole', 2, false]
		]);
	});

	it('writes a CSV Nordic Excel opens: BOM, semicolons, Sami letters, never a formula or a date; read back', () => {
		const table = classTable(results, { kind: 'typed' }, keys, 'name');
		const csv = toCsv(table, {
			separator: ';',
			headings: HEADINGS,
			missing: ['Jon'],
			assignment: { title: 'Ryöjnesjæjja; og gïerte', group: '5B' },
			date: (ms) => new Date(ms).toISOString().slice(0, 10),
			wordLabel: (key) => ({ 'd/bovtse': 'bovtse', 'd/gierte': 'gïerte', 'd/aajege': 'Aajege' })[key]!
		});
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = readCsv(csv.slice(1), ';');
		expect(rows[0]).toEqual([
			'Elev',
			'Klasse',
			'Oppgave',
			'Levert',
			'Mål nådd',
			'Ord kunnet av 3',
			'gïerte %',
			'gïerte ✓',
			'Aajege %',
			'Aajege ✓',
			'bovtse %',
			'bovtse ✓'
		]);
		expect(rows[1]).toEqual([
			"'=cmd|calc",
			'5B',
			'Ryöjnesjæjja; og gïerte',
			'2026-11-24',
			'ja',
			'3',
			'60',
			'✓',
			'95',
			'✓',
			'100',
			'✓'
		]);
		expect(rows[2]).toEqual([
			'Ole',
			'5B',
			'Ryöjnesjæjja; og gïerte',
			'2026-11-24',
			'nei',
			'2',
			'40',
			'',
			'80',
			'✓',
			'90',
			'✓'
		]);
		// A pupil on the class list who has not handed in is a row too.
		expect(rows[3]).toEqual(['Jon', '5B', 'Ryöjnesjæjja; og gïerte', 'ikke levert ennå', 'nei', '0']);
		expect(rows).toHaveLength(4);
	});

	it('shows a word just started as practising with its answers, in the table and the CSV, not as 0 %', () => {
		const started = [
			result('Jonas', [
				['d/bovtse', 0, 0, 3],
				['d/gierte', 0, 0, 0],
				['d/aajege', 55, 0, 6]
			])
		];
		const table = classTable(started, { kind: 'recall', target: 80 }, keys, 'name');
		const cells = table.students[0]!.cells;
		expect(isPractising(cells.get('d/bovtse'))).toBe(true);
		expect(isPractising(cells.get('d/gierte'))).toBe(false);
		expect(isPractising(cells.get('d/aajege'))).toBe(false);
		// Practised by someone: "reached", so among the hardest words, not with those nobody has met.
		expect(table.words.find((word) => word.key === 'd/bovtse')!.reached).toBe(true);
		expect(table.words.find((word) => word.key === 'd/gierte')!.reached).toBe(false);
		const csv = toCsv(table, {
			separator: ';',
			headings: HEADINGS,
			assignment: { title: 'Rein', group: '5B' },
			date: () => '2026-11-24',
			wordLabel: (key) => key.slice(2)
		});
		const row = readCsv(csv.slice(1), ';')[1]!;
		expect(row).toContain('øver (3 svar)');
		expect(row).toContain('55');
	});

	it('keeps words nobody has reached apart, after the hardest practised ones, and sorts by a word', () => {
		const withNew = classTable(results, { kind: 'typed' }, [...keys, 'd/orre'], { word: 'd/aajege' });
		expect(withNew.words.map((word) => [word.key, word.reached])).toEqual([
			['d/gierte', true],
			['d/aajege', true],
			['d/bovtse', true],
			['d/orre', false]
		]);
		expect(withNew.students.map((s) => s.nick)).toEqual(['Ole', '=cmd|calc']);
	});
});

describe('deck files', () => {
	it('round-trips a deck with a recording', async () => {
		const audio = new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'audio/webm;codecs=opus' });
		const text = await writeDeckFile(ownDeck, new Map([['bovtse', audio]]));
		const read = readDeckFile(text);
		expect(read.ok && read.deck).toEqual(ownDeck);
		const back = read.ok ? read.audio.get('bovtse') : undefined;
		expect(back?.type).toBe('audio/webm;codecs=opus');
		expect([...new Uint8Array(await back!.arrayBuffer())]).toEqual([1, 2, 3, 250]);
	});

	it.each<[string, string, string]>([
		['not JSON', 'sma\tnb\nbovtse\trein', 'not-json'],
		['a backup file', JSON.stringify({ format: 'lieredh-backup', version: 1 }), 'not-deck'],
		['a built-in deck id', JSON.stringify({ kind: 'lieredh-deck', ...ownDeck, id: 'reindeer-1' }), 'invalid'],
		[
			'audio that is a script',
			JSON.stringify({
				kind: 'lieredh-deck',
				...ownDeck,
				audio: { bovtse: { type: 'text/html', data: 'PHNjcmlwdD4=' } }
			}),
			'invalid'
		],
		[
			'501 cards',
			JSON.stringify({
				kind: 'lieredh-deck',
				...ownDeck,
				cards: Array.from({ length: 501 }, (_, i) => ({ ...ownDeck.cards[0], id: `w${i}` }))
			}),
			'too-many'
		]
	])('refuses %s', (_, text, code) => {
		expect(readDeckFile(text)).toMatchObject({ ok: false, problem: { code } });
	});
});

describe('a typical link', () => {
	it('carries a 20-card own deck in a link that fits one QR code', async () => {
		const source = builtInDecks().find((deck) => deck.id === 'herding-work')!;
		const deck: OwnDeck = {
			...ownDeck,
			cards: source.cards
				.slice(0, 20)
				.map(({ id, sma, variants, pos, nb, sv, en }) => ({ id, sma, variants, pos, nb, sv, en }))
		};
		const link = `https://lieredh.example/a#${await encode('A', { ...assignment, decks: [{ own: deck }] })}`;
		const qr = QRCode.create(link, { errorCorrectionLevel: 'L' });
		console.warn(
			`20-card own deck: link ${link.length} characters, QR version ${qr.version} (${qr.modules.size}×${qr.modules.size} modules)`
		);
		// A 20-word deck must stay readable from a printed sheet: 1,345 characters / version 26 when measured
		// (2026-11-25), 1,522 / version 28 once every card had English (2026-12-01). A bigger code format or
		// a fatter deck payload shows up here.
		expect(link.length).toBeLessThanOrEqual(1_600);
		expect(qr.version).toBeLessThanOrEqual(29);
	});
});

describe('making an assignment', () => {
	const places = {
		format: 1 as const,
		id: 'places',
		title: { nb: 'Stedsnavn', sv: 'Ortnamn', en: 'Place names' },
		theme: 'places' as const,
		level: 1,
		description: { nb: '', sv: '', en: '' },
		cards: [ownDeck.cards[0]!, { ...ownDeck.cards[1]!, id: 'traante' }]
	};
	const base = { title: ' Steder ', group: '6A ', due: '2026-12-01', goal: { kind: 'typed' as const } };
	const fixed = (bytes: Uint8Array) => bytes.fill(7);

	it.each<[string, Parameters<typeof newAssignment>[0], Assignment['decks']]>([
		[
			'a whole built-in deck travels as its id',
			{ ...base, deck: places, words: ['bovtse', 'traante'] },
			[{ builtIn: 'places' }]
		],
		[
			'part of a built-in deck names its words',
			{ ...base, deck: places, words: ['traante'] },
			[{ builtIn: 'places', words: ['traante'] }]
		],
		[
			'an own deck travels whole, with the chosen cards',
			{ ...base, deck: ownDeck, words: ['gierte'] },
			[{ own: { ...ownDeck, cards: [ownDeck.cards[1]!] } }]
		]
	])('%s', (_, input, decks) => {
		const made = newAssignment(input, fixed);
		expect(made).toEqual({
			v: 1,
			id: 'BwcHBwcHBwc',
			title: 'Steder',
			group: '6A',
			due: '2026-12-01',
			goal: base.goal,
			decks
		});
		expect(readAssignment(made)).toEqual({ ok: true, value: made });
	});
});

describe('weak cells', () => {
	it.each([
		[undefined, true],
		[{ recall: 0 }, true],
		[{ recall: 49 }, true],
		[{ recall: 50 }, false],
		[{ recall: 93 }, false]
	])('%j → weak %s', (cell, weak) => {
		expect(isWeak(cell)).toBe(weak);
	});
});

/** A small CSV reader for the tests: quoted cells, doubled quotes, CRLF rows. */
function readCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

describe('keeping both decks', () => {
	it('gives the copy a new id and its own title, and leaves the words and the original alone', () => {
		const copy = copyOfOwnDeck(ownDeck, 'Reinen, 5B (importert)');
		expect(copy.id).not.toBe(ownDeck.id);
		expect(copy.id).toMatch(/^own-/);
		expect(copy.title).toEqual({
			nb: 'Reinen, 5B (importert)',
			sv: 'Reinen, 5B (importert)',
			en: 'Reinen, 5B (importert)'
		});
		expect(copy.cards).toEqual(ownDeck.cards);
		expect(ownDeck.title.nb).toBe('Reinen, 5B');
	});
});

describe('copies of an assignment', () => {
	it.each([
		['Reindrift 5B', [], 'Reindrift 5B (2)'],
		['Reindrift 5B', ['Reindrift 5B (2)'], 'Reindrift 5B (3)'],
		['Reindrift 5B (2)', ['Reindrift 5B (2)'], 'Reindrift 5B (3)'],
		['x'.repeat(100), [], `${'x'.repeat(96)} (2)`]
	])('a copy of «%s» (taken %o) is «%s»', (title, taken, expected) => {
		expect(copyTitle(title, new Set([title, ...taken]))).toBe(expected);
	});
});

describe('short assignment links', () => {
	it.each([
		['S1.k3v9x2ab0c1dQ9.reinW1ek', { classId: 'k3v9x2ab0c1dQ9', assignmentId: 'reinW1ek' }],
		[' S1.k3v9x2ab0c1dQ9.reinW1ek ', { classId: 'k3v9x2ab0c1dQ9', assignmentId: 'reinW1ek' }],
		['A1.q1ZKzs8tKMrPS1.Xq3f0Lk2', undefined],
		['S1.k3v9x2ab0c1dQ9', undefined],
		['S1.k3v/x2ab.reinW1ek', undefined],
		['S2.k3v9x2ab0c1dQ9.reinW1ek', undefined]
	])('%s → %o', (fragment, expected) => {
		expect(readShortLink(fragment)).toEqual(expected);
	});

	it('is short enough for a small QR and an address a pupil can type', () => {
		const link = shortAssignmentLink('https://lieredh.example', 'k3v9x2ab0c1dQ9aB', 'reinW1ekQ2x');
		expect(link).toBe('https://lieredh.example/a#S1.k3v9x2ab0c1dQ9aB.reinW1ekQ2x');
		expect(readShortLink(link.split('#')[1]!)).toEqual({
			classId: 'k3v9x2ab0c1dQ9aB',
			assignmentId: 'reinW1ekQ2x'
		});
	});
});
