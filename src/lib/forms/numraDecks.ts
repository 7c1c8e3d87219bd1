/**
 * Numra's decks, built from lessons/forms/numra.tsv (GPL-3.0 data): numbers, the clock at three levels
 * and dates, each a deck like the others (FSRS, the ladder, homework), shown in digits and answered in
 * words, or shown in words and answered in digits. Every South Sami reading is the file's, or the same
 * reading with a number word spelled as the numbers deck (the lexicon) spells it too (njieljie and
 * nieljie both): nothing here writes a word.
 */
import { DECK_FORMAT, type Card, type Deck, type Localized } from '$lib/decks/deck';
import { clockLevel, shownDigits, type Numra, type NumraKind } from './numra';

/** The numbers Numra practises: the first ten, twenty, a hundred and a thousand (0 has no word in the file). */
export const NUMRA_NUMBERS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '20', '100', '1000'];

/** The minutes of the "any minute" level: five-minute steps that are neither whole, half nor quarter hours. */
const ANY_MINUTES = ['05', '10', '20', '25', '35', '40', '50', '55'];

/** Three of the "any minute" times an hour, in turn, so a deck of 36 has every step at several hours. */
function anyMinuteTimes(): string[] {
	const times: string[] = [];
	for (let hour = 1; hour <= 12; hour++)
		for (let k = 0; k < 3; k++)
			times.push(`${String(hour).padStart(2, '0')}:${ANY_MINUTES[(hour * 3 + k) % 8]}`);
	return times;
}

/**
 * The dates practised: the first of every month, a day in each month's middle and end, and the days a
 * class talks about (6 February, the Sami national day; 17 May; 6 June; 24 December).
 */
function numraDates(): string[] {
	const dates: string[] = [];
	for (let month = 1; month <= 12; month++) dates.push(`1.${month}.`, `${10 + ((month * 7) % 18)}.${month}.`);
	for (const day of ['6.2.', '17.5.', '6.6.', '24.12.']) if (!dates.includes(day)) dates.push(day);
	return dates;
}

/** Spellings of number words as the numbers decks have them: each spelling → all of its word's spellings. */
export function numberSpellings(decks: readonly Pick<Deck, 'theme' | 'cards'>[]): Map<string, string[]> {
	const spellings = new Map<string, string[]>();
	for (const deck of decks) {
		if (deck.theme !== 'numbers') continue;
		for (const card of deck.cards) {
			if (card.pos !== 'Num') continue;
			const all = [card.sma, ...card.variants];
			for (const spelling of all) spellings.set(spelling, all);
		}
	}
	return spellings;
}

/** A reading with every number word in each of its spellings (at most `limit` readings). */
export function respelled(reading: string, spellings: ReadonlyMap<string, readonly string[]>, limit = 16) {
	let readings = [''];
	for (const word of reading.split(' ')) {
		const options = spellings.get(word) ?? [word];
		readings = readings
			.flatMap((start) => options.map((option) => (start ? `${start} ${option}` : option)))
			.slice(0, limit);
	}
	return readings;
}

interface NumraDeckPlan {
	id: string;
	kind: NumraKind;
	level: number;
	title: Localized;
	description: Localized;
	digits: (numra: Numra) => string[];
}

export const NUMRA_DECKS: readonly NumraDeckPlan[] = [
	{
		id: 'numra-numbers',
		kind: 'number',
		level: 3,
		title: { nb: 'Tall: sifre og ord', sv: 'Tal: siffror och ord', en: 'Numbers: digits and words' },
		description: {
			nb: 'Fra sifre til ord og tilbake: 1–10, 20, 100 og 1000.',
			sv: 'Från siffror till ord och tillbaka: 1–10, 20, 100 och 1000.',
			en: 'From digits to words and back: 1–10, 20, 100 and 1000.'
		},
		digits: () => NUMRA_NUMBERS
	},
	{
		id: 'numra-clock-1',
		kind: 'clock',
		level: 4,
		title: {
			nb: 'Klokka 1: hele og halve',
			sv: 'Klockan 1: hela och halva',
			en: 'The clock 1: hours and halves'
		},
		description: {
			nb: 'Hele og halve timer, på en klokke med visere og i sifre.',
			sv: 'Hela och halva timmar, på en klocka med visare och i siffror.',
			en: 'Whole and half hours, on a clock face and in digits.'
		},
		digits: (numra) => [...numra.clock.keys()].filter((time) => onFace(time) && clockLevel(time) === 1)
	},
	{
		id: 'numra-clock-2',
		kind: 'clock',
		level: 5,
		title: {
			nb: 'Klokka 2: kvart over og på',
			sv: 'Klockan 2: kvart över och i',
			en: 'The clock 2: quarters'
		},
		description: {
			nb: 'Kvart over og kvart på, på en klokke med visere og i sifre.',
			sv: 'Kvart över och kvart i, på en klocka med visare och i siffror.',
			en: 'Quarter past and quarter to, on a clock face and in digits.'
		},
		digits: (numra) => [...numra.clock.keys()].filter((time) => onFace(time) && clockLevel(time) === 2)
	},
	{
		id: 'numra-clock-3',
		kind: 'clock',
		level: 6,
		title: { nb: 'Klokka 3: alle minutter', sv: 'Klockan 3: alla minuter', en: 'The clock 3: any minute' },
		description: {
			nb: 'Fem, ti, tjue og tjuefem over og på.',
			sv: 'Fem, tio, tjugo och tjugofem över och i.',
			en: 'Five, ten, twenty and twenty-five past and to.'
		},
		digits: anyMinuteTimes
	},
	{
		id: 'numra-dates',
		kind: 'date',
		level: 7,
		title: { nb: 'Datoer', sv: 'Datum', en: 'Dates' },
		description: {
			nb: 'Dager i året, fra sifre til ord og tilbake.',
			sv: 'Dagar på året, från siffror till ord och tillbaka.',
			en: 'Days of the year, from digits to words and back.'
		},
		digits: numraDates
	}
];

/** A time on the 12-hour face a child reads (01:00–12:59). */
function onFace(time: string): boolean {
	const hour = Number(time.slice(0, 2));
	return hour >= 1 && hour <= 12;
}

/** The id of a Numra card: its digits without punctuation (n7, t0830, d17-5). */
function cardIdOf(kind: NumraKind, digits: string): string {
	if (kind === 'number') return `n${digits}`;
	if (kind === 'clock') return `t${digits.replace(':', '')}`;
	return `d${digits.replace(/\.$/, '').replace('.', '-')}`;
}

/**
 * Numra's decks from the file: a card a number, time or date that the file has in words, its first
 * reading the headword and every other reading (and respelling) an accepted variant.
 */
export function numraDecks(numra: Numra, spellings: ReadonlyMap<string, readonly string[]>): Deck[] {
	return NUMRA_DECKS.map((plan) => {
		const cards: Card[] = [];
		for (const digits of plan.digits(numra)) {
			const readings = numra[plan.kind].get(digits)?.filter((reading) => reading !== digits);
			if (!readings?.length) continue;
			const all = [...new Set(readings.flatMap((reading) => respelled(reading, spellings)))];
			const shown = shownDigits({ kind: plan.kind, digits });
			cards.push({
				id: cardIdOf(plan.kind, digits),
				sma: all[0]!,
				variants: all.slice(1),
				pos: 'Num',
				nb: [shown],
				sv: [shown],
				en: [shown],
				numra: { kind: plan.kind, digits },
				...(plan.kind === 'clock' ? { picture: `/clocks/${digits.replace(':', '')}.svg` } : {})
			});
		}
		return {
			format: DECK_FORMAT,
			id: plan.id,
			title: plan.title,
			theme: 'numbers',
			level: plan.level,
			description: plan.description,
			cards
		};
	});
}
