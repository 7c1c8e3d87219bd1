/**
 * Result codes inside whatever a teacher pastes: a chat transcript, an e-mail, one code a line or all on
 * one. Finds every code-like token, names each by the text just before it on its line ("Piera:"), and
 * caps the work so a huge paste cannot freeze the page. Pure: decoding happens later, code by code.
 */

/** At most this much pasted text is read (a class's codes are a few kilobytes each). */
export const MAX_PASTE_CHARS = 400_000;
/** At most this many codes are opened from one paste (a class is ~30 pupils). */
export const MAX_PASTED_CODES = 120;

export interface FoundCode {
	/** The code as found (a cut code too: the checker says it is damaged). */
	code: string;
	/** What stood before it on its line (a name in a chat: "Piera:"), for messages; may be empty. */
	label: string;
}

export interface Pasted {
	codes: FoundCode[];
	/** Text or codes were left out: the paste was longer than the caps. */
	capped: boolean;
}

// A result code: R, a version, a dot, base64url, and (unless cut) a dot and an 8-character checksum.
const CODE = /R\d{1,3}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]{1,8})?/g;

/** A whole code: its checksum (a dot and 8 characters) is there. */
const COMPLETE = /^R\d{1,3}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{8}$/;
/** A code cut at a line's end, and the line after it when that line is nothing but code characters. */
const WRAPPED = /(R\d{1,3}\.[A-Za-z0-9_.-]{4,})[ \t]*\r?\n[ \t]*([A-Za-z0-9_.-]+)[ \t]*(?=\r?\n|$)/g;

/**
 * A code an e-mail or chat wrapped over two or more lines, put back together: a line that ends in an
 * incomplete code and a next line of nothing but code characters are one code. (A wrong join is no
 * worse than the cut code: the checksum says it is damaged.)
 */
export function joinWrappedCodes(text: string): string {
	let joined = text;
	for (let round = 0; round < 8; round++) {
		const next = joined.replace(WRAPPED, (all, head: string, tail: string) =>
			COMPLETE.test(head) ? all : head + tail
		);
		if (next === joined) break;
		joined = next;
	}
	return joined;
}

/** Every result code in `text`, in order, each once. */
export function findResultCodes(text: string): Pasted {
	const capped = text.length > MAX_PASTE_CHARS;
	const read = joinWrappedCodes(capped ? text.slice(0, MAX_PASTE_CHARS) : text);
	const codes: FoundCode[] = [];
	const seen = new Set<string>();
	let more = false;
	let previousEnd = 0;
	for (const match of read.matchAll(CODE)) {
		const at = match.index ?? 0;
		// Part of a longer word (a URL, another token): not a code on its own.
		if (at > 0 && /[A-Za-z0-9_.#/-]/.test(read[at - 1]!)) continue;
		const lineStart = read.lastIndexOf('\n', at - 1) + 1;
		const label =
			labelBefore(read, Math.max(previousEnd, lineStart), at) ||
			(lineStart > previousEnd ? nameOnLineAbove(read, lineStart) : '');
		previousEnd = at + match[0].length;
		if (seen.has(match[0])) continue;
		if (codes.length === MAX_PASTED_CODES) {
			more = true;
			break;
		}
		seen.add(match[0]);
		codes.push({ code: match[0], label });
	}
	return { codes, capped: capped || more };
}

/**
 * A code alone on its line, its sender's name on the line above (as chats and e-mails put it): that
 * line, when it is short and no code itself.
 */
function nameOnLineAbove(text: string, lineStart: number): string {
	const end = lineStart - 1;
	if (end <= 0) return '';
	const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
	if (!line || line.length > 40 || /R\d{1,3}\./.test(line)) return '';
	return labelBefore(line, 0, line.length).replace(/:$/, '');
}

/** The few words between `from` (its line's start or the code before) and `at`: "Piera:" in "Piera: R1.…". */
function labelBefore(text: string, from: number, at: number): string {
	const before = text.slice(from, at).trim();
	const words = before.split(/\s+/).filter(Boolean).slice(-3).join(' ');
	return [...words].slice(-40).join('');
}

/** One code's outcome as the summary needs it (the study service's `Collected`). */
export type PasteOutcome =
	| { outcome: 'added' | 'updated' | 'older' | 'other-assignment'; nick: string; label: string }
	| { outcome: 'filed'; nick: string; title: string; label: string }
	| { outcome: 'problem'; problem: { code: string }; label: string };

/** One summary of a paste, never one message a code: what was added, and which codes need a look. */
export interface PasteSummary {
	added: number;
	/** Pupils whose newer code replaced the older one. */
	updated: string[];
	/** Pupils whose code was older than the one kept. */
	older: string[];
	/** Codes for another of the teacher's assignments, filed there. */
	filed: { nick: string; title: string }[];
	/** Codes for an assignment this device does not know. */
	unknown: string[];
	/** Damaged or unreadable codes, by what stood before them ("Piera:"; "" when nothing did). */
	damaged: string[];
	/** Nothing that looked like a result code was found. */
	none: boolean;
}

export function summarizePaste(items: readonly PasteOutcome[]): PasteSummary {
	const summary: PasteSummary = {
		added: 0,
		updated: [],
		older: [],
		filed: [],
		unknown: [],
		damaged: [],
		none: items.length === 0
	};
	for (const item of items) {
		if (item.outcome === 'added') summary.added++;
		else if (item.outcome === 'updated') summary.updated.push(item.nick);
		else if (item.outcome === 'older') summary.older.push(item.nick);
		else if (item.outcome === 'filed') summary.filed.push({ nick: item.nick, title: item.title });
		else if (item.outcome === 'other-assignment') summary.unknown.push(item.nick);
		else summary.damaged.push(item.label);
	}
	return summary;
}
