import { describe, expect, it } from 'vitest';
import type { AssignmentEntry, ResultCode } from './assignment';
import { classOverview, overviewCsv, pupilHistory } from './overview';

const now = new Date(2026, 10, 24, 18).getTime();
const entry = (id: string, title: string, due: string): AssignmentEntry => ({
	assignment: {
		v: 1,
		id,
		title,
		group: '5B',
		due,
		goal: { kind: 'recall', target: 80, share: 50 },
		decks: [{ builtIn: 'animals' }]
	},
	opened: now,
	mine: true
});
const keys = ['animals/a', 'animals/b'];
const result = (assignment: string, nick: string, words: ResultCode['words'], at = now): ResultCode => ({
	v: 1,
	assignment,
	nick,
	words,
	done: null,
	at
});

describe('the class overview', () => {
	const rein = entry('r1', 'Rein', '2026-11-27');
	const dyr = entry('d1', 'Dyr', '2026-11-20');
	const fugl = entry('f1', 'Fugler', '2026-12-04');
	const roster = { names: ['Ánne Kristine', 'Piera', 'Jon'], aliases: {} };
	const overview = classOverview(
		'5B',
		[
			{
				entry: rein,
				wordKeys: keys,
				results: [
					result('r1', 'ánne kristine', [
						['animals/a', 90, 1, 8],
						['animals/b', 40, 0, 5]
					]),
					result('r1', 'Piera', [
						['animals/a', 0, 0, 2],
						['animals/b', 0, 0, 0]
					])
				]
			},
			{
				entry: dyr,
				wordKeys: keys,
				results: [
					result('d1', 'Piera', [
						['animals/a', 85, 1, 9],
						['animals/b', 90, 1, 9]
					])
				]
			},
			{ entry: fugl, wordKeys: keys, results: [result('f1', 'Mikkel', [['animals/a', 10, 0, 3]])] }
		],
		roster
	);

	it('has the assignments in due order and the class list first, then nicknames not on it', () => {
		expect(overview.assignments.map((a) => a.title)).toEqual(['Dyr', 'Rein', 'Fugler']);
		expect(overview.pupils.map((p) => [p.name, p.onList])).toEqual([
			['Ánne Kristine', true],
			['Piera', true],
			['Jon', true],
			['Mikkel', false]
		]);
	});

	it.each([
		['Ánne Kristine', ['notStarted', 'met', 'notStarted']],
		['Piera', ['met', 'practising', 'notStarted']],
		['Jon', ['notStarted', 'notStarted', 'notStarted']],
		['Mikkel', ['notStarted', 'notStarted', 'practising']]
	])('%s: %o', (name, marks) => {
		expect(overview.pupils.find((p) => p.name === name)!.cells.map((cell) => cell.mark)).toEqual(marks);
	});

	it("a pupil's history, newest due date first", () => {
		expect(
			pupilHistory(overview, 'Piera').map(({ assignment, cell }) => [assignment.title, cell.mark, cell.known])
		).toEqual([
			['Fugler', 'notStarted', 0],
			['Rein', 'practising', 0],
			['Dyr', 'met', 2]
		]);
	});

	it('as a spreadsheet: a row a pupil, a column an assignment, every cell in words', () => {
		const csv = overviewCsv(overview, {
			separator: ';',
			pupilHeading: 'Elev',
			cellText: (cell) => `${cell.mark} ${cell.known}/${cell.total}`,
			assignmentHeading: (a) => `${a.title} (${a.due})`
		});
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines[0]).toBe('Elev;Dyr (2026-11-20);Rein (2026-11-27);Fugler (2026-12-04)');
		expect(lines[2]).toBe('Piera;met 2/2;practising 0/2;notStarted 0/2');
		expect(lines).toHaveLength(5);
	});
});
