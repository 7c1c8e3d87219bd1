// The production class server (`node build-server`) started on its own, as the benchmark and the
// two-process e2e test run it: on 127.0.0.1, reading each client's address from X-Forwarded-For.
import { spawn } from 'node:child_process';

/**
 * Starts `node build-server` on `port` with `env` (DATABASE_URL or LIEREDH_DATA_DIR); resolves once it
 * listens. Stop it with `stopServer`.
 * @param {Record<string, string>} env
 * @param {number} port
 */
export async function startServer(env, port) {
	const child = spawn(process.execPath, ['build-server'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ADDRESS_HEADER: 'x-forwarded-for' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
		child.stdout.on(
			'data',
			(/** @type {Buffer} */ data) => data.toString().includes('Listening') && resolve(undefined)
		);
	});
	return child;
}

/**
 * Ends a server started by `startServer` and waits until it has gone.
 * @param {import('node:child_process').ChildProcess} child
 */
export async function stopServer(child) {
	if (child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await exited;
}
