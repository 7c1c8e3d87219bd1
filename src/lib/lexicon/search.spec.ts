import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from './lexicon';
import { toCompact, wordsOf } from './compact';
import { buildIndex, findWord, fold, search } from './search';

const index = buildIndex(
	wordsOf(
		toCompact(
			parseLexicon(
				readFileSync('lessons/lexicon/sma-lexicon.tsv', 'utf8'),
				readFileSync('lessons/lexicon/supplement.tsv', 'utf8')
			)
		)
	)
);

describe('lexicon search', () => {
	it.each([
		['gïele', 'gïele'],
		['giele', 'gïele'],
		['GIELE', 'gïele'],
		['ryöjnesjæjja', 'ryöjnesjæjja'],
		['ryöjnesjäjja', 'ryöjnesjæjja'],
		['ryojnesjaejja', 'ryöjnesjæjja'],
		['rein', 'bovtse'],
		['reindeer', 'bovtse'],
		['gjerde', 'gïerte'],
		['Plaassja', 'Plaassja'],
		['Rossen', 'Rossen tjïelte']
	])('"%s" finds %s near the top', (query, expected) => {
		const found = search(index, query)
			.slice(0, 8)
			.map((word) => word.sma);
		expect(found).toContain(expected);
	});

	it('finds nothing for nothing', () => {
		expect(search(index, '   ')).toEqual([]);
	});

	it('folds both keyboards and plain letters alike', () => {
		expect(fold('Ryöjnesjæjja')).toBe(fold('ryøjnesjäjja'));
		expect(fold('gïele')).toBe('giele');
	});

	it('matches pasted words exactly first, then without diacritics', () => {
		expect(findWord(index, 'gïele')?.sma).toBe('gïele');
		expect(findWord(index, 'giele')?.sma).toBe('gïele');
		expect(findWord(index, 'qwertyuiop')).toBeUndefined();
	});
});
