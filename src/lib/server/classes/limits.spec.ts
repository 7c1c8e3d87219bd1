import { describe, expect, it } from 'vitest';
import { RateLimiter } from './limits';

describe('rate limits', () => {
	it.each([
		// burst, per second, requests at once, then after how many ms, how many more pass
		[3, 1, 5, 0, 0],
		[3, 1, 5, 1000, 1],
		[3, 1, 5, 10_000, 3],
		[20, 0.2, 25, 5000, 1],
		[20, 0.2, 25, 4000, 0]
	])('burst %i at %f/s: %i at once, then after %i ms %i more', (burst, perSecond, first, wait, more) => {
		const limiter = new RateLimiter({ burst, perSecond });
		const passed = Array.from({ length: first }, () => limiter.take('a', 0)).filter(Boolean).length;
		expect(passed).toBe(Math.min(first, burst));
		const later = Array.from({ length: burst + 5 }, () => limiter.take('a', wait)).filter(Boolean).length;
		expect(later).toBe(more);
	});

	it('keeps each key apart, and forgets buckets that have filled up again', () => {
		const limiter = new RateLimiter({ burst: 1, perSecond: 1 });
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('a', 0)).toBe(false);
		expect(limiter.take('b', 0)).toBe(true);
		expect(limiter.allows('a', 0)).toBe(false);
		limiter.forgetFull(5000);
		expect(limiter.size).toBe(0);
	});
});
