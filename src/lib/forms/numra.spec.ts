import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clockHands, clockLevel, clockTimes, digitsOf, parseNumra } from './numra';

const numra = parseNumra(readFileSync('lessons/forms/numra.tsv', 'utf8'));

describe('Numra data', () => {
	it.each([
		['number', '4', ['njieljie']],
		['number', '21', ['göökteluhkieakte']],
		['number', '1000', ['tåvsene']],
		['clock', '08:30', ['bielie uktsie']],
		['clock', '08:45', ['njealjehts åvtelen uktsie']],
		['date', '6.2.', ['goevten govhtede biejjie']]
	] as const)('%s %s reads %o', (kind, digits, words) => {
		expect(numra[kind].get(digits)).toEqual(words);
	});

	it('holds 0–1000 and the years, every minute of the day and every date', () => {
		expect(numra.clock.size).toBe(24 * 60);
		expect(numra.number.has('1000') && numra.number.has('2100')).toBe(true);
		expect(numra.date.has('29.2.')).toBe(true);
	});
});

describe('the clock', () => {
	it.each([
		['08:00', 1],
		['08:30', 1],
		['08:15', 2],
		['08:45', 2],
		['08:07', 3],
		['23:59', 3],
		['24:00', undefined],
		['8:30', undefined]
	] as const)('%s is level %s', (time, level) => {
		expect(clockLevel(time)).toBe(level);
	});

	it('levels on a child’s 12-hour face: 24 whole and half hours, 24 quarters, 672 other minutes', () => {
		expect(clockTimes(numra, 1)).toHaveLength(24);
		expect(clockTimes(numra, 2)).toHaveLength(24);
		expect(clockTimes(numra, 3)).toHaveLength(12 * 56);
	});

	it.each([
		['03:00', { hour: 90, minute: 0 }],
		['08:30', { hour: 255, minute: 180 }],
		['12:45', { hour: 22.5, minute: 270 }]
	] as const)('the hands at %s', (time, hands) => {
		expect(clockHands(time)).toEqual(hands);
	});

	it.each([
		['number', ' 21 ', '21'],
		['number', '021', '21'],
		['number', 'tjuetie', undefined],
		['clock', '8:30', '08:30'],
		['clock', '8.30', '08:30'],
		['clock', '830', undefined],
		['date', '06.02', '6.2.'],
		['date', '6.2.', '6.2.']
	] as const)('%s typed «%s» is %s', (kind, typed, digits) => {
		expect(digitsOf(kind, typed)).toBe(digits);
	});
});
