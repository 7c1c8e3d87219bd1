/**
 * Rate limits (documented in the README), as token buckets. Each limit has its own budget, so one kind
 * of traffic can never spend another's: pupils' typos at the join page never hold up a teacher's view,
 * and an outsider flooding a class's join code never spends the teacher's budget.
 *
 * Buckets live in memory in the process (PGlite: one process), or with `DATABASE_URL` in PostgreSQL,
 * so that every process behind a load balancer spends one budget. A bucket's key is never a raw
 * address in the database: addresses are stored only as an HMAC under a secret the servers share (and
 * buckets are dropped once they have filled up again).
 */
import { createHmac } from 'node:crypto';
import type { Sql } from './engine';

export interface Bucket {
	/** How many requests may come at once. */
	burst: number;
	/** Requests a second after that. */
	perSecond: number;
}

/**
 * A whole school may share one address, so that limit is wide. A class has its own budgets for its
 * teacher, its joined pupils and its joins, apart from each other. Join codes are the only thing worth
 * guessing (keys and tokens are 256 random bits: a wrong one is simply refused), and a school behind one
 * address has a class of pupils typing the code at once, typos included: 60 tries, then one every 2 s.
 */
export const LIMITS = {
	address: { burst: 1200, perSecond: 40 },
	teacher: { burst: 300, perSecond: 10 },
	pupils: { burst: 600, perSecond: 20 },
	joins: { burst: 90, perSecond: 1 },
	create: { burst: 60, perSecond: 0.1 },
	guess: { burst: 60, perSecond: 0.5 },
	// A live game's players' calls (answers, streams, reconnects): 60 players reconnecting at once twice
	// over, then more than a game of 60 answering every 3 s ever sends.
	game: { burst: 600, perSecond: 20 }
} satisfies Record<string, Bucket>;

export type LimitName = keyof typeof LIMITS;

/** How many pupils a class may have: two classes' worth, so a teacher never needs to make a second. */
export const MAX_PUPILS = 60;

/** Where buckets are kept: one process's memory, or a database all processes share. */
export interface LimitStore {
	/** Takes one token from `name`'s bucket for `key` at `now` (ms); false when it is empty. */
	take(name: LimitName, key: string, now: number): Promise<boolean>;
	/** Gives a token back (a join with the right code is not a guess). */
	giveBack(name: LimitName, key: string, now: number): Promise<void>;
	/** Drops buckets that have filled up again: they hold nothing a fresh one would not. */
	forgetFull(now: number): Promise<void>;
}

/** The tokens a bucket holds at `now`, refilled since `at`. */
function refilled({ burst, perSecond }: Bucket, tokens: number, at: number, now: number): number {
	return Math.min(burst, tokens + (Math.max(0, now - at) / 1000) * perSecond);
}

/** Buckets in this process's memory. */
export class MemoryLimits implements LimitStore {
	#buckets = new Map<string, { name: LimitName; tokens: number; at: number }>();

	async take(name: LimitName, key: string, now: number): Promise<boolean> {
		return this.takeNow(name, key, now);
	}

	/** `take`, synchronously: the address limit runs first on every request. */
	takeNow(name: LimitName, key: string, now: number): boolean {
		const id = `${name}\u0000${key}`;
		const entry = this.#buckets.get(id);
		const tokens = entry ? refilled(LIMITS[name], entry.tokens, entry.at, now) : LIMITS[name].burst;
		if (tokens < 1) {
			this.#buckets.set(id, { name, tokens, at: now });
			return false;
		}
		this.#buckets.set(id, { name, tokens: tokens - 1, at: now });
		if (this.#buckets.size > 50_000) void this.forgetFull(now);
		return true;
	}

	async giveBack(name: LimitName, key: string, now: number): Promise<void> {
		const id = `${name}\u0000${key}`;
		const entry = this.#buckets.get(id);
		if (entry)
			this.#buckets.set(id, {
				name,
				tokens: refilled(LIMITS[name], entry.tokens + 1, entry.at, now),
				at: now
			});
	}

	async forgetFull(now: number): Promise<void> {
		for (const [id, entry] of this.#buckets) {
			if (refilled(LIMITS[entry.name], entry.tokens, entry.at, now) >= LIMITS[entry.name].burst)
				this.#buckets.delete(id);
		}
	}

	get size(): number {
		return this.#buckets.size;
	}
}

/**
 * Buckets in PostgreSQL, shared by every process on it. Taking a token is one statement that refills
 * and spends under the row's lock, so parallel requests through any number of processes cannot spend
 * more than the bucket holds: a check-then-spend around an `await` would let them all through.
 */
export class SharedLimits implements LimitStore {
	#sql: Sql;
	#secret: Buffer;

	constructor(sql: Sql, secret: Buffer) {
		this.#sql = sql;
		this.#secret = secret;
	}

	/** Addresses only as an HMAC under the servers' shared secret: no address is stored. */
	#key(key: string): string {
		return createHmac('sha256', this.#secret).update(key).digest('base64url');
	}

	async take(name: LimitName, key: string, now: number): Promise<boolean> {
		const { burst, perSecond } = LIMITS[name];
		const taken = await this.#sql.query(
			`INSERT INTO rate_buckets (name, key, tokens, at) VALUES ($1, $2, $3 - 1, $4)
			 ON CONFLICT (name, key) DO UPDATE
			   SET tokens = LEAST($3, rate_buckets.tokens + GREATEST(0, $4 - rate_buckets.at) / 1000.0 * $5) - 1,
			       at = $4
			   WHERE LEAST($3, rate_buckets.tokens + GREATEST(0, $4 - rate_buckets.at) / 1000.0 * $5) >= 1
			 RETURNING tokens`,
			[name, this.#key(key), burst, now, perSecond]
		);
		return taken.length > 0;
	}

	async giveBack(name: LimitName, key: string): Promise<void> {
		await this.#sql.query(
			'UPDATE rate_buckets SET tokens = LEAST($3, tokens + 1) WHERE name = $1 AND key = $2',
			[name, this.#key(key), LIMITS[name].burst]
		);
	}

	async forgetFull(now: number): Promise<void> {
		for (const [name, { burst, perSecond }] of Object.entries(LIMITS)) {
			await this.#sql.query(
				`DELETE FROM rate_buckets WHERE name = $1
				   AND tokens + GREATEST(0, $2 - at) / 1000.0 * $3 >= $4`,
				[name, now, perSecond, burst]
			);
		}
	}
}
