import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferAppStart } from './firstPaint';

const sha = (text: string) => createHash('sha256').update(text).digest('base64');

/** A page as SvelteKit prerenders it: CSP with the start script's hash, module preloads, start script. */
function page(start = kitStart) {
	return `<!doctype html><html lang="nb"><head>
		<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-boot=' 'sha256-${sha(start)}'; style-src 'self'">
		<link href="./_app/immutable/entry/start.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
		<link href="./_app/immutable/assets/0.css" rel="stylesheet">
	</head><body><div style="display: contents"><main><p>Hei</p></main>
			<script>${start}</script>
		</div></body></html>`;
}

const kitStart = `
				{
					__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]).then(([kit, app]) => { kit.start(app, element, {}); });
				}
			`;

describe('deferAppStart', () => {
	const html = deferAppStart(page());
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

	it('takes the module preloads out of the head, so the first paint does not wait for them', () => {
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).toContain('rel="stylesheet"');
	});

	it('starts the app after the first frame, preloading the same modules then', () => {
		expect(script).toContain('requestAnimationFrame');
		expect(script).toContain('["./_app/immutable/entry/start.js","./_app/immutable/chunks/a.js"]');
		expect(script).toContain("link.rel = 'modulepreload'");
		// Kit finds its element through the script element, captured while the script first runs.
		expect(script).toContain('var script = document.currentScript;');
		expect(script).toContain('const element = script.parentElement;');
	});

	it('keeps the Content Security Policy exact: the new script’s hash replaces the old one', () => {
		expect(html).toContain(`'sha256-${sha(script)}'`);
		expect(html).not.toContain(`'sha256-${sha(kitStart)}'`);
		expect(html).toContain("'sha256-boot='");
	});

	it.each([
		['a visible tab, the page still parsing', true, 'loading'],
		['a visible tab, the page parsed', true, 'interactive'],
		['a hidden tab (no frames)', false, 'loading']
	])('runs the deferred start exactly once: %s', (_name, frames, readyState) => {
		const started: unknown[] = [];
		const timers: (() => void)[] = [];
		const parsed: (() => void)[] = [];
		const head: unknown[] = [];
		let frame: (() => void) | undefined;
		// import() cannot run here: the pretend loader stands in for it.
		const body = script.replaceAll('import(', 'load(');
		new Function(
			'document',
			'requestAnimationFrame',
			'setTimeout',
			'MessageChannel',
			'Promise',
			'location',
			'load',
			body
		)(
			{
				currentScript: { parentElement: 'body' },
				visibilityState: frames ? 'visible' : 'hidden',
				readyState,
				addEventListener: (type: string, listener: () => void) =>
					type === 'DOMContentLoaded' && parsed.push(listener),
				createElement: () => ({}),
				head: { appendChild: (link: unknown) => head.push(link) }
			},
			(callback: () => void) => (frame = frames ? callback : undefined),
			(callback: () => void) => timers.push(callback),
			// A message is a task of its own, like a timer.
			class {
				port1 = { onmessage: () => {}, close: () => {} };
				port2 = { postMessage: () => timers.push(() => this.port1.onmessage()) };
			},
			{
				all: () => ({
					then: (next: (modules: unknown[]) => void) =>
						next([{ start: (...args: unknown[]) => started.push(args) }, {}])
				})
			},
			'http://localhost/',
			() => undefined
		);
		// Nothing starts while the page is still being parsed and painted.
		if (frames) expect(timers).toHaveLength(1); // only the safety net
		for (const listener of parsed) listener();
		frame?.();
		// Each task adds one preload link at most: a few of them together make a long task on a phone.
		// Kit starts once every link is in, so its own imports have none left to add.
		for (const timer of timers) {
			const before = head.length;
			timer();
			expect(head.length - before).toBeLessThanOrEqual(1);
			if (started.length) expect(head).toHaveLength(2);
		}
		expect(started).toHaveLength(1);
		expect(head).toHaveLength(2);
	});

	it('leaves a page without a hashed start script alone', () => {
		const plain = '<html><head></head><body><p>Ingen skript</p></body></html>';
		expect(deferAppStart(plain)).toBe(plain);
		const unhashed = page().replace(/'sha256-[^']+' 'sha256-[^']+'/, "'self'");
		expect(deferAppStart(unhashed)).toBe(unhashed);
	});
});
