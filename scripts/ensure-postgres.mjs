// `npm run postgres`: makes sure a PostgreSQL server is there for the class API's tests and benchmark,
// as on a fresh machine: Debian's package when it is missing (as root), a cluster of our own in
// /tmp/lieredh-postgres run as the `postgres` user (the server refuses root), on 127.0.0.1:54329.
// Nothing is done when one already answers there (or at LIEREDH_TEST_DATABASE_URL).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import pg from 'pg';
import { POSTGRES_DIR, POSTGRES_PORT, postgresUrl } from './postgres.mjs';

async function answers() {
	const client = new pg.Client({ connectionString: postgresUrl(), connectionTimeoutMillis: 2000 });
	try {
		await client.connect();
		const { rows } = await client.query('SHOW server_version');
		await client.end();
		return rows[0].server_version;
	} catch {
		return undefined;
	}
}

function binaries() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
	const version = versions.find((v) => existsSync(`${root}/${v}/bin/pg_ctl`));
	return version && `${root}/${version}/bin`;
}

const running = await answers();
if (running) {
	console.log(`PostgreSQL ${running}: ${postgresUrl()}`);
	process.exit(0);
}
if (process.env.LIEREDH_TEST_DATABASE_URL) {
	console.error(
		`No PostgreSQL answers at LIEREDH_TEST_DATABASE_URL (${process.env.LIEREDH_TEST_DATABASE_URL}).`
	);
	process.exit(1);
}

const isRoot = process.getuid?.() === 0;
let bin = binaries();
if (!bin && isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('No PostgreSQL found: installing Debian’s postgresql package…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql', {
		stdio: 'inherit'
	});
	bin = binaries();
}
if (!bin) {
	console.error(
		'No PostgreSQL found. Install one (Debian/Ubuntu: apt-get install postgresql) or set LIEREDH_TEST_DATABASE_URL.'
	);
	process.exit(1);
}

// initdb and postgres refuse to run as root: as root, run them as the postgres user on a folder it owns.
const asServer = (command, args) =>
	isRoot
		? execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${command}`, ...args], { stdio: 'inherit' })
		: execFileSync(`${bin}/${command}`, args, { stdio: 'inherit' });
const data = `${POSTGRES_DIR}/data`;
mkdirSync(POSTGRES_DIR, { recursive: true });
if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', POSTGRES_DIR]);
if (!existsSync(`${data}/PG_VERSION`)) {
	asServer('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
}
asServer('pg_ctl', [
	'-D',
	data,
	'-l',
	`${POSTGRES_DIR}/server.log`,
	'-w',
	'-o',
	`-p ${POSTGRES_PORT} -k ${POSTGRES_DIR} -c listen_addresses=127.0.0.1 -c max_connections=200`,
	'start'
]);
const started = await answers();
if (!started) {
	console.error(`PostgreSQL did not start; see ${POSTGRES_DIR}/server.log`);
	process.exit(1);
}
console.log(`PostgreSQL ${started}: ${postgresUrl()}`);
