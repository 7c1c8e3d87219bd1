/** The learner's study settings, as stored on the device and carried in backups: defaults and limits. */

export interface StudySettings {
	/** New cards introduced per day (both directions count). */
	newPerDay: number;
	/** Desired retention for FSRS, 0.70–0.97. */
	retention: number;
	/** Grade yourself with flashcards instead of choosing and typing. */
	flashcards: boolean;
}

/**
 * 20 new cards a day (about ten new words: a word's production card counts too, a day after its
 * recognition): chosen from the teaching benchmark (bench/results.json, learning), where 20 instead of 10
 * raised the words recalled on every learner model, for a child's 10 minutes and an adult's 20.
 */
export const DEFAULT_SETTINGS: StudySettings = { newPerDay: 20, retention: 0.9, flashcards: false };

export const LIMITS = {
	newPerDay: { min: 0, max: 100 },
	retention: { min: 0.7, max: 0.97 }
} as const;

/** Settings as stored, with defaults for anything missing or out of range. */
export function sanitizeSettings(value: unknown): StudySettings {
	const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<
		Record<keyof StudySettings, unknown>
	>;
	const inRange = (n: unknown, { min, max }: { min: number; max: number }) =>
		typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
	return {
		newPerDay: inRange(raw.newPerDay, LIMITS.newPerDay)
			? Math.round(raw.newPerDay as number)
			: DEFAULT_SETTINGS.newPerDay,
		retention: inRange(raw.retention, LIMITS.retention)
			? (raw.retention as number)
			: DEFAULT_SETTINGS.retention,
		flashcards: typeof raw.flashcards === 'boolean' ? raw.flashcards : DEFAULT_SETTINGS.flashcards
	};
}
