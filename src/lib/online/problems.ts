/** A class problem code as a message in the learner's language. */
import { t } from '$lib/i18n/locale.svelte';
import type { ClassProblem } from '$lib/services/classApi';

const OWN_MESSAGE: ReadonlySet<ClassProblem> = new Set([
	'offline',
	'unreachable',
	'no-service',
	'join-code',
	'nick-taken',
	'class-full',
	'bad-request',
	'key',
	'token',
	'rate-limited',
	'unavailable',
	'too-few-words',
	'game-over',
	'game-full'
]);

export function problemText(problem: ClassProblem): string {
	return t(`classes.problem.${OWN_MESSAGE.has(problem) ? problem : 'other'}`);
}
