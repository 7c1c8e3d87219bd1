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
