import { describe, expect, it } from 'vitest';
import { addDays, dayStart, localDay } from '$lib/calendar/days';
import { homeworkEffort } from './effort';

const evening = new Date(2026, 10, 24, 18).getTime();
/** The end of the day `days` after the evening (the due date is a day; it ends at midnight). */
const dueIn = (days: number) => dayStart(localDay(addDays(evening, days + 1))) - 1;

describe('homework effort (FSRS, a pupil who answers right)', () => {
	it.each([
		// words, goal, days until due → sessions, study days, too soon?
		[13, { kind: 'typed' }, 1, 3, 1, false], // a 13-word list: three sessions in one evening
		[23, { kind: 'typed' }, 1, 5, 1, true], // five sessions in one evening is too much for tomorrow
		[10, { kind: 'typed' }, 0, 2, 1, false], // due tonight still fits: written once is enough
		[13, { kind: 'recall', target: 80 }, 7, 3, 1, false],
		[13, { kind: 'recall', target: 95 }, 14, 6, 3, false], // FSRS's reviews before the due date
		[5, { kind: 'recall', target: 95 }, 0, 1, 1, false] // just learned, checked tonight
	] as const)(
		'%i words, %o, due in %i days → %i sessions on %i days (too soon: %s)',
		(words, goal, days, sessions, studyDays, tooSoon) => {
			const effort = homeworkEffort(words, goal, evening, dueIn(days));
			expect(effort.sessions).toBe(sessions);
			expect(effort.days).toBe(studyDays);
			expect(effort.tooSoon).toBe(tooSoon);
			expect(effort.minutes).toBeGreaterThan(0);
		}
	);

	it('reviews "the day before" on the calendar: the night the clocks go back, not on the due day', () => {
		// Oslo, 25 October 2026 has 25 hours: 24 hours before its end is still the 25th.
		const saturday = new Date(2026, 9, 24, 18).getTime();
		const endOfSunday = dayStart('2026-10-26') - 1;
		const effort = homeworkEffort(5, { kind: 'recall', target: 95 }, saturday, endOfSunday);
		// The early review falls on Saturday evening, the day the list was given: one study day (24 hours
		// back from Sunday's end would have put it on Sunday, a second day).
		expect(effort.answers).toBe(30);
		expect(effort.days).toBe(1);
	});

	it('a due date already past is always too soon', () => {
		expect(homeworkEffort(3, { kind: 'typed' }, evening, evening - 1000).tooSoon).toBe(true);
	});
});
