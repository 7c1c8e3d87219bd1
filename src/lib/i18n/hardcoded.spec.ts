/**
 * No interface text is written straight into a component: every word a learner reads comes through
 * `t()`, so each language (and the South Sami provenance check) sees it. Fails naming file and text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Words that are the same in every language: the app's own name (South Sami, "to learn"). */
const ALLOWED = new Set(['Lïeredh']);
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description'];

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

/** Removes `{…}` expressions and blocks, braces balanced (strings inside them are code, not text). */
function withoutExpressions(markup: string): string {
	let depth = 0;
	let out = '';
	for (const char of markup) {
		if (char === '{') depth++;
		if (depth === 0) out += char;
		if (char === '}') depth = Math.max(0, depth - 1);
	}
	return out;
}

/** Literal words a reader would see in a component's markup. */
function hardCodedText(source: string): string[] {
	const markup = withoutExpressions(
		source
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/<!--[\s\S]*?-->/g, '')
	);
	const found: string[] = [];
	for (const [, attribute, value] of markup.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
		if (TEXT_ATTRIBUTES.includes(attribute!) && /\p{L}/u.test(value!)) found.push(`${attribute}="${value}"`);
	}
	const text = markup.replace(/<[^>]*>/g, ' ');
	for (const word of text.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? []) {
		if (!ALLOWED.has(word)) found.push(word);
	}
	return found;
}

describe('interface text comes from the locale files', () => {
	it.each([
		['<p>{t("study.next")}</p>', []],
		['<button aria-label={t("nav.label")}>↶ {t("study.undo")}</button>', []],
		['<p>Neste kort</p>', ['Neste', 'kort']],
		['<img alt="Rein" src="/x.png" />', ['alt="Rein"']],
		['<script>const x = "Hei";</script><span lang="sma">Lïeredh</span>', []]
	])('the checker reads %s', (markup, expected) => {
		expect(hardCodedText(markup)).toEqual(expected);
	});

	it.each(svelteFiles('src').map((file) => [file]))('%s has no hard-coded text', (file) => {
		expect(hardCodedText(readFileSync(file, 'utf8'))).toEqual([]);
	});
});
