import { describe, expect, it } from 'vitest';
import { matchNick, missing, parseNames, readRosters, withAlias, type Roster } from './roster';

const roster: Roster = {
	names: ['Ánne Kristine', 'Piera', 'Elle-Máret', 'Jon Olav', 'Sara'],
	aliases: { bestemor: 'Sara' }
};

describe('class lists', () => {
	it.each([
		['one a line', 'Ánne\nPiera\n\nElle', ['Ánne', 'Piera', 'Elle']],
		['commas and semicolons', 'Ánne, Piera; Elle', ['Ánne', 'Piera', 'Elle']],
		['a spreadsheet column pasted with tabs', 'Ánne\tPiera', ['Ánne', 'Piera']],
		['the same name twice, in another case', 'Ánne\nánne\nANNE', ['Ánne']],
		['spaces tidied', '  Jon   Olav  ', ['Jon Olav']]
	])('reads names pasted %s', (_name, text, names) => {
		expect(parseNames(text)).toEqual(names);
	});

	it.each([
		['the same name', 'Piera', { kind: 'name', name: 'Piera' }],
		['another case and no accents', 'elle-maret', { kind: 'name', name: 'Elle-Máret' }],
		['a remembered choice', 'Bestemor', { kind: 'name', name: 'Sara' }],
		['the first name only: the teacher chooses', 'Ánne', { kind: 'unsure', candidates: ['Ánne Kristine'] }],
		['a typo', 'Pierra', { kind: 'unsure', candidates: ['Piera'] }],
		['two letters swapped', 'Sraa', { kind: 'unsure', candidates: ['Sara'] }],
		['a short form', 'Jon', { kind: 'unsure', candidates: ['Jon Olav'] }],
		['nobody on the list', 'Máhtte', { kind: 'none' }],
		['too short to guess', 'Jo', { kind: 'none' }]
	] as const)('matches %s', (_name, nick, match) => {
		expect(matchNick(nick, roster)).toEqual(match);
	});

	it('knows who has not handed in yet', () => {
		expect(missing(roster, ['piera', 'SARA', 'Pierra'])).toEqual(['Ánne Kristine', 'Elle-Máret', 'Jon Olav']);
	});

	it('reads the stored setting safely', () => {
		expect(
			readRosters({
				'5B': { names: ['Ánne', 7, 'Piera'], aliases: { ANNE: 'Ánne', x: 'Nobody' } },
				bad: 'nope'
			})
		).toEqual({ '5B': { names: ['Ánne', 'Piera'], aliases: { anne: 'Ánne' } } });
		expect(readRosters(null)).toEqual({});
		expect(readRosters([1, 2])).toEqual({});
	});

	it('remembers the teacher’s answer to "who is this?", whatever the case and accents', () => {
		const answered = withAlias(roster, 'ÁNNE', 'Ánne Kristine');
		expect(matchNick('anne', answered)).toEqual({ kind: 'name', name: 'Ánne Kristine' });
		expect(roster.aliases).toEqual({ bestemor: 'Sara' });
	});
});
