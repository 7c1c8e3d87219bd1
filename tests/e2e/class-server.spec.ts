/**
 * The class server as a school runs it behind a load balancer: two `node build-server` processes on one
 * PostgreSQL. A guesser whose tries alternate between them meets one budget, not one a process.
 * No browser: plain requests, as the load balancer would pass them on.
 */
import { test, expect } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { startServer, stopServer } from '../../scripts/class-server.mjs';
import { postgresUrl } from '../../scripts/postgres.mjs';

const PORTS = [4193, 4194];

test('two server processes on one PostgreSQL spend one guess budget', async () => {
	test.setTimeout(120_000);
	const name = `lieredh_e2e_${Date.now().toString(36)}`;
	const admin = new pg.Client({ connectionString: postgresUrl() });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	const servers: ChildProcess[] = [];
	try {
		for (const port of PORTS) servers.push(await startServer({ DATABASE_URL: postgresUrl(name) }, port));
		const call = (port: number, path: string, body: unknown, address = '10.9.8.7') =>
			fetch(`http://127.0.0.1:${port}/api${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
				body: JSON.stringify(body)
			});
		const created = await call(PORTS[0]!, '/classes', { name: '5B' });
		expect(created.status).toBe(200);
		const { joinCode } = (await created.json()) as { joinCode: string };

		// 90 wrong codes at once from one address, every other one through the other process.
		const guesses = await Promise.all(
			Array.from({ length: 90 }, (_, i) =>
				call(PORTS[i % 2]!, '/join', {
					code: `AAAA-AA${'ABCDEFGHJK'[i % 10]}${'ABCDEFGHJ'[i % 9]}`,
					nick: 'x'
				})
			)
		);
		const statuses = guesses.map((response) => response.status);
		// One budget of 60 for both: each process alone would have let all 90 through to the database.
		expect(statuses.filter((status) => status === 404)).toHaveLength(60);
		expect(statuses.filter((status) => status === 429)).toHaveLength(30);
		// The address stays held up on both processes (a try every 2 s refills); another address joins.
		const more = await Promise.all(
			Array.from({ length: 10 }, (_, i) => call(PORTS[i % 2]!, '/join', { code: 'AAAA-AAAA', nick: 'x' }))
		);
		expect(more.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(8);
		expect((await call(PORTS[1]!, '/join', { code: joinCode, nick: 'Ada' }, '10.9.8.6')).status).toBe(200);
	} finally {
		await Promise.all(servers.map(stopServer));
		await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
		await admin.end();
	}
});
