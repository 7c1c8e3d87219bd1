// `npm run errata:report`: writes lessons/errata-report.md from lessons/errata.tsv, a list to send to
// the lexicon's maintainers (GiellaLT / Giellatekno). A unit test keeps the committed report current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const NAMES = { nb: 'Norwegian', sv: 'Swedish', en: 'English' };

/**
 * The report's Markdown for the text of errata.tsv.
 * @param {string} tsv
 */
export function errataReport(tsv) {
	const [, ...rows] = tsv.replace(/\r/g, '').split('\n').filter(Boolean);
	const lines = rows.map((/** @type {string} */ row) => {
		const [lemma, pos, language, gloss, corrected, reason] = row.split('\t');
		const fix = corrected ? `“${corrected}”` : '(remove)';
		return `| ${lemma} | ${pos} | ${NAMES[language ?? ''] ?? language} | “${gloss}” | ${fix} | ${reason} |`;
	});
	return [
		'# Suggested corrections to the South Sami lexicon',
		'',
		'Found while reviewing the Lïeredh decks against the GiellaLT `dict-sma-mul` / `dict-nob-sma`',
		'dictionaries and the Oahpa data. The app applies them to what it shows; the lexicon files are unchanged.',
		'Generated from `lessons/errata.tsv` by `npm run errata:report`.',
		'',
		'| lemma | pos | language | gloss in the lexicon | suggested | why |',
		'| --- | --- | --- | --- | --- | --- |',
		...lines,
		''
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	writeFileSync('lessons/errata-report.md', errataReport(readFileSync('lessons/errata.tsv', 'utf8')));
	console.log('lessons/errata-report.md written');
}
