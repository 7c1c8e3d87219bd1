/** Write failures a learner can do something about, told apart from the rest. */

/** The device (or the browser's share of it) is full. Dexie may wrap the DOMException in its own error. */
export function isQuotaError(error: unknown): boolean {
	const names = [error, (error as { inner?: unknown } | null)?.inner].map(
		(candidate) => (candidate as { name?: unknown } | null | undefined)?.name
	);
	return names.includes('QuotaExceededError');
}
