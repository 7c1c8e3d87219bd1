/**
 * The live class game's rules (#27), pure: what an answer is worth, when it is late, how teams are
 * made and scored, and what the class learned together. Built to keep weaker pupils playing: a right
 * answer is always worth at least half the points, speed adds the rest, and there is no streak (a run
 * of misses never costs more than each miss).
 */

/** Points for a right answer in time: half for being right, up to half again for speed. */
export const RIGHT_POINTS = 500;
export const SPEED_POINTS = 500;
/** An answer this much after the limit still counts (a phone's tap and the network). */
export const GRACE_MS = 250;

export interface Timing {
	/** When the question was shown, on the server's clock (ms). */
	shownAt: number;
	/** When the pupil answered, on their device's clock (ms). */
	answeredAt: number;
	/** The device's clock minus the server's, as measured when it joined (ms). */
	offset: number;
	limitMs: number;
}

/** How long the pupil took, on the server's clock; never negative (a clock measured a little off). */
export function elapsedMs({ shownAt, answeredAt, offset }: Timing): number {
	return Math.max(0, answeredAt - offset - shownAt);
}

export function isLate(timing: Timing): boolean {
	return elapsedMs(timing) > timing.limitMs + GRACE_MS;
}

/** An answer's points: 0 when wrong or late; right in time, 500 plus up to 500 for speed. */
export function pointsFor(right: boolean, timing: Timing): number {
	if (!right || isLate(timing)) return 0;
	const share = Math.min(1, elapsedMs(timing) / timing.limitMs);
	return RIGHT_POINTS + Math.round(SPEED_POINTS * (1 - share));
}

/**
 * Teams of about equal size, in the order the players joined (round robin), so friends who join
 * together end up on different teams. A team's score is its members' mean, so a team with one more
 * player has no advantage.
 */
export function makeTeams<T>(players: readonly T[], teams: number): T[][] {
	const count = Math.max(1, Math.min(teams, players.length || 1));
	const out: T[][] = Array.from({ length: count }, () => []);
	players.forEach((player, i) => out[i % count]!.push(player));
	return out;
}

export function teamScore(points: readonly number[]): number {
	return points.length ? Math.round(points.reduce((a, b) => a + b, 0) / points.length) : 0;
}

/** One question's answers: who answered right, of how many who played it. */
export interface QuestionResult {
	word: string;
	right: number;
	answered: number;
}

/**
 * What the class knew together: a word counts as known when at least half of those who answered got it
 * right; the three to practise are the ones with the lowest share right (ties in the game's order).
 */
export function classResult(questions: readonly QuestionResult[]): {
	known: number;
	total: number;
	practise: string[];
} {
	const share = (q: QuestionResult) => (q.answered ? q.right / q.answered : 0);
	const known = questions.filter((q) => q.answered > 0 && share(q) >= 0.5).length;
	const practise = questions
		.map((q, i) => ({ q, i }))
		.filter(({ q }) => share(q) < 1)
		.sort((a, b) => share(a.q) - share(b.q) || a.i - b.i)
		.slice(0, 3)
		.map(({ q }) => q.word);
	return { known, total: questions.length, practise };
}

/** The podium (top three by points), or nothing when the teacher chose to show no individual ranking. */
export function podium<T extends { points: number }>(players: readonly T[], showRanking: boolean): T[] {
	if (!showRanking) return [];
	return [...players].sort((a, b) => b.points - a.points).slice(0, 3);
}
