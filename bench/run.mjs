// npm run bench: builds, serves the build, measures in real Chromium, and writes bench/results.json.
// Figures, not assertions: it prints each against its budget and exits 1 when one is missed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { audioBench } from './audio.mjs';
import { firstLoadJsGzipKiB } from './bundle.mjs';
import { classesBench } from './classes.mjs';
import { floorBench } from './floor.mjs';
import { lighthouse } from './lighthouse.mjs';
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
	['audio.deckPackKiB', '<=', 400]
];

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const results = { ...previous };

execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
results.firstLoadJsGzipKiB = firstLoadJsGzipKiB(['/', '/decks', '/study']);

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
console.log('\nBudgets');
for (const [path, op, limit] of BUDGETS) {
	const value = lookup(path);
	const ok = op === '<=' ? value <= limit : value >= limit;
	if (!ok) missed++;
	console.log(`  ${ok ? 'ok  ' : 'MISS'} ${path} = ${value} (budget ${op} ${limit})`);
}
process.exit(missed ? 1 : 0);
