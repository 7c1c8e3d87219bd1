/**
 * A class list kept on the teacher's device: the pupils' names, typed or pasted once, and which
 * nickname on a result code is which pupil. Matching ignores case and diacritics (ánne is Ánne); a
 * nickname that is close but not the same asks the teacher, and the answer is remembered.
 */
import { oneEditApart } from '$lib/answers/letters';
import { fold } from '$lib/lexicon/search';

export interface Roster {
	names: string[];
	/** Folded nickname → the roster name the teacher said it is. */
	aliases: Record<string, string>;
}

/** Every class's list, by class label, as stored in one device setting. */
export type Rosters = Record<string, Roster>;

export const ROSTERS_SETTING = 'rosters';

const MAX_NAMES = 200;
const MAX_NAME = 60;

/** Names from pasted text: one a line, or separated by commas or semicolons; each once, in order. */
export function parseNames(text: string): string[] {
	const names: string[] = [];
	const seen = new Set<string>();
	for (const part of text.split(/[\n,;\t]+/)) {
		const name = part.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
		if (!name || seen.has(fold(name))) continue;
		seen.add(fold(name));
		names.push(name);
		if (names.length === MAX_NAMES) break;
	}
	return names;
}

/** The stored setting read safely: anything unexpected is left out. */
export function readRosters(value: unknown): Rosters {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	const rosters: Rosters = {};
	for (const [group, raw] of Object.entries(value as Record<string, unknown>).slice(0, 100)) {
		if (typeof raw !== 'object' || raw === null) continue;
		const { names, aliases } = raw as { names?: unknown; aliases?: unknown };
		const list = Array.isArray(names)
			? parseNames(names.filter((n) => typeof n === 'string').join('\n'))
			: [];
		const known: Record<string, string> = {};
		if (typeof aliases === 'object' && aliases !== null)
			for (const [nick, name] of Object.entries(aliases as Record<string, unknown>))
				if (typeof name === 'string' && list.includes(name)) known[fold(nick)] = name;
		rosters[group.slice(0, MAX_NAME)] = { names: list, aliases: known };
	}
	return rosters;
}

export type Match =
	| { kind: 'name'; name: string }
	/** Close to one or more names (a typo, a short form): the teacher chooses. */
	| { kind: 'unsure'; candidates: string[] }
	| { kind: 'none' };

/** Which pupil of the roster a result's nickname is. */
export function matchNick(nick: string, roster: Roster): Match {
	const folded = fold(nick);
	const alias = roster.aliases[folded];
	if (alias && roster.names.includes(alias)) return { kind: 'name', name: alias };
	const exact = roster.names.find((name) => fold(name) === folded);
	if (exact) return { kind: 'name', name: exact };
	const close = roster.names.filter((name) => {
		const other = fold(name);
		const first = other.split(' ')[0]!;
		return (
			first === folded ||
			other.startsWith(`${folded} `) ||
			(folded.length >= 3 && (other.startsWith(folded) || folded.startsWith(other))) ||
			(Math.min(folded.length, other.length) >= 3 && oneEditApart(folded, other))
		);
	});
	return close.length ? { kind: 'unsure', candidates: close } : { kind: 'none' };
}

/** The roster with the teacher's answer to "who is this nickname?" remembered. */
export function withAlias(roster: Roster, nick: string, name: string): Roster {
	return { ...roster, aliases: { ...roster.aliases, [fold(nick)]: name } };
}

/** The roster's pupils no result came from. */
export function missing(roster: Roster, nicks: readonly string[]): string[] {
	const handedIn = new Set(
		nicks.flatMap((nick) => {
			const match = matchNick(nick, roster);
			return match.kind === 'name' ? [match.name] : [];
		})
	);
	return roster.names.filter((name) => !handedIn.has(name));
}
