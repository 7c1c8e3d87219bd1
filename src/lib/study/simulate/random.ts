/** Seeded randomness for the teaching benchmark: the same seed gives the same learners and answers. */

/** mulberry32: a small, fast 32-bit generator, good enough for simulation (not for secrets). */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A normal draw (Box–Muller) with this mean and standard deviation. */
export function normal(random: () => number, mean = 0, sd = 1): number {
	const u = 1 - random();
	const v = random();
	return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
