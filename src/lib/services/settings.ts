/** The learner's study settings, read and written for the Settings screen. */
import { database } from '$lib/db/database';
import { loadSettings, saveSettings } from '$lib/db/progress';
import type { StudySettings } from '$lib/study/settings';

export function studySettings(): Promise<StudySettings> {
	return loadSettings(database());
}

export function saveStudySettings(settings: StudySettings): Promise<void> {
	return saveSettings(database(), settings);
}
