/**
 * Checks a deck against the format and the lexicon. Returns problem codes (never UI sentences), each
 * naming the file and card, so the build can stop with a precise message and the app can translate it.
 */
import { lexiconKey, type GlossLanguage, type Lexicon } from '$lib/lexicon/lexicon';
import { DECK_FORMAT, THEMES, type Card, type Deck, type Localized, type Theme } from './deck';

export type ProblemCode =
	| 'not-an-object'
	| 'unknown-field'
	| 'missing-field'
	| 'bad-id'
	| 'id-mismatch'
	| 'bad-text'
	| 'bad-theme'
	| 'bad-level'
	| 'no-cards'
	| 'too-many-cards'
	| 'duplicate-card-id'
	| 'not-nfc'
	| 'unknown-word'
	| 'wrong-pos'
	| 'no-translation'
	| 'unknown-gloss'
	| 'bad-variant'
	| 'bad-emoji'
	| 'unsourced-sma-title';

export interface Problem {
	file: string;
	card?: string;
	code: ProblemCode;
	detail?: string;
}

export interface DeckSources {
	lexicon: Lexicon;
	/** South Sami texts of the interface glossary: a deck's South Sami title must be one of them. */
	glossaryTexts: ReadonlySet<string>;
}

/** A deck may hold at most this many cards (a teacher's own deck too). */
export const MAX_CARDS = 500;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DECK_FIELDS = new Set(['id', 'title', 'theme', 'level', 'description', 'cards', 'format']);
const CARD_FIELDS = new Set(['id', 'sma', 'variants', 'pos', 'nb', 'sv', 'en', 'emoji', 'note']);
const LANGUAGES: GlossLanguage[] = ['nb', 'sv', 'en'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

function localized(value: unknown): value is Localized {
	return isRecord(value) && LANGUAGES.every((lang) => isText(value[lang]));
}

/** Validates one parsed deck file; `file` is its name without extension, which must equal its id. */
export function validateDeck(
	raw: unknown,
	file: string,
	sources: DeckSources
): { deck?: Deck; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (code: ProblemCode, detail?: string, card?: string) =>
		problems.push({
			file,
			code,
			...(card === undefined ? {} : { card }),
			...(detail === undefined ? {} : { detail })
		});

	if (!isRecord(raw)) {
		report('not-an-object');
		return { problems };
	}
	for (const key of Object.keys(raw)) if (!DECK_FIELDS.has(key)) report('unknown-field', key);
	for (const key of ['id', 'title', 'theme', 'level', 'description', 'cards']) {
		if (raw[key] === undefined) report('missing-field', key);
	}
	if (raw.id !== undefined && (typeof raw.id !== 'string' || !ID.test(raw.id)))
		report('bad-id', String(raw.id));
	else if (typeof raw.id === 'string' && raw.id !== file) report('id-mismatch', raw.id);
	if (raw.title !== undefined) {
		if (!localized(raw.title)) report('bad-text', 'title');
		else {
			const { sma } = raw.title as Localized & { sma?: unknown };
			if (sma !== undefined && !(isText(sma) && isSourcedTitle(sma, sources)))
				report('unsourced-sma-title', String(sma));
		}
	}
	if (raw.description !== undefined && !localized(raw.description)) report('bad-text', 'description');
	if (raw.theme !== undefined && !(THEMES as readonly unknown[]).includes(raw.theme))
		report('bad-theme', String(raw.theme));
	if (
		raw.level !== undefined &&
		!(Number.isInteger(raw.level) && (raw.level as number) >= 1 && (raw.level as number) <= 5)
	) {
		report('bad-level', String(raw.level));
	}

	const cards: Card[] = [];
	if (raw.cards !== undefined) {
		if (!Array.isArray(raw.cards) || raw.cards.length === 0) report('no-cards');
		else if (raw.cards.length > MAX_CARDS) report('too-many-cards', String(raw.cards.length));
		else {
			const seen = new Set<string>();
			raw.cards.forEach((value, index) => {
				const card = validateCard(value, index, sources, (code, detail, id) => report(code, detail, id));
				if (!card) return;
				if (seen.has(card.id)) report('duplicate-card-id', undefined, card.id);
				seen.add(card.id);
				cards.push(card);
			});
		}
	}
	if (problems.length) return { problems };
	const { id, title, theme, level, description } = raw as Omit<Deck, 'cards' | 'format'>;
	return {
		deck: { format: DECK_FORMAT, id, title, theme: theme as Theme, level, description, cards },
		problems
	};
}

function isSourcedTitle(sma: string, { lexicon, glossaryTexts }: DeckSources): boolean {
	if (glossaryTexts.has(sma)) return true;
	return [...lexicon.values()].some((entry) => entry.sma === sma);
}

type Report = (code: ProblemCode, detail: string | undefined, card: string) => void;

function validateCard(
	raw: unknown,
	index: number,
	{ lexicon }: DeckSources,
	report: Report
): Card | undefined {
	const label = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
	if (!isRecord(raw)) {
		report('not-an-object', undefined, label);
		return undefined;
	}
	let ok = true;
	const fail = (code: ProblemCode, detail?: string) => {
		ok = false;
		report(code, detail, label);
	};
	for (const key of Object.keys(raw)) if (!CARD_FIELDS.has(key)) fail('unknown-field', key);
	for (const key of ['id', 'sma', 'pos', 'nb']) if (raw[key] === undefined) fail('missing-field', key);
	if (!ok) return undefined;
	if (typeof raw.id !== 'string' || !ID.test(raw.id)) fail('bad-id', String(raw.id));
	if (!isText(raw.sma) || !isText(raw.pos)) {
		fail('bad-text', 'sma/pos');
		return undefined;
	}
	if (raw.sma !== raw.sma.normalize('NFC')) fail('not-nfc', raw.sma);
	const entry = lexicon.get(lexiconKey(raw.sma, raw.pos));
	if (!entry) {
		const other = [...lexicon.values()].filter((e) => e.sma === raw.sma).map((e) => e.pos);
		if (other.length) fail('wrong-pos', `${raw.sma} is ${other.join('/')}, not ${raw.pos}`);
		else fail('unknown-word', raw.sma);
		return undefined;
	}
	const translations: Record<GlossLanguage, string[]> = { nb: [], sv: [], en: [] };
	for (const lang of LANGUAGES) {
		const value = raw[lang] ?? [];
		if (!Array.isArray(value) || !value.every(isText)) {
			fail('bad-text', lang);
			continue;
		}
		for (const gloss of value)
			if (!entry.glosses[lang].has(gloss)) fail('unknown-gloss', `${lang}: ${gloss}`);
		translations[lang] = value;
	}
	if (translations.nb.length === 0) fail('no-translation', 'nb');
	const variants = raw.variants ?? [];
	if (!isTextList(variants)) fail('bad-text', 'variants');
	else {
		for (const variant of variants) {
			const other = lexicon.get(lexiconKey(variant, raw.pos));
			const shares = other && other.nb.some((gloss) => entry.glosses.nb.has(gloss));
			if (!shares) fail('bad-variant', variant);
		}
	}
	if (raw.emoji !== undefined && !(isText(raw.emoji) && [...raw.emoji].length <= 4))
		fail('bad-emoji', String(raw.emoji));
	if (raw.note !== undefined && !localized(raw.note)) fail('bad-text', 'note');
	if (!ok) return undefined;
	return {
		id: raw.id as string,
		sma: raw.sma,
		variants: variants as string[],
		pos: raw.pos,
		...translations,
		...(raw.emoji === undefined ? {} : { emoji: raw.emoji as string }),
		...(raw.note === undefined ? {} : { note: raw.note as Localized })
	};
}

/** One line for a build log or test failure: file, card and what is wrong. */
export function describeProblem({ file, card, code, detail }: Problem): string {
	return `lessons/${file}.yaml${card ? `, card ${card}` : ''}: ${code}${detail ? ` (${detail})` : ''}`;
}
