import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenKeys } from './keys';
import nb from './locales/nb.json';
import sv from './locales/sv.json';
import en from './locales/en.json';
import sma from './locales/sma.json';
import provenance from './sma-provenance.json';

const nbKeys = flattenKeys(nb).sort();

function lookup(messages: object, key: string): unknown {
	return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
}

describe('locale files', () => {
	it.each([
		['sv', sv],
		['en', en]
	])('%s has exactly the keys of nb', (_name, messages) => {
		expect(flattenKeys(messages).sort()).toEqual(nbKeys);
	});

	it.each([
		['nb', nb],
		['sv', sv],
		['en', en]
	])('%s has no empty text', (_name, messages) => {
		const empty = flattenKeys(messages).filter((key) => !String(lookup(messages, key)).trim());
		expect(empty).toEqual([]);
	});
});

/** msgid_en → South Sami, from the human translations of Oahpa's interface. */
function glossary(): Map<string, string> {
	const rows = readFileSync('lessons/lexicon/ui-glossary.tsv', 'utf8').trim().split('\n').slice(1);
	return new Map(rows.map((row) => row.split('\t')).map(([en, sma]) => [en!, sma!]));
}

/** Every South Sami lemma of the bundled lexicon and supplement. */
function lexiconLemmas(): Set<string> {
	const lemmas = ['sma-lexicon.tsv', 'supplement.tsv'].flatMap((file) =>
		readFileSync(`lessons/lexicon/${file}`, 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((row) => row.split('\t')[0]!.normalize('NFC'))
	);
	return new Set(lemmas);
}

describe('South Sami interface text is never invented', () => {
	const keys = flattenKeys(sma);
	const sources = provenance as Record<string, { glossary?: string; lexicon?: string }>;

	it('has a provenance record for every sma string, and none for keys that do not exist', () => {
		expect(keys.filter((key) => !sources[key])).toEqual([]);
		expect(Object.keys(sources).filter((key) => !keys.includes(key))).toEqual([]);
		expect(keys.filter((key) => !nbKeys.includes(key))).toEqual([]);
	});

	it('takes every glossary-sourced string word for word from ui-glossary.tsv', () => {
		const rows = glossary();
		for (const key of keys) {
			const source = sources[key]!;
			if (source.glossary === undefined) continue;
			expect(rows.has(source.glossary), `${key}: "${source.glossary}" is not a glossary row`).toBe(true);
			expect(lookup(sma, key), key).toBe(rows.get(source.glossary));
		}
	});

	it('takes every lexicon-sourced string from one lexicon word or phrase, as written there', () => {
		const lemmas = lexiconLemmas();
		for (const key of keys) {
			const source = sources[key]!;
			if (source.lexicon === undefined) continue;
			expect(lemmas.has(source.lexicon), `${key}: "${source.lexicon}" is not in the lexicon`).toBe(true);
			// Only a capital first letter and closing punctuation may be added to the lexicon's form.
			const text = String(lookup(sma, key)).replace(/[.!?]$/, '');
			expect(text.charAt(0).toLowerCase() + text.slice(1), key).toBe(source.lexicon);
		}
	});

	it('names exactly one source for every string', () => {
		for (const key of keys) {
			const source = sources[key]!;
			expect(
				[source.glossary, source.lexicon].filter((s) => s !== undefined),
				key
			).toHaveLength(1);
		}
	});

	it('reports the share of keys with a South Sami text', () => {
		const coverage = keys.length / nbKeys.length;
		console.warn(
			`sma interface coverage: ${keys.length}/${nbKeys.length} keys (${(coverage * 100).toFixed(1)} %)`
		);
		// 28 keys had a human South Sami text when this was written: none may silently fall back again,
		// and every one of them is an interface key (present in Norwegian).
		expect(keys.length).toBeGreaterThanOrEqual(28);
		expect(keys.filter((key) => !nbKeys.includes(key))).toEqual([]);
	});
});
