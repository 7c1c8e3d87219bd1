// Serves the built app with `vite preview` in its own process group, so stopping it stops the server too.
import { spawn } from 'node:child_process';

export async function startPreview(port) {
	const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		detached: true,
		stdio: 'ignore'
	});
	const url = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	process.kill(-child.pid, 'SIGTERM');
	throw new Error(`vite preview did not answer on ${url}`);
}
