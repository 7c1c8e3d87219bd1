/**
 * The clock faces of Numra's clock decks (drawn for Lïeredh by forms/numra.ts, clockSvg), prerendered
 * as same-origin files so they are precached like the other pictures. Only the times a deck uses are built.
 */
import { error } from '@sveltejs/kit';
import { clockSvg } from '$lib/forms/numra';
import { servedDecks } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

function usedClocks(): string[] {
	return servedDecks().flatMap((deck) =>
		deck.cards.flatMap((card) => (card.numra?.kind === 'clock' ? [card.numra.digits.replace(':', '')] : []))
	);
}

export const entries: EntryGenerator = () => usedClocks().map((time) => ({ file: `${time}.svg` }));

export const GET: RequestHandler = ({ params }) => {
	const time = params.file.replace(/\.svg$/, '');
	const svg = usedClocks().includes(time) ? clockSvg(`${time.slice(0, 2)}:${time.slice(2)}`) : undefined;
	if (!svg) error(404, 'No such clock');
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=31536000, immutable' }
	});
};
