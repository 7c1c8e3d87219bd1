/** When a word begins and ends in the microphone's level readings (the studio's hands-free mode). */

/**
 * Hands-free: voice begins when the level stays above the threshold for 60 ms; it has ended after
 * 0.8 s below it (a pause inside a word is shorter). The threshold follows the room: four times the
 * quietest level heard so far, and never below −45 dBFS.
 */
export class VoiceWatch {
	#floor = Infinity;
	#above = 0;
	#below = 0;
	heard = false;

	/** Feeds one level reading taken `ms` after the last; says when the word has begun and ended. */
	step(level: number, ms: number): 'waiting' | 'speaking' | 'done' {
		this.#floor = Math.min(this.#floor, Math.max(level, 1e-4));
		const threshold = Math.max(this.#floor * 4, 10 ** (-45 / 20));
		if (level >= threshold) {
			this.#above += ms;
			this.#below = 0;
			if (this.#above >= 60) this.heard = true;
		} else {
			this.#above = 0;
			if (this.heard) this.#below += ms;
		}
		if (!this.heard) return 'waiting';
		return this.#below >= 800 ? 'done' : 'speaking';
	}
}
