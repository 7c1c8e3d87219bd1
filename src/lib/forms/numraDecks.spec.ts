import { describe, expect, it } from 'vitest';
import numraTsv from '../../../lessons/forms/numra.tsv?raw';
import { builtInDecks, deckIndex, servedDecks } from '$lib/server/lessons';
import { clockHands, clockSvg, isDigitsOf, parseNumra } from './numra';
import { numberSpellings, numraDecks, respelled } from './numraDecks';

const numra = parseNumra(numraTsv);
const spellings = numberSpellings(builtInDecks());
const decks = numraDecks(numra, spellings);
const deck = (id: string) => decks.find((d) => d.id === id)!;

describe("Numra's decks", () => {
	it.each([
		['numra-numbers', 13],
		['numra-clock-1', 24],
		['numra-clock-2', 24],
		['numra-clock-3', 36],
		['numra-dates', 28]
	])('%s has %i cards', (id, count) => {
		expect(deck(id).cards).toHaveLength(count);
	});

	it("every reading served is the file's, or the file's with a number word in another of its lexicon spellings", () => {
		for (const { cards } of decks)
			for (const card of cards) {
				const file = numra[card.numra!.kind].get(card.numra!.digits)!;
				const allowed = new Set(file.flatMap((reading) => respelled(reading, spellings, 1000)));
				for (const reading of [card.sma, ...card.variants])
					expect(allowed, `${card.id}: ${reading}`).toContain(reading);
				// and each respelled word is itself a numbers-deck word
				for (const reading of [card.sma, ...card.variants])
					for (const word of reading.split(' '))
						expect(file.some((r) => r.split(' ').includes(word)) || spellings.has(word), word).toBe(true);
			}
	});

	it.each([
		['numra-numbers', 'n4', ['nieljie', 'njieljie'], '4'],
		['numra-numbers', 'n1000', ['tåvsene'], '1000'],
		['numra-clock-1', 't0830', ['bielie uktsie'], '8:30'],
		['numra-clock-2', 't0845', ['njealjehts åvtelen uktsie'], '8:45'],
		['numra-dates', 'd6-2', ['goevten govhtede biejjie'], '6.2.']
	])('%s %s reads %j, shown as %s', (id, cardId, readings, shown) => {
		const card = deck(id).cards.find((c) => c.id === cardId)!;
		expect([card.sma, ...card.variants]).toEqual(expect.arrayContaining(readings));
		expect(card.nb).toEqual([shown]);
	});

	it('a clock card has its drawn face; the levels keep to whole and half hours, quarters, then any minute', () => {
		expect(deck('numra-clock-1').cards.find((c) => c.id === 't0830')!.picture).toBe('/clocks/0830.svg');
		const minutes = (id: string) => new Set(deck(id).cards.map((c) => c.numra!.digits.slice(3)));
		expect(minutes('numra-clock-1')).toEqual(new Set(['00', '30']));
		expect(minutes('numra-clock-2')).toEqual(new Set(['15', '45']));
		expect([...minutes('numra-clock-3')].every((m) => !['00', '15', '30', '45'].includes(m))).toBe(true);
	});

	it('come right after the numbers decks in the learning path', () => {
		const ids = deckIndex().decks.map((d) => d.id);
		const lastNumbers = ids.lastIndexOf('numbers-100');
		expect(ids.slice(lastNumbers + 1, lastNumbers + 6)).toEqual([
			'numra-numbers',
			'numra-clock-1',
			'numra-clock-2',
			'numra-clock-3',
			'numra-dates'
		]);
		expect(servedDecks().length).toBe(builtInDecks().length + 5);
	});
});

describe('answered in digits', () => {
	it.each([
		[{ kind: 'clock', digits: '08:30' }, '8:30', true],
		[{ kind: 'clock', digits: '08:30' }, '08.30', true],
		[{ kind: 'clock', digits: '08:30' }, '8:03', false],
		[{ kind: 'number', digits: '7' }, '7', true],
		[{ kind: 'number', digits: '7' }, 'sju', false],
		[{ kind: 'date', digits: '17.5.' }, '17.5', true],
		[{ kind: 'date', digits: '17.5.' }, '5.17.', false]
	] as const)('%j ← «%s»: %s', (card, typed, right) => {
		expect(isDigitsOf(card, typed)).toBe(right);
	});
});

describe('the clock face', () => {
	it.each([
		['08:30', 255, 180],
		['12:00', 0, 0],
		['03:45', 112.5, 270]
	])('%s: hour hand %f°, minute hand %f°', (time, hour, minute) => {
		expect(clockHands(time)).toEqual({ hour, minute });
		expect(clockSvg(time)).toMatch(/^<svg[^>]+viewBox="0 0 200 200"/);
	});

	it('draws nothing for what is not a time', () => {
		expect(clockSvg('8 o’clock')).toBeUndefined();
	});
});
