import { describe, expect, it } from 'vitest';
import { findResultCodes, MAX_PASTED_CODES, MAX_PASTE_CHARS, summarizePaste } from './paste';

const code = (n: number) => `R1.${'q1ZKzs8tKMrPS1WyUlAqzs'.slice(0, 10)}${n}abc.Xq3f0Lk${n % 10}`;

describe('result codes in pasted text', () => {
	it.each([
		['one code', code(1), [{ code: code(1), label: '' }]],
		[
			'one a line',
			`${code(1)}\n${code(2)}\n`,
			[
				{ code: code(1), label: '' },
				{ code: code(2), label: '' }
			]
		],
		[
			'all on one line',
			`${code(1)} ${code(2)}`,
			[
				{ code: code(1), label: '' },
				{ code: code(2), label: '' }
			]
		],
		[
			'a chat transcript with names, times and noise',
			`[18:02] Piera: her er koden min ${code(1)} 😊\n[18:05] Elle: ${code(2)}\nok takk!\n`,
			[
				{ code: code(1), label: 'er koden min' },
				{ code: code(2), label: '[18:05] Elle:' }
			]
		],
		['the same code twice', `${code(1)}\n${code(1)}`, [{ code: code(1), label: '' }]],
		[
			'a cut code (no checksum): found, so the checker can say it is damaged',
			'Ánne: R1.q1ZKzs8tKM',
			[{ code: 'R1.q1ZKzs8tKM', label: 'Ánne:' }]
		],
		[
			'names on one line',
			`Piera ${code(1)} Elle ${code(2)}`,
			[
				{ code: code(1), label: 'Piera' },
				{ code: code(2), label: 'Elle' }
			]
		],
		[
			'the name on the line above each code (as a chat shows it)',
			`Piera:\n${code(1)}\nElle\n${code(2)}`,
			[
				{ code: code(1), label: 'Piera' },
				{ code: code(2), label: 'Elle' }
			]
		],
		[
			'a code an e-mail wrapped over two lines',
			`Ánne: ${code(3).slice(0, 12)}\n${code(3).slice(12)}\nPiera: ${code(4)}`,
			[
				{ code: code(3), label: 'Ánne:' },
				{ code: code(4), label: 'Piera:' }
			]
		],
		[
			'a code wrapped over three lines',
			`${code(5).slice(0, 8)}\n  ${code(5).slice(8, 16)}\n${code(5).slice(16)}`,
			[{ code: code(5), label: '' }]
		],
		['no code at all', 'hei! ses i morgen', []],
		['an assignment link is not a result code', 'http://x/a#A1.q1ZKzs8tKMrPS1.Xq3f0Lk2', []],
		['a code inside a longer token is not one', 'xR1.q1ZKzs8tKMrPS1.Xq3f0Lk2', []]
	] as const)('%s', (_name, text, expected) => {
		expect(findResultCodes(text)).toEqual({ codes: expected, capped: false });
	});

	it('caps a huge paste: the first codes are read, and it says so', () => {
		const many = Array.from({ length: MAX_PASTED_CODES + 30 }, (_, i) => code(i)).join('\n');
		const found = findResultCodes(many);
		expect(found.codes).toHaveLength(MAX_PASTED_CODES);
		expect(found.capped).toBe(true);
		const huge = `${code(1)} ${'x'.repeat(MAX_PASTE_CHARS)} ${code(2)}`;
		expect(findResultCodes(huge)).toEqual({ codes: [{ code: code(1), label: '' }], capped: true });
	});

	it('reads a 600 KB chat in one pass: the code in its first part, and a note that the rest was left', () => {
		const chat = `Piera: ${code(1)}\n` + 'bla bla '.repeat(75_000);
		expect(findResultCodes(chat)).toEqual({ codes: [{ code: code(1), label: 'Piera:' }], capped: true });
	});
});

describe('one summary of a paste', () => {
	it('counts what was added and names what needs a look', () => {
		expect(
			summarizePaste([
				{ outcome: 'added', nick: 'Ánne', label: '' },
				{ outcome: 'added', nick: 'Piera', label: 'Piera:' },
				{ outcome: 'updated', nick: 'Elle', label: '' },
				{ outcome: 'older', nick: 'Jon', label: '' },
				{ outcome: 'filed', nick: 'Sara', title: 'Fjellet', label: '' },
				{ outcome: 'other-assignment', nick: 'Máret', label: '' },
				{ outcome: 'problem', problem: { code: 'damaged' }, label: 'Piera:' },
				{ outcome: 'problem', problem: { code: 'damaged' }, label: '' }
			])
		).toEqual({
			added: 2,
			updated: ['Elle'],
			older: ['Jon'],
			filed: [{ nick: 'Sara', title: 'Fjellet' }],
			unknown: ['Máret'],
			damaged: ['Piera:', ''],
			none: false
		});
		expect(summarizePaste([]).none).toBe(true);
	});
});
