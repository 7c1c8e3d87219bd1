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

/** Every result code in `text`, in order, each once. */
export function findResultCodes(text: string): Pasted {
	const capped = text.length > MAX_PASTE_CHARS;
	const read = capped ? text.slice(0, MAX_PASTE_CHARS) : text;
	const codes: FoundCode[] = [];
	const seen = new Set<string>();
	let more = false;
	let previousEnd = 0;
	for (const match of read.matchAll(CODE)) {
		const at = match.index ?? 0;
		// Part of a longer word (a URL, another token): not a code on its own.
		if (at > 0 && /[A-Za-z0-9_.#/-]/.test(read[at - 1]!)) continue;
		const label = labelBefore(read, Math.max(previousEnd, read.lastIndexOf('\n', at - 1) + 1), at);
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
