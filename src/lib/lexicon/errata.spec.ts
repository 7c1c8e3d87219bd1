import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInDecks, deckSources, lexiconErrata, servedLexicon } from '$lib/server/lessons';
import { lexiconKey, parseLexicon } from './lexicon';
import { correctedCard, parseErrata, staleErrata } from './errata';

const card = (deckId: string, wordId: string) =>
	builtInDecks()
		.find((deck) => deck.id === deckId)!
		.cards.find((c) => c.id === wordId)!;

describe('errata: reviewed corrections of the lexicon', () => {
	it.each([
		['herding-work', 'baegkie', 'en', ['halter']],
		['weather-snow', 'askedibie', 'en', ['moonlight']],
		['herding-year', 'njoktje', 'en', ['March']],
		['herding-work', 'skuvtere', 'en', ['snowmobile']],
		['school', 'peannagaetie', 'en', ['pencil case']],
		['clothes-colours', 'tjovle', 'sv', ['klänning']],
		['weather-snow', 'jienge', 'sv', ['is']],
		['school', 'taavla', 'sv', ['tavla']],
		['family', 'maadteraahka', 'sv', ['farmorsmor', 'farfarsmor']],
		['herding-land', 'doedtere', 'sv', ['högfjäll']],
		['weather-snow', 'sliehtie', 'sv', ['snöblandat regn']],
		['weather-snow', 'jueskie', 'sv', ['kyla', 'kallt väder']],
		['herding-land', 'boelte', 'sv', ['lövskog', 'lövskogsområde']],
		['duedtie', 'vaetnoe', 'en', ['handicraft']]
	] as const)('%s/%s: %s is now %j', (deck, word, language, glosses) => {
		expect(card(deck, word)[language]).toEqual(glosses);
	});

	it('corrects the served lexicon too, and leaves the South Sami forms and other glosses alone', () => {
		const entry = servedLexicon().get(lexiconKey('jovje', 'N'))!;
		expect(entry.sv).toEqual(['ljusgrå ren', 'ljusgrå']);
		expect(entry.nb).toEqual(deckSources().lexicon.get(lexiconKey('jovje', 'N'))!.nb);
		expect(servedLexicon().size).toBe(deckSources().lexicon.size);
	});

	it('every row of errata.tsv has its reason and matches the lexicon today', () => {
		expect(lexiconErrata().length).toBeGreaterThanOrEqual(14);
		for (const erratum of lexiconErrata()) expect(erratum.reason.length, erratum.lemma).toBeGreaterThan(20);
	});

	it('refuses a row the lexicon no longer matches, or one without a reason', () => {
		const lexicon = parseLexicon('sma\tpos\tnob\tswe\teng\nbaegkie\tN\tgrime\tgrimma\thalter\n');
		const { errata } = parseErrata(
			'lemma\tpos\tlanguage\tgloss\tcorrected\treason\nbaegkie\tN\ten\tgrime\thalter\tFalse friend.\n'
		);
		expect(staleErrata(lexicon, errata)).toEqual([
			'errata.tsv: baegkie (N) has no en gloss "grime" in the lexicon any more'
		]);
		expect(
			parseErrata('lemma\tpos\tlanguage\tgloss\tcorrected\treason\nbaegkie\tN\ten\tgrime\thalter\t\n')
				.problems
		).toEqual(['errata.tsv line 2: every correction needs its reason']);
		expect(
			parseErrata('lemma\tpos\tlanguage\tgloss\tcorrected\treason\nbaegkie\tN\tde\tgrime\thalter\tx\n')
				.problems
		).toEqual(['errata.tsv line 2: language must be nb, sv or en']);
	});

	it('adds a translation where the lexicon has none (gloss +), and says when the lexicon has one now', () => {
		const tsv = 'lemma\tpos\tlanguage\tgloss\tcorrected\treason\nmanne\tPron\tsv\t+\tjag\tSwedish for jeg.\n';
		const { errata, problems } = parseErrata(tsv);
		expect(problems).toEqual([]);
		const card = { id: 'manne', sma: 'manne', variants: [], pos: 'Pron', nb: ['jeg'], sv: [], en: [] };
		expect(correctedCard(card, errata).sv).toEqual(['jag']);
		// A card that has Swedish of its own keeps it.
		expect(correctedCard({ ...card, sv: ['jag själv'] }, errata).sv).toEqual(['jag själv']);
		const without = parseLexicon('sma\tpos\tnob\tswe\teng\nmanne\tPron\tjeg\t\t\n');
		expect(staleErrata(without, errata)).toEqual([]);
		const upstream = parseLexicon('sma\tpos\tnob\tswe\teng\nmanne\tPron\tjeg\tjag\t\n');
		expect(staleErrata(upstream, errata)).toEqual([
			'errata.tsv: manne (Pron) has sv glosses in the lexicon now; review the addition'
		]);
		expect(staleErrata(parseLexicon('sma\tpos\tnob\tswe\teng\n'), errata)).toEqual([
			'errata.tsv: manne (Pron) is not in the lexicon any more'
		]);
	});

	it('drops a gloss whose correction is empty, and never doubles one', () => {
		const errata = [
			{
				lemma: 'jovje',
				pos: 'N',
				language: 'sv' as const,
				gloss: 'lysgrå',
				corrected: 'ljusgrå',
				reason: 'r'
			},
			{ lemma: 'jovje', pos: 'N', language: 'sv' as const, gloss: 'lysegrå', corrected: '', reason: 'r' }
		];
		const jovje = {
			id: 'jovje',
			sma: 'jovje',
			variants: [],
			pos: 'N',
			nb: ['lysgrå'],
			sv: ['ljusgrå', 'lysgrå', 'lysegrå'],
			en: []
		};
		expect(correctedCard(jovje, errata).sv).toEqual(['ljusgrå']);
	});
});

describe('the report for the lexicon’s maintainers', () => {
	it('is generated from errata.tsv and up to date (npm run errata:report)', async () => {
		const { errataReport } = await import('../../../scripts/errata-report.mjs');
		const tsv = readFileSync('lessons/errata.tsv', 'utf8');
		expect(readFileSync('lessons/errata-report.md', 'utf8')).toBe(errataReport(tsv));
	});
});
