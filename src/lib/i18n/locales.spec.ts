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

	it('reports the share of keys with a South Sami text', () => {
		const coverage = keys.length / nbKeys.length;
		console.warn(
			`sma interface coverage: ${keys.length}/${nbKeys.length} keys (${(coverage * 100).toFixed(1)} %)`
		);
		expect(coverage).toBeGreaterThan(0);
	});
});
