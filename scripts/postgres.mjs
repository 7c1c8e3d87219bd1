// The PostgreSQL the tests and the benchmark use: a server of our own on 127.0.0.1:54329, with its data
// in a temporary folder, started by scripts/ensure-postgres.mjs. LIEREDH_TEST_DATABASE_URL overrides it.
export const POSTGRES_PORT = 54329;
export const POSTGRES_DIR = '/tmp/lieredh-postgres';
export const postgresUrl = (database = 'postgres') =>
	process.env.LIEREDH_TEST_DATABASE_URL?.replace(/\/[^/]*$/, `/${database}`) ??
	`postgres://postgres@127.0.0.1:${POSTGRES_PORT}/${database}`;
