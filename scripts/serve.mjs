/**
 * A minimal static server for a built copy of the app: `node scripts/serve.mjs <dir> <port>`.
 * The offline and update e2e tests start and really stop it (vite preview cannot serve two builds).
 * Serves `x.html` for `/x`, like the static host the app is built for; everything else is a 404.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'build', port = '4190'] = process.argv.slice(2);
const root = resolve(dir);

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.ogg': 'audio/ogg',
	'.opus': 'audio/ogg',
	'.webm': 'audio/webm',
	'.m4a': 'audio/mp4',
	'.mp3': 'audio/mpeg',
	'.wav': 'audio/wav',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

async function fileFor(pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`];
	for (const candidate of candidates) {
		const full = join(root, candidate);
		if (!full.startsWith(root)) return undefined;
		const info = await stat(full).catch(() => undefined);
		if (info?.isFile()) return full;
	}
	return undefined;
}

createServer(async (request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = await fileFor(pathname);
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	response.writeHead(200, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	response.end(await readFile(file));
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} on http://localhost:${port}`));
