/**
 * The drawings the decks use (OpenMoji's and Lïeredh's own, all CC BY-SA 4.0, credited on /credits),
 * prerendered as same-origin files so they are precached and look the same on every device. Only the
 * drawings a deck uses are built.
 */
import { error } from '@sveltejs/kit';
import { pictureSvg, usedPictures } from '$lib/server/lessons';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => usedPictures().map((code) => ({ file: `${code}.svg` }));

export const GET: RequestHandler = ({ params }) => {
	const code = params.file.replace(/\.svg$/, '');
	const svg = usedPictures().includes(code) ? pictureSvg(code) : undefined;
	if (!svg) error(404, 'No such picture');
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=31536000, immutable' }
	});
};
