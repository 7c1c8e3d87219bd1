/** What a study session draws from: everything started ('all'), one deck (built-in or own), or an assignment. */

export const ALL_SCOPE = 'all';
export const ASSIGNMENT_SCOPE = 'assignment:';

/** The scope of a study page's address: `?assignment=<id>`, `?deck=<id>`, or everything started. */
export function scopeOf(params: URLSearchParams): string {
	const assignment = params.get('assignment');
	if (assignment) return `${ASSIGNMENT_SCOPE}${assignment}`;
	return params.get('deck') || ALL_SCOPE;
}

/** The assignment id of an assignment scope, else undefined. */
export function assignmentOfScope(scope: string): string | undefined {
	return scope.startsWith(ASSIGNMENT_SCOPE) ? scope.slice(ASSIGNMENT_SCOPE.length) : undefined;
}

/** "Learn 5 more" (`?more=1`) and "Review early" (`?early=1`) on a study page's address. */
export function extraOf(params: URLSearchParams): { more: boolean; early: boolean } {
	return { more: params.get('more') === '1', early: params.get('early') === '1' };
}

/** The study page's address for a scope, with "Learn 5 more" or "Review early" when asked. */
export function studySearch(scope: string, extra: 'more' | 'early' | null = null): string {
	const params = new URLSearchParams();
	const assignment = assignmentOfScope(scope);
	if (assignment) params.set('assignment', assignment);
	else if (scope !== ALL_SCOPE) params.set('deck', scope);
	if (extra) params.set(extra, '1');
	const search = params.toString();
	return search ? `?${search}` : '';
}
