/**
 * The class table from collected result codes: students × words, the words the class is weakest on
 * first, and a CSV a spreadsheet opens safely.
 */
import type { Goal, ResultCode, WordProgress } from './assignment';
import { goalMet, wordsMet } from './assignment';

export interface ClassWord {
	key: string;
	/** Mean recall over the students who sent a code (0–100). */
	classRecall: number;
}

export interface ClassStudent {
	nick: string;
	cells: Map<string, { recall: number; typed: boolean }>;
	met: number;
	goalMet: boolean;
	done: number | null;
	at: number;
}

export interface ClassTable {
	words: ClassWord[];
	students: ClassStudent[];
}

export type StudentOrder = 'name' | 'progress';

/** Below this recall (in %) a cell is tinted: the word needs practice. A word not reached counts as 0. */
export const WEAK_RECALL = 50;

/** Whether a student's cell for a word is weak: under WEAK_RECALL, or no recall sent at all. */
export function isWeak(cell: { recall: number } | undefined): boolean {
	return (cell?.recall ?? 0) < WEAK_RECALL;
}

export function classTable(
	results: readonly ResultCode[],
	goal: Goal,
	wordKeys: readonly string[],
	order: StudentOrder = 'name'
): ClassTable {
	const students = results.map((result): ClassStudent => {
		const cells = new Map(result.words.map(([key, recall, typed]) => [key, { recall, typed: typed === 1 }]));
		const progress: WordProgress[] = wordKeys.map((key) => ({
			key,
			recall: (cells.get(key)?.recall ?? 0) / 100,
			typed: cells.get(key)?.typed ?? false
		}));
		return {
			nick: result.nick,
			cells,
			met: wordsMet(goal, progress),
			goalMet: goalMet(goal, progress),
			done: result.done,
			at: result.at
		};
	});
	students.sort((a, b) =>
		order === 'progress' ? b.met - a.met || a.nick.localeCompare(b.nick) : a.nick.localeCompare(b.nick)
	);
	const words = wordKeys
		.map((key) => ({
			key,
			classRecall: students.length
				? Math.round(students.reduce((sum, s) => sum + (s.cells.get(key)?.recall ?? 0), 0) / students.length)
				: 0
		}))
		.sort((a, b) => a.classRecall - b.classRecall);
	return { words, students };
}

/** A cell a spreadsheet would run as a formula is prefixed so it stays text. */
function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
	table: ClassTable,
	headings: { student: string; goal: string; yes: string; no: string },
	wordLabel: (key: string) => string
): string {
	const rows = [
		[headings.student, headings.goal, ...table.words.map((word) => wordLabel(word.key))],
		...table.students.map((student) => [
			student.nick,
			student.goalMet ? headings.yes : headings.no,
			...table.words.map((word) => student.cells.get(word.key)?.recall ?? '')
		])
	];
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
