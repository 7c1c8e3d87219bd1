import { error, json } from '@sveltejs/kit';
import { servedDecks, findDeck } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => servedDecks().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const deck = findDeck(params.id);
	if (!deck) error(404, 'No such deck');
	return json(deck);
};
