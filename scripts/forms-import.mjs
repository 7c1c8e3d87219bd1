// Copies the word forms and Numra data the app teaches from the reference lexicon (../shared/lexicon,
// GPL-3.0 data generated with GiellaLT's lang-sma) into lessons/forms/: the paradigms of the nouns,
// verbs and adjectives in the decks (and the negation verb), and numra.tsv whole. Run it when a deck
// gains words: `node scripts/forms-import.mjs [path/to/shared/lexicon]`. Nothing is written by hand.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { load } from 'js-yaml';

const source = process.argv[2] ?? '../shared/lexicon';
const INFLECTED = new Set(['N', 'V', 'A']);
const wanted = new Set(['ij\tV']);
for (const file of readdirSync('lessons').filter((name) => name.endsWith('.yaml'))) {
	const deck = load(readFileSync(`lessons/${file}`, 'utf8'));
	for (const card of deck.cards ?? []) if (INFLECTED.has(card.pos)) wanted.add(`${card.sma}\t${card.pos}`);
}
const lines = readFileSync(`${source}/forms.tsv`, 'utf8').split('\n');
const kept = [lines[0], ...lines.slice(1).filter((line) => wanted.has(line.split('\t', 2).join('\t')))];
mkdirSync('lessons/forms', { recursive: true });
writeFileSync('lessons/forms/forms.tsv', `${kept.join('\n')}\n`);
copyFileSync(`${source}/numra.tsv`, 'lessons/forms/numra.tsv');
const lemmas = new Set(kept.slice(1).map((line) => line.split('\t', 2).join('\t')));
console.log(
	`${lemmas.size} of ${wanted.size} deck nouns, verbs and adjectives have forms; ${kept.length - 1} rows`
);
