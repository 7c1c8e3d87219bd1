import { describe, expect, it } from 'vitest';
import { clockOffset, EventReader } from './events';

describe('reading the stream', () => {
	it.each([
		['one event', ['data: {"a":1}\n\n'], [{ a: 1 }]],
		['cut anywhere', ['da', 'ta: {"a"', ':1}\n', '\n'], [{ a: 1 }]],
		['two in one piece', ['data: 1\n\ndata: 2\n\n'], [1, 2]],
		['a comment between', [': still here\n\ndata: "x"\n\n'], ['x']],
		['Windows line ends', ['data: true\r\n\r\n'], [true]],
		['a broken event skipped', ['data: {oops\n\ndata: 3\n\n'], [3]],
		['not yet whole', ['data: 4\n'], []]
	])('%s', (_name, pieces, expected) => {
		const reader = new EventReader();
		expect(pieces.flatMap((piece) => reader.feed(piece))).toEqual(expected);
	});
});

describe("a device's clock against the server's", () => {
	it.each([
		['the same clock, a 100 ms round trip', 1000, 1100, 1050, 0],
		['3 s ahead', 4000, 4100, 1050, 3000],
		['2 s behind, a slow network', 1000, 1800, 3400, -2000]
	])('%s', (_name, sentAt, receivedAt, serverTime, offset) => {
		expect(clockOffset({ sentAt, receivedAt, serverTime })).toBe(offset);
	});
});
