/**
 * Rate limits, in memory, per server process (documented in the README): a token bucket per client
 * address and one per class. Addresses live only here, as map keys for at most a few minutes, and are
 * never stored or logged. Several processes each keep their own buckets: a limit is per process.
 */

export interface Bucket {
	/** How many requests may come at once. */
	burst: number;
	/** Requests a second after that. */
	perSecond: number;
}

/**
 * A whole school may share one address, so that limit is wide; a class is 30 pupils and a teacher, so
 * its limit is narrower; wrong join codes and keys, the only things worth guessing, get a narrow one.
 */
export const LIMITS = {
	address: { burst: 1200, perSecond: 40 },
	class: { burst: 300, perSecond: 10 },
	create: { burst: 60, perSecond: 0.1 },
	guess: { burst: 20, perSecond: 0.2 }
} satisfies Record<string, Bucket>;

export class RateLimiter {
	#buckets = new Map<string, { tokens: number; at: number }>();
	#bucket: Bucket;

	constructor(bucket: Bucket) {
		this.#bucket = bucket;
	}

	/** Takes one request's token for `key` at `now` (ms); false when the bucket is empty. */
	take(key: string, now: number): boolean {
		const { burst, perSecond } = this.#bucket;
		const entry = this.#buckets.get(key);
		const tokens = entry ? Math.min(burst, entry.tokens + ((now - entry.at) / 1000) * perSecond) : burst;
		if (tokens < 1) {
			this.#buckets.set(key, { tokens, at: now });
			return false;
		}
		this.#buckets.set(key, { tokens: tokens - 1, at: now });
		if (this.#buckets.size > 50_000) this.forgetFull(now);
		return true;
	}

	/** Whether `key` has a token left, without taking one. */
	allows(key: string, now: number): boolean {
		const { burst, perSecond } = this.#bucket;
		const entry = this.#buckets.get(key);
		return !entry || Math.min(burst, entry.tokens + ((now - entry.at) / 1000) * perSecond) >= 1;
	}

	/** Drops buckets that have filled up again: they hold nothing a fresh one would not. */
	forgetFull(now: number): void {
		const { burst, perSecond } = this.#bucket;
		for (const [key, entry] of this.#buckets) {
			if (entry.tokens + ((now - entry.at) / 1000) * perSecond >= burst) this.#buckets.delete(key);
		}
	}

	get size(): number {
		return this.#buckets.size;
	}
}
