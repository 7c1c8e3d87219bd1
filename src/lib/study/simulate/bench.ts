/**
 * The teaching benchmark as `npm run bench` runs it (bench/learning.mjs): the first 120 words of the
 * learning path, every learner model, a child's and an adult's day, every scheduler; a 16-word homework
 * for strong, average and weak pupils; the figures for bench/results.json and the picture.
 */
import type { Deck } from '$lib/decks/deck';
import type { DeckForms } from '$lib/forms/forms';
import { FORMS_PER_DAY } from '../plan';
import { studyCardsOf, type StudyCard } from '../cards';
import { DEFAULT_SETTINGS } from '../settings';
import { PUPILS, simulateHomework, type HomeworkFigures, type PupilKind } from './homework';
import { MODELS, type ModelName } from './models';
import { plotPanels, type Panel } from './plot';
import {
	PROFILES,
	round,
	simulate,
	simulateForms,
	type FormsFigures,
	type ProfileName,
	type SchedulerFigures,
	type SchedulerName
} from './run';

export interface BenchOptions {
	words: number;
	days: number;
	learners: number;
	pupils: number;
	newWordsPerDay: number;
	seed: number;
}

export const BENCH_OPTIONS: BenchOptions = {
	words: 120,
	days: 30,
	learners: 12,
	pupils: 200,
	newWordsPerDay: 10,
	seed: 2026
};

type Figures = Omit<SchedulerFigures, 'perDay'>;

export interface Ratios {
	vsAnki: number;
	vsLeitner: number;
	vsGreedy: number;
	/** The app's recalledAvg next to Anki's: the app must not win per minute by knowing less. */
	recalledAvg: number;
	ankiRecalledAvg: number;
	/** recalledAvg / ankiRecalledAvg (goal ≥ 1). */
	recalledVsAnki: number;
}

export interface ProfileFigures {
	minutesPerDay: number;
	byModel: Record<ModelName, Record<SchedulerName, Figures>>;
	ratios: Record<ModelName, Ratios>;
}

export interface LearningFigures extends ProfileFigures {
	/** The adult's figures are `byModel` and `ratios` above; the child's here. */
	child: ProfileFigures;
	homework: Record<PupilKind, HomeworkFigures>;
	/** Forms practice (ACT-R learners): days 1, 3 and 10, and its cost in words recalled. */
	forms?: { model: ModelName; groupsPerDay: number; adult: FormsFigures; child: FormsFigures };
	setup: BenchOptions & { settings: typeof DEFAULT_SETTINGS; homeworkGoal: string };
}

/** The first `words` words of the learning path (decks in index order), both cards of each. */
export function firstWords(decks: readonly Pick<Deck, 'id' | 'cards'>[], words: number): StudyCard[] {
	const cards: StudyCard[] = [];
	let taken = 0;
	for (const deck of decks) {
		const room = words - taken;
		if (room <= 0) break;
		const part = deck.cards.slice(0, room);
		cards.push(...studyCardsOf({ id: deck.id, cards: part }));
		taken += part.length;
	}
	return cards;
}

function profileFigures(
	cards: StudyCard[],
	profile: ProfileName,
	options: BenchOptions,
	panels: Panel[]
): ProfileFigures {
	const byModel = {} as ProfileFigures['byModel'];
	const ratios = {} as ProfileFigures['ratios'];
	for (const model of MODELS) {
		const figures = simulate({
			cards,
			profile: PROFILES[profile],
			model,
			days: options.days,
			learners: options.learners,
			newWordsPerDay: options.newWordsPerDay,
			seed: options.seed
		});
		panels.push({
			title: `${profile}, ${PROFILES[profile].minutesPerDay} min/day, ${model}`,
			lines: Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, f.perDay]))
		});
		byModel[model] = Object.fromEntries(
			Object.entries(figures).map(([name, { perDay: _perDay, ...rest }]) => [name, rest])
		) as Record<SchedulerName, Figures>;
		const { app, anki, leitner, greedy } = figures;
		ratios[model] = {
			vsAnki: round(app.recalledPerMinute / anki.recalledPerMinute, 3),
			vsLeitner: round(app.recalledPerMinute / leitner.recalledPerMinute, 3),
			vsGreedy: round(app.recalledPerMinute / greedy.recalledPerMinute, 3),
			recalledAvg: app.recalledAvg,
			ankiRecalledAvg: anki.recalledAvg,
			recalledVsAnki: round(app.recalledAvg / anki.recalledAvg, 3)
		};
	}
	return { minutesPerDay: PROFILES[profile].minutesPerDay, byModel, ratios };
}

export function teachingBenchmark(
	decks: readonly Pick<Deck, 'id' | 'cards'>[],
	homeworkDeck: Pick<Deck, 'id' | 'cards'>,
	options: BenchOptions = BENCH_OPTIONS,
	forms?: ReadonlyMap<string, Pick<DeckForms, 'words' | 'negation'>>
): { learning: LearningFigures; svg: string } {
	const cards = firstWords(decks, options.words);
	const panels: Panel[] = [];
	const adult = profileFigures(cards, 'adult', options, panels);
	const child = profileFigures(cards, 'child', options, panels);
	const assignment = studyCardsOf({ id: homeworkDeck.id, cards: homeworkDeck.cards.slice(0, 16) });
	const homework = Object.fromEntries(
		(Object.keys(PUPILS) as PupilKind[]).map((kind) => [
			kind,
			simulateHomework({ cards: assignment, pupils: options.pupils, seed: options.seed }, kind)
		])
	) as Record<PupilKind, HomeworkFigures>;
	const formsOf = (profile: ProfileName) =>
		simulateForms(
			{
				cards,
				profile: PROFILES[profile],
				model: 'actr',
				days: options.days,
				learners: options.learners,
				newWordsPerDay: options.newWordsPerDay,
				seed: options.seed
			},
			forms!
		);
	const words = new Set(cards.map((card) => `${card.deckId}/${card.word.id}`)).size;
	const svg = plotPanels(
		panels,
		MODELS.length,
		words,
		`Expected words recalled each evening (of ${words}), by scheduler`
	);
	return {
		learning: {
			...adult,
			child,
			homework,
			...(forms
				? {
						forms: {
							model: 'actr' as const,
							groupsPerDay: FORMS_PER_DAY,
							adult: formsOf('adult'),
							child: formsOf('child')
						}
					}
				: {}),
			setup: {
				...options,
				settings: DEFAULT_SETTINGS,
				homeworkGoal: '16 words, due the next evening, 80 % of the words at 80 % recall'
			}
		},
		svg
	};
}
