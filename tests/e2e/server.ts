import { spawn, type ChildProcess } from 'node:child_process';

/** A static server for one built copy of the app, that a test can really stop (not just `setOffline`). */
export class StaticServer {
	#process: ChildProcess | undefined;

	constructor(
		readonly dir: string,
		readonly port: number
	) {}

	get origin(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(): Promise<void> {
		const child = spawn(process.execPath, ['scripts/serve.mjs', this.dir, String(this.port)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		this.#process = child;
		await new Promise<void>((resolve, reject) => {
			child.once('error', reject);
			child.once('exit', (code) => reject(new Error(`server for ${this.dir} exited with ${code}`)));
			child.stdout!.once('data', () => resolve());
		});
	}

	async stop(): Promise<void> {
		const child = this.#process;
		this.#process = undefined;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill();
		await exited;
	}
}

/** True once nothing answers on the port any more. */
export async function isDown(origin: string): Promise<boolean> {
	try {
		await fetch(origin, { signal: AbortSignal.timeout(2000) });
		return false;
	} catch {
		return true;
	}
}

/**
 * The built app with its class server (`node build-server`, as in production), on PGlite in a folder
 * of the test's own. `kill()` ends it the hard way (SIGKILL: no goodbye, as a crash or a pulled plug
 * would); `start()` again opens the same folder.
 */
export class AppServer {
	#process: ChildProcess | undefined;

	constructor(
		readonly port: number,
		readonly dataDir: string
	) {}

	get origin(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(): Promise<void> {
		const child = spawn(process.execPath, ['build-server'], {
			env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', LIEREDH_DATA_DIR: this.dataDir },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		this.#process = child;
		await new Promise<void>((resolve, reject) => {
			child.once('error', reject);
			child.once('exit', (code) => reject(new Error(`the app server exited with ${code}`)));
			child.stdout!.on('data', (data: Buffer) => {
				if (data.toString().includes('Listening')) resolve();
			});
		});
	}

	async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
		const child = this.#process;
		this.#process = undefined;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill(signal);
		await exited;
	}
}
