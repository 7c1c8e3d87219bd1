import { describe, expect, it } from 'vitest';
import { JOIN_ALPHABET, joinLink, newJoinCode, readJoinCode, showJoinCode } from './joinCode';
import { readMembership, readTeacherClasses, resultBody, classesWith, withSent } from './device';
import { readRecoveryCode, recoveryCode } from './protocol';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const KEY = 'k'.repeat(43);

describe('join codes', () => {
	it.each([
		['K7QM-RT4X', 'K7QMRT4X'],
		['k7qm rt4x', 'K7QMRT4X'],
		['  K7QMRT4X\n', 'K7QMRT4X'],
		['https://skole.no/join#K7QM-RT4X', 'K7QMRT4X'],
		['K7QM–RT4X', 'K7QMRT4X'],
		['K7QM-RT4', undefined],
		['K7QM-RT4XY', undefined],
		// 0, O, 1, I and L are never issued: a code with them is a misreading, not a code.
		['K7QM-RT40', undefined],
		['K7QM-RT4O', undefined],
		['K7QM-RT4L', undefined],
		['', undefined],
		["'; DROP--", undefined]
	])('reads %j as %j', (typed, code) => {
		expect(readJoinCode(typed)).toBe(code);
	});

	it('never uses a byte past the last whole round of the alphabet (no letter is likelier)', () => {
		let call = 0;
		// First only bytes 248–255 (which would favour A–H), then 0, 1, 2 …
		const source = (bytes: Uint8Array<ArrayBuffer>) => bytes.map((_, i) => (call === 0 ? 248 + (i % 8) : i));
		const code = newJoinCode((bytes) => {
			const out = source(bytes);
			call++;
			return out;
		});
		expect(code).toBe(JOIN_ALPHABET.slice(0, 8));
	});

	it('uses every letter about equally often', () => {
		const codes = Array.from({ length: 2000 }, () => newJoinCode((bytes) => crypto.getRandomValues(bytes)));
		const counts = new Map<string, number>();
		for (const c of codes.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect([...counts.keys()].sort().join('')).toBe([...JOIN_ALPHABET].sort().join(''));
		// 16,000 letters, about 516 each; ±35 % is eight standard deviations.
		for (const count of counts.values()) expect(Math.abs(count - 16000 / 31)).toBeLessThan(180);
	});

	it('shows and links a code in two groups', () => {
		expect(showJoinCode('K7QMRT4X')).toBe('K7QM-RT4X');
		expect(joinLink('https://skole.no', 'K7QMRT4X')).toBe('https://skole.no/join#K7QM-RT4X');
		expect(readJoinCode(joinLink('https://skole.no', 'K7QMRT4X'))).toBe('K7QMRT4X');
	});
});

describe('recovery codes', () => {
	it.each([
		[recoveryCode(ID, KEY), { id: ID, key: KEY }],
		[`Gjenopprettingskode: ${recoveryCode(ID, KEY)} (5B)`, { id: ID, key: KEY }],
		[recoveryCode(ID, KEY).replace(/(.{20})/g, '$1 '), { id: ID, key: KEY }],
		[recoveryCode(ID, KEY.slice(1)), undefined],
		['L1..', undefined]
	])('reads %j', (text, read) => {
		expect(readRecoveryCode(text)).toEqual(read);
	});
});

describe('what a device keeps', () => {
	const cls = { id: ID, name: '5B', key: KEY, group: '5B', created: 1, sent: ['abcdef'] };

	it.each([
		['a kept list', [cls], [cls]],
		['not a list', { id: ID }, []],
		['a broken key', [{ ...cls, key: 'short' }], []],
		['no group (an older entry): the name', [{ ...cls, group: undefined }], [{ ...cls, group: '5B' }]],
		['sent with junk in it', [{ ...cls, sent: ['abcdef', 7, null] }], [cls]]
	])('reads the teacher’s classes from %s', (_case, stored, read) => {
		expect(readTeacherClasses(stored)).toEqual(read);
	});

	const member = {
		className: '5B',
		nick: 'Ada',
		pupilId: ID,
		token: KEY,
		joined: 1,
		assignments: ['abcdef'],
		reported: { abcdef: '[[],null]' }
	};
	it.each([
		['a membership', member, member],
		['a removed one', { ...member, removed: true }, { ...member, removed: true }],
		['no token', { ...member, token: undefined }, undefined],
		['nothing', undefined, undefined],
		['assignments missing', { ...member, assignments: undefined }, { ...member, assignments: [] }],
		[
			'nothing reported yet (an older entry)',
			{ ...member, reported: undefined },
			{ ...member, reported: {} }
		],
		['a reported entry that is not text', { ...member, reported: { a: 1, abcdef: '[[],null]' } }, member]
	])('reads %s', (_case, stored, read) => {
		expect(readMembership(stored)).toEqual(read);
	});

	it('sends a result code’s words, goal time and time, not its nickname or assignment', () => {
		expect(
			resultBody({ v: 1, assignment: 'abcdef', nick: 'Ada', words: [['d/w', 50, 1]], done: null, at: 5 })
		).toEqual({ words: [['d/w', 50, 1]], done: null, at: 5 });
	});

	it('finds the classes an assignment was sent to', () => {
		expect(classesWith([cls, { ...cls, id: 'x', sent: [] }], 'abcdef')).toEqual([cls]);
	});
});

describe('marking an assignment as sent to a class', () => {
	const a = { id: 'a', name: 'A', key: KEY, group: 'A', created: 1, sent: ['x'] };
	const b = { ...a, id: 'b', sent: [] };
	it.each([
		['sent', 'y', true, ['x', 'y']],
		['sent again (once only)', 'x', true, ['x']],
		['taken back', 'x', false, []],
		['taken back when never sent', 'y', false, ['x']]
	])('%s', (_case, assignment, sent, expected) => {
		const [first, second] = withSent([a, b], 'a', assignment, sent);
		expect(first!.sent).toEqual(expected);
		expect(second).toBe(b);
	});
});
