/**
 * Join codes: what a teacher writes on the board and a pupil types (or scans) to join an online class.
 * Eight letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L), shown in two groups:
 * `K7QM-RT4X`. 31⁸ ≈ 8.5 × 10¹¹ codes, and guesses are rate-limited, so a code cannot be found by trying.
 */

export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

/** Eight random letters of the alphabet (without modulo bias: bytes ≥ 248 are drawn again). */
export function newJoinCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
	let code = '';
	while (code.length < JOIN_CODE_LENGTH) {
		for (const byte of random(new Uint8Array(16))) {
			if (byte < 248 && code.length < JOIN_CODE_LENGTH) code += JOIN_ALPHABET[byte % JOIN_ALPHABET.length];
		}
	}
	return code;
}

/** K7QMRT4X → K7QM-RT4X */
export function showJoinCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a pupil typed, scanned or pasted (a join link, a code with spaces, dashes or small letters)
 * as a code, or undefined when it cannot be one.
 */
export function readJoinCode(text: string): string | undefined {
	const hash = text.indexOf('#');
	const typed = (hash === -1 ? text : text.slice(hash + 1)).toUpperCase().replace(/[\s\-–.]/g, '');
	return typed.length === JOIN_CODE_LENGTH && [...typed].every((c) => JOIN_ALPHABET.includes(c))
		? typed
		: undefined;
}

/** The address a class QR code carries: the join page, with the code after `#` (never sent to a server). */
export function joinLink(origin: string, code: string): string {
	return `${origin}/join#${showJoinCode(code)}`;
}
