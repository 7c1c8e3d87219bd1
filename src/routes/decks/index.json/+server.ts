import { json } from '@sveltejs/kit';
import { deckIndex } from '$lib/server/lessons';

export const prerender = true;

export function GET() {
	return json(deckIndex());
}
