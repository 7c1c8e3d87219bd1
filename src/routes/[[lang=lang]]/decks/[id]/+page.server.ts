import { error } from '@sveltejs/kit';
import { builtInDecks, findDeck } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => builtInDecks().map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const deck = findDeck(params.id);
	if (!deck) error(404, 'No such deck');
	return { deck };
};
