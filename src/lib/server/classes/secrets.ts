/** Ids, keys and tokens for the class service, and how they are kept: only as hashes, compared in constant time. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 128 random bits: class and pupil ids (not secret, never guessable). */
export const newId = () => randomBytes(16).toString('base64url');
/** 256 random bits: a teacher key or a pupil's device token. */
export const newSecret = () => randomBytes(32).toString('base64url');

export const hashOf = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/** Whether `secret` hashes to `stored`, taking the same time whatever matches (no timing hint). */
export function sameSecret(secret: string, stored: Uint8Array | undefined): boolean {
	const known = stored?.length === 32;
	// With no stored hash, compare against zeros anyway, so a missing class takes as long.
	return timingSafeEqual(hashOf(secret), known ? Buffer.from(stored) : Buffer.alloc(32)) && known;
}
