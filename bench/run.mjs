// npm run bench: builds, serves the build, measures in real Chromium, and writes bench/results.json.
// Figures, not assertions: it prints each against its budget and exits 1 when one is missed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { audioBench } from './audio.mjs';
import { firstLoadJsGzipKiB } from './bundle.mjs';
import { classesBench } from './classes.mjs';
import { liveBench } from './live.mjs';
import { floorBench } from './floor.mjs';
import { lighthouse } from './lighthouse.mjs';
import { learningBench } from './learning.mjs';
import { lexiconBench } from './lexicon.mjs';
import { offlineBench } from './offline.mjs';
import { reviewBench } from './review.mjs';
import { startPreview } from './server.mjs';

const RESULTS = 'bench/results.json';
const PORT = 4180;

/** [path in results, comparison, limit] */
const BUDGETS = [
	['firstLoadJsGzipKiB./', '<=', 90],
	['lighthouse.performance', '>=', 98],
	['lighthouse.accessibility', '>=', 100],
	['lighthouse.bestPractices', '>=', 100],
	['review.answerToNextCardP95Ms', '<=', 16],
	['review.dueQueueMs', '<=', 50],
	['review.coldStartToFirstCardMs', '<=', 500],
	['review.scale.dueQueueGrowth', '<=', 1.5],
	['review.scale.answerGrowth', '<=', 1.2],
	['lexicon.lexiconSearchP95Ms', '<=', 30],
	['lighthouse.floor./.lcpRatio', '<=', 1.25],
	['lighthouse.floor./.tbtMs', '<=', 50],
	['lighthouse.floor./decks.lcpRatio', '<=', 1.25],
	['lighthouse.floor./decks.tbtMs', '<=', 50],
	['classes.postgres.allResultsSeconds', '<=', 60],
	['classes.postgres.resultP95Ms', '<=', 100],
	['classes.postgres.lost', '<=', 0],
	['classes.postgresTwoProcesses.lost', '<=', 0],
	['classes.postgresTwoProcesses.resultP95Ms', '<=', 100],
	['classes.pglite.lost', '<=', 0],
	['audio.tapToSoundP95Ms', '<=', 100],
	['live.answerToScreenP95Ms', '<=', 150],
	['live.questionToPhonesP95Ms', '<=', 200],
	['live.lostAnswers', '<=', 0],
	['audio.deckPackKiB', '<=', 400]
];

/**
 * The teaching goals (results.learning): on the learner models that are not FSRS, the app's expected
 * words recalled per minute against Anki SM-2's and a Leitner box's, without knowing fewer words than
 * Anki; and weak pupils reaching a feasible homework goal. For the adult (20 min a day) and the child (10).
 */
const GOALS = ['', 'child.'].flatMap((who) =>
	['actr', 'hlr'].flatMap((model) => [
		[`learning.${who}ratios.${model}.vsAnki`, '>=', 1.15],
		[`learning.${who}ratios.${model}.vsLeitner`, '>=', 1.3],
		[`learning.${who}ratios.${model}.recalledVsAnki`, '>=', 1]
	])
);
GOALS.push(['learning.homework.weak.reachedGoal', '>=', 0.9], ['learning.seconds', '<=', 180]);

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const results = { ...previous };

execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
results.firstLoadJsGzipKiB = firstLoadJsGzipKiB(['/', '/decks', '/study']);
// Simulated learners (≈ 2 minutes, no browser): written with the rest, picture in bench/out/learning.svg.
results.learning = await learningBench();

const server = await startPreview(PORT);
try {
	// A single run's performance score swings by 10 points on these machines (its TBT from 20 to 200 ms):
	// the figures are those of the run with the median score of three, and all three scores are kept.
	const runs = [0, 1, 2].map(() => lighthouse(`${server.url}/`));
	const median = [...runs].sort((a, b) => a.performance - b.performance)[1];
	results.lighthouse = { ...median, performanceRuns: runs.map((run) => run.performance) };
	results.lighthouse.floor = await floorBench(server.url);
	results.review = await reviewBench(server.url);
	results.offline = await offlineBench(server.url);
	results.lexicon = await lexiconBench(server.url);
	results.audio = await audioBench(server.url);
} finally {
	server.stop();
}
// The class service on its own server (node build-server), on PGlite and on PostgreSQL.
execSync('node scripts/ensure-postgres.mjs', { stdio: ['ignore', 'ignore', 'inherit'] });
results.classes = await classesBench();
// The live class game: 30 games × 30 pupils through two processes on one PostgreSQL, one killed mid-game.
results.live = await liveBench();

results.measuredAt = new Date().toISOString();
results.machine = { cpus: os.cpus().length, node: process.version };
writeFileSync(RESULTS, `${JSON.stringify(results, null, '\t')}\n`);

/** A figure by its dotted path: 'review.scale.dueQueueGrowth', 'firstLoadJsGzipKiB./'. */
function lookup(path) {
	return path.split('.').reduce((value, key) => value?.[key], results);
}

let missed = 0;
console.log('\nLïeredh benchmark (bench/results.json)');
for (const [key, value] of Object.entries(results.firstLoadJsGzipKiB))
	console.log(`  first-load JS ${key.padEnd(8)} ${value} KiB gzip`);
for (const [key, value] of Object.entries(results.lighthouse))
	console.log(`  lighthouse ${key.padEnd(26)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
for (const [key, value] of Object.entries(results.review ?? {}))
	console.log(`  review ${key.padEnd(26)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
for (const [key, value] of Object.entries(results.lexicon ?? {}))
	console.log(`  lexicon ${key.padEnd(25)} ${value}`);
for (const [key, value] of Object.entries(results.audio ?? {}))
	console.log(`  audio ${key.padEnd(27)} ${value}`);
for (const [key, value] of Object.entries(results.offline ?? {}))
	console.log(`  offline ${key.padEnd(25)} ${value}`);
for (const [key, value] of Object.entries(results.classes ?? {}))
	console.log(`  classes ${key.padEnd(25)} ${JSON.stringify(value)}`);
for (const [key, value] of Object.entries(results.live ?? {}))
	console.log(`  live ${key.padEnd(28)} ${value}`);
printLearning(results.learning);
for (const [title, list] of [
	['Budgets', BUDGETS],
	['Teaching goals', GOALS]
]) {
	console.log(`\n${title}`);
	for (const [path, op, limit] of list) {
		const value = lookup(path);
		const ok = op === '<=' ? value <= limit : value >= limit;
		if (!ok) missed++;
		console.log(`  ${ok ? 'ok  ' : 'MISS'} ${path} = ${value} (${op} ${limit})`);
	}
}
process.exit(missed ? 1 : 0);

/** The teaching benchmark as a table: each profile, model and scheduler. */
function printLearning(learning) {
	if (!learning) return;
	for (const [who, figures] of [
		['adult', learning],
		['child', learning.child]
	]) {
		console.log(
			`\n  learning, ${who} (${figures.minutesPerDay} min a day): recalledAvg / knownAvg / minutes / per minute`
		);
		for (const [model, schedulers] of Object.entries(figures.byModel)) {
			const cells = Object.entries(schedulers).map(
				([name, f]) => `${name} ${f.recalledAvg} / ${f.knownAvg} / ${f.minutes} / ${f.recalledPerMinute}`
			);
			console.log(`    ${model.padEnd(6)} ${cells.join('  |  ')}`);
			console.log(`    ${''.padEnd(6)} ratios ${JSON.stringify(figures.ratios[model])}`);
		}
	}
	console.log(`  learning homework ${JSON.stringify(learning.homework)} (${learning.seconds} s)`);
}
