/**
 * Reading untrusted JSON field by field (backups, deck files, links and codes). Each reader returns the
 * value with its exact type or throws `BadField` naming where the data went wrong ("cards[3].pos").
 */

export class BadField extends Error {
	constructor(readonly path: string) {
		super(`bad field ${path}`);
	}
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Record<string, unknown> {
	if (!isObject(value)) throw new BadField(path);
	return value;
}

export function list<T>(
	value: unknown,
	path: string,
	item: (value: unknown, path: string) => T,
	max = Infinity
): T[] {
	if (!Array.isArray(value) || value.length > max) throw new BadField(path);
	return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

/** Text is kept exactly as written (the UI always shows it as text), but never unbounded. */
export function plainText(value: unknown, path: string, max = 2_000): string {
	if (typeof value !== 'string' || value.length > max) throw new BadField(path);
	return value;
}

export function id(value: unknown, path: string): string {
	const found = plainText(value, path, 300);
	if (!found) throw new BadField(path);
	return found;
}

export function number(value: unknown, path: string, min = -Infinity, max = Infinity): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		throw new BadField(path);
	}
	return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
	const found = number(value, path, min, max);
	if (!Number.isInteger(found)) throw new BadField(path);
	return found;
}

/** Epoch milliseconds between 2020 and 2200: anything else is not a time this app wrote. */
export function time(value: unknown, path: string): number {
	return number(value, path, Date.UTC(2020, 0, 1), Date.UTC(2200, 0, 1));
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
	if (!allowed.includes(value as T)) throw new BadField(path);
	return value as T;
}

/** Runs a reader; a `BadField` becomes `{ ok: false, path }`, anything else is a bug and is rethrown. */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; path: string } {
	try {
		return { ok: true, value: read() };
	} catch (error) {
		if (error instanceof BadField) return { ok: false, path: error.path };
		throw error;
	}
}
