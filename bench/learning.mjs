// The teaching benchmark (npm run bench → results.learning): simulated learners through the app's real
// session code against Anki SM-2, a Leitner box and a model-aware greedy reference (src/lib/study/simulate/).
// The TypeScript is loaded through Vite, as the app is built, so the benchmark runs the app's own modules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

export async function learningBench(buildDir = 'build') {
	const index = JSON.parse(readFileSync(`${buildDir}/decks/index.json`, 'utf8'));
	const decks = index.decks.map((deck) =>
		JSON.parse(readFileSync(`${buildDir}/decks/${deck.id}.json`, 'utf8'))
	);
	// Each deck's word forms as served (build/forms/<deck>.json): forms practice in `learning.forms`.
	const forms = new Map(
		decks.map((deck) => [deck.id, JSON.parse(readFileSync(`${buildDir}/forms/${deck.id}.json`, 'utf8'))])
	);
	const homeworkDeck =
		decks.find((deck) => deck.id === 'animals') ?? decks.find((deck) => deck.cards.length >= 16);
	const server = await createServer({
		server: { middlewareMode: true, hmr: false },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		const { teachingBenchmark } = await server.ssrLoadModule('/src/lib/study/simulate/bench.ts');
		const started = performance.now();
		const { learning, svg } = teachingBenchmark(decks, homeworkDeck, undefined, forms);
		learning.seconds = Math.round((performance.now() - started) / 100) / 10;
		mkdirSync('bench/out', { recursive: true });
		writeFileSync('bench/out/learning.svg', `${svg}\n`);
		return learning;
	} finally {
		await server.close();
	}
}

// `node bench/learning.mjs`: only this part, after a build (writes bench/out/learning.json).
if (import.meta.url === `file://${process.argv[1]}`) {
	const learning = await learningBench();
	writeFileSync('bench/out/learning.json', `${JSON.stringify(learning, null, '\t')}\n`);
	console.log(
		JSON.stringify(
			{
				ratios: learning.ratios,
				child: learning.child.ratios,
				homework: learning.homework,
				forms: learning.forms,
				seconds: learning.seconds
			},
			null,
			1
		)
	);
}
