import { error } from '@sveltejs/kit';
import { servedDecks, findDeck } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => servedDecks().map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const deck = findDeck(params.id);
	if (!deck) error(404, 'No such deck');
	return { deck };
};
