/** Every key of a locale file, flattened as `a.b.c`: the parity and provenance tests use it. */
export function flattenKeys(messages: object, prefix = ''): string[] {
	return Object.entries(messages).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null ? flattenKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]
	);
}
