/** Bytes as base64 text (deck files carry recordings) and as base64url (codes travel in links). */

export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	// In chunks: spreading a whole recording into one call would overflow the argument list.
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Throws on text that is not base64 (callers read untrusted files and treat that as a bad field). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function toBase64Url(bytes: Uint8Array): string {
	return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
	return fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
}
