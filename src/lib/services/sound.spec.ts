/** Voices on a device: packs imported whole or not at all, the speaker's own takes shared only with consent. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from '$lib/db/database';
import { reindeerDeck, testRecording } from '$lib/testing/fixtures';
import { readPack, writePack } from '$lib/sound/pack';
import {
	describeSpeaker,
	exportMyVoice,
	importVoicePack,
	keepTake,
	soundsKept,
	voicesOnDevice
} from './sound';
import { openSession } from './study';

const opus = testRecording();
const voice = { speaker: 'Ella Sara', area: 'se', licence: 'CC BY 4.0', recorded: '2026-12-06' };
const packFile = (deckId: string, cardIds: string[], id = 'ella-sara-2026-12-06') =>
	new Blob([
		writePack({
			id,
			voice,
			takes: cardIds.map((cardId) => ({ deckId, cardId, extension: 'ogg' as const, bytes: opus }))
		}) as Uint8Array<ArrayBuffer>
	]);
const [first, second] = reindeerDeck.cards;

beforeEach(async () => {
	vi.stubGlobal('fetch', async (url: string) => {
		if (url === '/decks/index.json')
			return Response.json({
				format: 1,
				decks: [{ id: reindeerDeck.id, url: `/decks/${reindeerDeck.id}.json` }]
			});
		return url === `/decks/${reindeerDeck.id}.json`
			? Response.json(reindeerDeck)
			: new Response('', { status: 404 });
	});
	const db = database();
	await db.open();
	await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(() => vi.unstubAllGlobals());

describe('voice packs on a device', () => {
	it('keeps the takes of cards the device has, says how many were left out, and replaces on re-import', async () => {
		const imported = await importVoicePack(packFile('reindeer-1', [first!.id, second!.id, 'no-such-card']));
		expect(imported).toEqual({ ok: true, speaker: 'Ella Sara', words: 2, leftOut: 1 });
		expect((await voicesOnDevice()).map((v) => [v.speaker, v.words, v.source])).toEqual([
			['Ella Sara', 2, 'pack']
		]);
		// The same voice again, with one word: replaced, never doubled.
		await importVoicePack(packFile('reindeer-1', [first!.id]));
		expect((await voicesOnDevice()).map((v) => v.words)).toEqual([1]);
		const sounds = await soundsKept(['reindeer-1']);
		expect(sounds.get(`reindeer-1/${first!.id}`)?.map((s) => s.speaker)).toEqual(['Ella Sara']);
	});

	it.each<[string, () => Blob, string]>([
		['a pack for a deck the device lacks', () => packFile('no-such-deck', ['bovtse']), 'no-decks'],
		['a file that is not a pack', () => new Blob(['hello']), 'not-a-pack'],
		['the device’s own voice sent back', () => packFile('reindeer-1', [first!.id], 'mine'), 'mine']
	])('%s stores nothing', async (_, file, code) => {
		const imported = await importVoicePack(file());
		expect(imported.ok ? undefined : imported.problem.code).toBe(code);
		expect(await database().voiceTakes.count()).toBe(0);
		expect(await database().voices.count()).toBe(0);
	});
});

describe('the speaker’s own takes', () => {
	it('are shared only once the speaker is named and has agreed', async () => {
		await keepTake(
			'reindeer-1',
			first!.id,
			new Blob([opus as Uint8Array<ArrayBuffer>], { type: 'audio/ogg' })
		);
		expect(await exportMyVoice(['reindeer-1'])).toEqual({ ok: false, problem: 'no-speaker' });
		await describeSpeaker({ ...voice, consent: false });
		expect(await exportMyVoice(['reindeer-1'])).toEqual({ ok: false, problem: 'no-consent' });
		await describeSpeaker({ ...voice, consent: true });
		const made = await exportMyVoice(['reindeer-1']);
		if (!made.ok) throw new Error(made.problem);
		expect(made.name).toBe('ella-sara-2026-12-06.zip');
		const read = readPack(new Uint8Array(await made.file.arrayBuffer()));
		expect(read.ok && read.pack.voice).toEqual(voice); // the consent itself is not in the file
		expect(read.ok && read.pack.takes.map((t) => t.cardId)).toEqual([first!.id]);
	});

	it('a session hears them, and asks a voiced word by ear where the ladder says so', async () => {
		await keepTake(
			'reindeer-1',
			first!.id,
			new Blob([opus as Uint8Array<ArrayBuffer>], { type: 'audio/ogg' })
		);
		const opened = await openSession(
			{ scope: 'reindeer-1', support: 'nb', spelling: 'norway', path: { child: true, typing: 'never' } },
			new Date(2026, 10, 24, 18).getTime()
		);
		expect([...opened.sounds.keys()]).toEqual([`reindeer-1/${first!.id}`]);
		const question = opened.session.question(new Date(2026, 10, 24, 18).getTime());
		// A child's first question about the voiced word is heard, not read.
		expect(question?.card.word.id).toBe(first!.id);
		expect(question?.byEar).toBe(true);
	});
});
