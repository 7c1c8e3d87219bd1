/** An assignment's goal in the interface language: one sentence that says exactly what is checked. */
import type { Goal } from '$lib/teach/assignment';
import { t } from './locale.svelte';

export function goalText(goal: Goal): string {
	if (goal.kind === 'typed') return t('teach.goalTyped');
	return goal.share === undefined || goal.share === 100
		? t('teach.goalRecallAll', { target: goal.target })
		: t('teach.goalRecall', { share: goal.share, target: goal.target });
}
