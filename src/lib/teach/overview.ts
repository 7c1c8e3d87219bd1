/**
 * A class at a glance, across its assignments: pupils as rows, assignments as columns, each cell "goal
 * met", "practising" (a result, goal not met yet) or "not started"; and one pupil's history across
 * them. Pupils are the class list's names (a nickname a result came from is matched to its pupil, as
 * in the class table) and anyone else who handed in under a nickname.
 */
import { classTable, csvCell } from './classTable';
import type { AssignmentEntry, ResultCode } from './assignment';
import { matchNick, type Roster } from './roster';

export type Mark = 'met' | 'practising' | 'notStarted';

export interface OverviewCell {
	mark: Mark;
	/** Words counting towards the goal, of `total`. */
	known: number;
	total: number;
	/** When the result was made (absent: no result). */
	at?: number;
}

export interface OverviewAssignment {
	id: string;
	title: string;
	due: string;
	words: number;
}

export interface ClassOverview {
	group: string;
	assignments: OverviewAssignment[];
	/** Class-list names first, in the list's order, then nicknames not on it, alphabetically. */
	pupils: { name: string; onList: boolean; cells: OverviewCell[] }[];
}

export interface AssignmentResults {
	entry: AssignmentEntry;
	results: readonly ResultCode[];
	/** The assignment's word keys (deck/word). */
	wordKeys: readonly string[];
}

/** The overview of one group: its assignments oldest due date first, as a term's homework reads. */
export function classOverview(
	group: string,
	assigned: readonly AssignmentResults[],
	roster: Roster
): ClassOverview {
	const ordered = [...assigned].sort(
		(a, b) => a.entry.assignment.due.localeCompare(b.entry.assignment.due) || a.entry.opened - b.entry.opened
	);
	const nameOf = (nick: string) => {
		const match = matchNick(nick, roster);
		return match.kind === 'name' ? match.name : nick.trim();
	};
	const byPupil = new Map<string, Map<string, OverviewCell>>();
	for (const { entry, results, wordKeys } of ordered) {
		const table = classTable(results, entry.assignment.goal, wordKeys);
		for (const student of table.students) {
			const name = nameOf(student.nick);
			const cells = byPupil.get(name) ?? new Map<string, OverviewCell>();
			const previous = cells.get(entry.assignment.id);
			// Two nicknames of one pupil: the newer result counts.
			if (previous?.at !== undefined && previous.at > student.at) continue;
			cells.set(entry.assignment.id, {
				mark: student.goalMet ? 'met' : 'practising',
				known: student.met,
				total: wordKeys.length,
				at: student.at
			});
			byPupil.set(name, cells);
		}
	}
	const listed = roster.names;
	const others = [...byPupil.keys()]
		.filter((name) => !listed.includes(name))
		.sort((a, b) => a.localeCompare(b));
	const assignments = ordered.map(({ entry, wordKeys }) => ({
		id: entry.assignment.id,
		title: entry.assignment.title,
		due: entry.assignment.due,
		words: wordKeys.length
	}));
	return {
		group,
		assignments,
		pupils: [...listed, ...others].map((name) => ({
			name,
			onList: listed.includes(name),
			cells: assignments.map(
				(assignment) =>
					byPupil.get(name)?.get(assignment.id) ?? { mark: 'notStarted', known: 0, total: assignment.words }
			)
		}))
	};
}

/** One pupil across the group's assignments, newest due date first. */
export function pupilHistory(
	overview: ClassOverview,
	name: string
): { assignment: OverviewAssignment; cell: OverviewCell }[] {
	const pupil = overview.pupils.find((p) => p.name === name);
	if (!pupil) return [];
	return overview.assignments.map((assignment, i) => ({ assignment, cell: pupil.cells[i]! })).reverse();
}

export interface OverviewCsvOptions {
	separator: ';' | ',';
	pupilHeading: string;
	/** A cell in words: "mål nådd (14 av 16)", "øver (3 av 16)", "ikke begynt". */
	cellText: (cell: OverviewCell) => string;
	/** A column heading: the assignment's title and due date. */
	assignmentHeading: (assignment: OverviewAssignment) => string;
}

/** The overview as a spreadsheet (byte-order mark, the language's separator, cells as text). */
export function overviewCsv(overview: ClassOverview, options: OverviewCsvOptions): string {
	const rows = [
		[options.pupilHeading, ...overview.assignments.map(options.assignmentHeading)],
		...overview.pupils.map((pupil) => [pupil.name, ...pupil.cells.map(options.cellText)])
	];
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(options.separator)).join('\r\n') + '\r\n';
}
