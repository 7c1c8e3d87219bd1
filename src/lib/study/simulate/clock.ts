/**
 * The simulated learner's days: one study window every day at the same hour, the evening measurement
 * after it, and the psychological time of ACT-R (Pavlik & Anderson 2005), in which time between study
 * windows passes `h` times as fast as time within them.
 */
export const SECOND = 1000;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Day 0 starts here (a Monday, midnight UTC: the simulation has no time zones). */
export const EPOCH = Date.UTC(2027, 0, 4);

export interface StudyDays {
	/** When each day's study starts, in hours after midnight. */
	startHour: number;
	/** How long the study window is, in seconds (the daily budget: the same for every scheduler). */
	windowSeconds: number;
	/** When the evening measurement is, in hours after midnight (after the window). */
	measureHour: number;
}

export function dayStart(day: number): number {
	return EPOCH + day * DAY;
}

export function studyStart(days: StudyDays, day: number): number {
	return dayStart(day) + days.startHour * HOUR;
}

export function evening(days: StudyDays, day: number): number {
	return dayStart(day) + days.measureHour * HOUR;
}

export function dayOf(at: number): number {
	return Math.floor((at - EPOCH) / DAY);
}

/**
 * Psychological time in seconds (Pavlik & Anderson 2005, "h"): within a study window it is real time,
 * outside it real time × h. A fixed window each day (not when a scheduler happens to stop) keeps the
 * clock the same for every scheduler, so none gains by stopping early.
 */
export function psychologicalSeconds(days: StudyDays, h: number, at: number): number {
	const day = dayOf(at);
	const window = days.windowSeconds;
	const perDay = window + h * (DAY / SECOND - window);
	const into = (at - dayStart(day)) / SECOND;
	const start = days.startHour * 3600;
	const within =
		into <= start
			? h * into
			: into <= start + window
				? h * start + (into - start)
				: h * start + window + h * (into - start - window);
	return day * perDay + within;
}
