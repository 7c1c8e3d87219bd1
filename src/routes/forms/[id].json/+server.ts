import { error, json } from '@sveltejs/kit';
import { servedDecks, deckForms } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

// A deck's word forms, apart from the deck (fetched when a learner opens them, kept offline then):
// GPL-3.0 data from lessons/forms/, credited on /credits.
export const prerender = true;

export const entries: EntryGenerator = () => servedDecks().map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const forms = deckForms(params.id);
	if (!forms) error(404, 'No such deck');
	return json(forms);
};
