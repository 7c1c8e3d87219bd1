/**
 * Codes that travel outside the app (assignment links, result codes): JSON, deflated with the browser's
 * CompressionStream, base64url, with a checksum so a changed or cut code is refused rather than misread.
 *
 *   <kind><version>.<base64url deflate-raw JSON>.<checksum>     e.g. A1.q1ZKzs8tKMrPS1WyUlAqz….Xq3f0Lk2
 *
 * Decoding never throws: every way a code can be wrong is a `CodeProblem`.
 */

import { fromBase64Url, toBase64Url } from '$lib/data/base64';

/** A: an assignment link; R: a pupil's result; D: a teacher's deck shared with a colleague. */
export type CodeKind = 'A' | 'R' | 'D';
export const CODE_VERSION = 1;

/** Far above a 500-card deck (the largest allowed), far below what could stall a phone. */
const MAX_CODE_LENGTH = 200_000;
const MAX_JSON_BYTES = 1_000_000;

export type CodeProblem =
	| { code: 'empty' }
	| { code: 'foreign' }
	| { code: 'other-kind' }
	| { code: 'unknown-version'; version: string }
	| { code: 'damaged' }
	| { code: 'too-big' };

export type Decoded = { ok: true; value: unknown } | { ok: false; problem: CodeProblem };

export async function encode(kind: CodeKind, value: unknown): Promise<string> {
	const compressed = await transform(
		new TextEncoder().encode(JSON.stringify(value)),
		new CompressionStream('deflate-raw')
	);
	const body = toBase64Url(compressed);
	return `${kind}${CODE_VERSION}.${body}.${await checksum(body)}`;
}

export async function decode(kind: CodeKind, text: string): Promise<Decoded> {
	const code = text.trim();
	if (!code) return fail({ code: 'empty' });
	if (code.length > MAX_CODE_LENGTH) return fail({ code: 'too-big' });
	const match = /^([A-Z])(\d+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{8})$/.exec(code);
	if (!match) return fail({ code: looksLikeOurs(code) ? 'damaged' : 'foreign' });
	const [, foundKind, version, body, sum] = match as unknown as [string, string, string, string, string];
	if (foundKind !== 'A' && foundKind !== 'R' && foundKind !== 'D') return fail({ code: 'foreign' });
	if (foundKind !== kind) return fail({ code: 'other-kind' });
	if (Number(version) !== CODE_VERSION)
		return fail({ code: 'unknown-version', version: version.slice(0, 6) });
	if ((await checksum(body)) !== sum) return fail({ code: 'damaged' });
	try {
		const bytes = await transform(
			fromBase64Url(body),
			new DecompressionStream('deflate-raw'),
			MAX_JSON_BYTES
		);
		return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
	} catch (error) {
		if (error instanceof TooBig) return fail({ code: 'too-big' });
		return fail({ code: 'damaged' });
	}
}

/** The code inside a pasted link (`…/a#A1.…`) or the code itself. */
export function codeFromText(text: string): string {
	const trimmed = text.trim();
	const hash = trimmed.indexOf('#');
	return hash === -1 ? trimmed : trimmed.slice(hash + 1);
}

function fail(problem: CodeProblem): Decoded {
	return { ok: false, problem };
}

function looksLikeOurs(code: string): boolean {
	return /^[ARD]\d+\./.test(code);
}

class TooBig extends Error {}

async function transform(
	input: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity
): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	void writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
	void writer.close().catch(() => undefined);
	const chunks: Uint8Array[] = [];
	let length = 0;
	const reader = stream.readable.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		// A small code that inflates to megabytes is an attack, not an assignment: stop reading.
		if (length > limit) {
			await reader.cancel().catch(() => undefined);
			throw new TooBig();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** First 6 bytes of SHA-256 of the body, as 8 base64url characters: catches typos, cuts and edits. */
async function checksum(body: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
	return toBase64Url(new Uint8Array(digest).slice(0, 6));
}
