/**
 * Every schema version ever shipped must open in today's app with nothing lost. Each fixture in
 * ./fixtures is a database as that version wrote it; a new schema version adds its own fixture.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LieredhDb, SCHEMA_HISTORY } from './database';

interface Fixture {
	version: number;
	stores: Record<string, Record<string, unknown>[]>;
}

const fixtures = Object.values(
	import.meta.glob<Fixture>('./fixtures/v*.json', { eager: true, import: 'default' })
);

/** Writes a fixture through the schema exactly as it was at that version (no later upgrades). */
async function createAsVersion(name: string, fixture: Fixture): Promise<void> {
	const old = new Dexie(name);
	for (const { version, stores } of SCHEMA_HISTORY.filter((entry) => entry.version <= fixture.version)) {
		old.version(version).stores(stores);
	}
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(fixture.stores)) await old.table(table).bulkAdd(rows);
	});
	old.close();
}

describe('schema upgrades', () => {
	it('has a fixture for every earlier schema version', () => {
		const latest = SCHEMA_HISTORY.at(-1)!.version;
		const earlier = SCHEMA_HISTORY.map((entry) => entry.version).filter((version) => version < latest);
		expect(fixtures.map((fixture) => fixture.version).sort()).toEqual(earlier);
	});

	it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
		'opens a version %i database with every card state, log row and setting intact',
		async (_, fixture) => {
			const name = `upgrade-${crypto.randomUUID()}`;
			await createAsVersion(name, fixture);
			const db = new LieredhDb(name);
			await db.open();
			expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
			for (const [table, rows] of Object.entries(fixture.stores)) {
				const stored = await db.table(table).toArray();
				expect(stored, table).toHaveLength(rows.length);
				expect(stored, table).toEqual(expect.arrayContaining(rows));
			}
			// The upgraded indexes answer the app's queries.
			expect(await db.cards.where('deckId').equals('reindeer-1').count()).toBe(2);
			expect(await db.reviews.where('cardId').equals('reindeer-1/bovtse/recognition').count()).toBe(3);
			db.close();
		}
	);
});
