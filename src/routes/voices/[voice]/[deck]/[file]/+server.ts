/**
 * The built-in voices' recordings (lessons/voices/<voice>/<deck>/<card>.<ext>), prerendered as
 * same-origin files (re-recorded words keep their name: cached for an hour, not for ever). Not precached: the service worker keeps a deck's recordings once the deck is
 * studied or a word is played, so installing the app does not download every voice.
 */
import { error } from '@sveltejs/kit';
import { deckVoiceFile, deckVoices } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	deckVoices().flatMap((voice) =>
		voice.files.map((file) => {
			const [deck = '', name = ''] = file.split('/');
			return { voice: voice.id, deck, file: name };
		})
	);

export const GET: RequestHandler = ({ params }) => {
	const found = deckVoiceFile(params.voice, `${params.deck}/${params.file}`);
	if (!found) error(404, 'No such recording');
	return new Response(found.bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': found.type, 'cache-control': 'public, max-age=3600' }
	});
};
