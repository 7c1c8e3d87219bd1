/**
 * A teacher's deck being edited: every change is saved on the device at once (there is no "save"
 * to forget). Words come from the lexicon; a pasted word the lexicon lacks is kept only when the
 * teacher confirms it, and is then marked "not in the lexicon".
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the index is built once and never rendered. */
import { wordsOf, type CompactLexicon, type Word } from '$lib/lexicon/compact';
import { buildIndex, findWord, search, type SearchIndex } from '$lib/lexicon/search';
import { cardIdFor, newOwnDeck, type OwnCard, type OwnDeck } from '$lib/teach/ownDeck';
import {
	findOwnDeck,
	keepRecording,
	recordingsOfDeck,
	removeRecording,
	saveDeck
} from '$lib/services/teaching';

/** A pasted line the lexicon does not know, waiting for the teacher's decision. */
export interface UnknownLine {
	sma: string;
	translation: string;
}

let lexicon: Promise<SearchIndex> | undefined;

/** The lexicon index, fetched once (precached by the service worker, so offline too). */
export function lexiconIndex(): Promise<SearchIndex> {
	lexicon ??= fetch('/lexicon.json')
		.then((response) => response.json() as Promise<CompactLexicon>)
		.then((compact) => buildIndex(wordsOf(compact)));
	return lexicon;
}

/**
 * A card for a lexicon word: its first gloss in each language (sarva has ten Norwegian ones; the card
 * shows one, and the others are offered as choices), or the teacher's own translation when one was pasted.
 */
export function cardFromWord(word: Word, taken: ReadonlySet<string>, translation = ''): OwnCard {
	// A word whose first sense has no Norwegian gloss still has one among its other senses.
	const nb = word.nb.length ? word.nb : word.nbOther.slice(0, 1);
	const own = translation.trim();
	return {
		id: cardIdFor(word.sma, taken),
		sma: word.sma,
		variants: [],
		pos: word.pos,
		nb: own ? [own] : nb.slice(0, 1),
		sv: word.sv.slice(0, 1),
		en: word.en.slice(0, 1),
		...(own && !nb.includes(own) ? { teacherTranslation: true as const } : {})
	};
}

/** The lexicon's other Norwegian glosses of a card's word: offered as choices in the editor. */
export function otherGlosses(word: Word | undefined, card: OwnCard): string[] {
	if (!word) return [];
	return [...new Set([...word.nb, ...word.nbOther])].filter((gloss) => !card.nb.includes(gloss)).slice(0, 8);
}

/** `word ⇥ translation` lines (a tab, or two or more spaces, or " - " between them). */
export function parseLines(text: string): UnknownLine[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [sma = '', ...rest] = line.split(/\t| {2,}| [-–=] /);
			return { sma: sma.trim().normalize('NFC'), translation: rest.join(' ').trim() };
		})
		.filter((line) => line.sma);
}

export class DeckEditor {
	deck = $state<OwnDeck>();
	index = $state.raw<SearchIndex>();
	query = $state('');
	results = $state.raw<Word[]>([]);
	unknown = $state<UnknownLine[]>([]);
	recordings = $state.raw<Map<string, Blob>>(new Map());
	/** Feedback after the last paste: how many lines were added, were already there, are unknown. */
	pasted = $state<{ added: number; duplicates: string[]; unknown: number }>();

	readonly ids = $derived(new Set(this.deck?.cards.map((card) => card.id) ?? []));
	readonly words = $derived(new Set(this.deck?.cards.map((card) => `${card.sma}\u0000${card.pos}`) ?? []));

	async load(id: string | null, title: string): Promise<void> {
		this.deck = (id ? await findOwnDeck(id) : undefined) ?? newOwnDeck(title);
		this.recordings = await recordingsOfDeck(this.deck.id);
		this.index = await lexiconIndex();
	}

	/** Runs the search for the current query; User Timing for `npm run bench` (lexiconSearchP95Ms). */
	find(query: string): void {
		this.query = query;
		performance.mark('lieredh:search-start');
		this.results = this.index ? search(this.index, query) : [];
	}

	has(word: Word): boolean {
		return this.words.has(`${word.sma}\u0000${word.pos}`);
	}

	async add(word: Word): Promise<void> {
		if (!this.deck || this.has(word)) return;
		this.deck.cards.push(cardFromWord(word, this.ids));
		await this.save();
	}

	async paste(text: string): Promise<void> {
		if (!this.deck || !this.index) return;
		let added = 0;
		const duplicates: string[] = [];
		const unknown: UnknownLine[] = [];
		for (const line of parseLines(text)) {
			const word = findWord(this.index, line.sma);
			if (!word) unknown.push(line);
			else if (this.has(word)) duplicates.push(word.sma);
			else {
				// The teacher's translation is kept: "gåetie ⇥ gamme" stays gamme, not the lexicon's "hus".
				this.deck.cards.push(cardFromWord(word, this.ids, line.translation));
				added++;
			}
		}
		this.unknown = [...this.unknown, ...unknown];
		this.pasted = { added, duplicates, unknown: unknown.length };
		await this.save();
	}

	/** Every waiting unknown word with a translation kept at once (a textbook list: one click). */
	async keepAllUnknown(): Promise<void> {
		for (const line of this.unknown.filter((line) => line.translation)) await this.keepUnknown(line);
	}

	/** The lexicon word a card was made from (for offering its other glosses). */
	wordOf(card: OwnCard): Word | undefined {
		return this.index && !card.unverified ? findWord(this.index, card.sma) : undefined;
	}

	/** The teacher's own translation of a card (Norwegian), marked as theirs; empty keeps the old one. */
	async translate(id: string, translation: string): Promise<void> {
		const card = this.deck?.cards.find((other) => other.id === id);
		const text = translation.trim();
		if (!card || !text || card.nb[0] === text) return;
		const word = this.wordOf(card);
		card.nb = [text];
		const fromLexicon = word && [...word.nb, ...word.nbOther].includes(text);
		if (fromLexicon) delete card.teacherTranslation;
		else card.teacherTranslation = true;
		await this.save();
	}

	/** The teacher confirms a word the lexicon lacks: kept, marked as not in the lexicon. */
	async keepUnknown(line: UnknownLine): Promise<void> {
		if (!this.deck || !line.translation) return;
		this.deck.cards.push({
			id: cardIdFor(line.sma, this.ids),
			sma: line.sma,
			variants: [],
			pos: '?',
			nb: [line.translation],
			sv: [],
			en: [],
			unverified: true,
			teacherTranslation: true
		});
		this.unknown = this.unknown.filter((other) => other !== line);
		await this.save();
	}

	dropUnknown(line: UnknownLine): void {
		this.unknown = this.unknown.filter((other) => other !== line);
	}

	async remove(id: string): Promise<void> {
		if (!this.deck) return;
		this.deck.cards = this.deck.cards.filter((card) => card.id !== id);
		await removeRecording(this.deck.id, id);
		await this.save();
	}

	async move(id: string, by: -1 | 1): Promise<void> {
		const cards = this.deck?.cards;
		if (!cards) return;
		const from = cards.findIndex((card) => card.id === id);
		const to = from + by;
		if (from < 0 || to < 0 || to >= cards.length) return;
		[cards[from], cards[to]] = [cards[to]!, cards[from]!];
		await this.save();
	}

	async rename(title: string): Promise<void> {
		if (!this.deck || !title.trim()) return;
		const trimmed = title.trim();
		this.deck.title = { nb: trimmed, sv: trimmed, en: trimmed };
		await this.save();
	}

	async record(cardId: string, audio: Blob): Promise<void> {
		if (!this.deck) return;
		await keepRecording(this.deck.id, cardId, audio);
		this.recordings = new Map(this.recordings).set(cardId, audio);
	}

	async save(): Promise<void> {
		if (this.deck) await saveDeck($state.snapshot(this.deck) as OwnDeck);
	}
}
