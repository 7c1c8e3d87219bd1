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
	/** Some student has practised it (recall above 0, or written right): else it is not "hard", just not reached. */
	reached: boolean;
}

export interface ClassStudent {
	nick: string;
	cells: Map<string, Cell>;
	met: number;
	goalMet: boolean;
	done: number | null;
	at: number;
}

export interface ClassTable {
	words: ClassWord[];
	students: ClassStudent[];
}

/** How the students are sorted: by name, by progress (words met), or by one word's recall. */
export type StudentOrder = 'name' | 'progress' | { word: string };

/** Below this recall (in %) a cell is tinted: the word needs practice. A word not reached counts as 0. */
export const WEAK_RECALL = 50;

/** One pupil's word: recall % on the due date, written right, answers given (0 when not sent). */
export interface Cell {
	recall: number;
	typed: boolean;
	answers: number;
}

/** Started but not yet remembered to the due date: shown as "practising, n answers", never as 0 %. */
export function isPractising(cell: Cell | undefined): boolean {
	return !!cell && cell.recall === 0 && cell.answers > 0;
}

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
		const cells = new Map(
			result.words.map(([key, recall, typed, answers = 0]) => [key, { recall, typed: typed === 1, answers }])
		);
		const progress: WordProgress[] = wordKeys.map((key) => ({
			key,
			recall: (cells.get(key)?.recall ?? 0) / 100,
			typed: cells.get(key)?.typed ?? false,
			answers: cells.get(key)?.answers ?? 0
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
	const recallOf = (student: ClassStudent, key: string) => student.cells.get(key)?.recall ?? 0;
	students.sort((a, b) =>
		order === 'progress'
			? b.met - a.met || a.nick.localeCompare(b.nick)
			: order === 'name'
				? a.nick.localeCompare(b.nick)
				: recallOf(a, order.word) - recallOf(b, order.word) || a.nick.localeCompare(b.nick)
	);
	const words = wordKeys.map((key) => ({
		key,
		classRecall: students.length
			? Math.round(students.reduce((sum, s) => sum + recallOf(s, key), 0) / students.length)
			: 0,
		reached: students.some(
			(s) => recallOf(s, key) > 0 || s.cells.get(key)?.typed || isPractising(s.cells.get(key))
		)
	}));
	// The hardest practised words first; words nobody has reached yet after them, in the deck's order.
	const practised = words.filter((word) => word.reached).sort((a, b) => a.classRecall - b.classRecall);
	return { words: [...practised, ...words.filter((word) => !word.reached)], students };
}

/** A cell a spreadsheet would run as a formula is prefixed so it stays text. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
	/** The interface language's spreadsheet separator: ';' where the decimal comma is used (nb, sv). */
	separator: ';' | ',';
	headings: {
		pupil: string;
		group: string;
		assignment: string;
		handedIn: string;
		goal: string;
		/** The heading of the words-known column, with the number of words in it ("Ord kunnet av 13"). */
		words: string;
		yes: string;
		no: string;
		/** What the handed-in cell of a pupil on the class list without a result says. */
		notHandedIn: string;
		/** A word's cell when it is practised but not yet remembered: "øver (3 svar)". */
		practising: (answers: number) => string;
	};
	assignment: { title: string; group: string };
	/** A date as the teacher reads it. */
	date: (ms: number) => string;
	wordLabel: (key: string) => string;
	/** The pupil's name for a nickname (from the class list); the nickname itself by default. */
	pupil?: (nick: string) => string;
	/** Pupils on the class list who have not handed in: rows too, so the sheet shows the whole class. */
	missing?: readonly string[];
}

/**
 * The class table as a CSV that Nordic Excel opens by double-click: a UTF-8 byte-order mark (so Sami
 * letters survive), the interface language's separator, one row a pupil with class, assignment, date
 * handed in, goal met, how many words are known (a plain number: "13/16" would open as a date), then per
 * word its recall % and ✓ when written right; then a row for each pupil on the class list who has not
 * handed in.
 */
export function toCsv(table: ClassTable, options: CsvOptions): string {
	const { separator, headings, assignment, date, wordLabel, pupil = (nick) => nick, missing = [] } = options;
	const rows = [
		[
			headings.pupil,
			headings.group,
			headings.assignment,
			headings.handedIn,
			headings.goal,
			headings.words,
			...table.words.flatMap((word) => [`${wordLabel(word.key)} %`, `${wordLabel(word.key)} ✓`])
		],
		...table.students.map((student) => [
			pupil(student.nick),
			assignment.group,
			assignment.title,
			date(student.at),
			student.goalMet ? headings.yes : headings.no,
			student.met,
			...table.words.flatMap((word) => {
				const cell = student.cells.get(word.key);
				const recall = isPractising(cell) ? headings.practising(cell!.answers) : (cell?.recall ?? '');
				return [recall, cell?.typed ? '✓' : ''];
			})
		]),
		...missing.map((name) => [name, assignment.group, assignment.title, headings.notHandedIn, headings.no, 0])
	];
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(separator)).join('\r\n') + '\r\n';
}
