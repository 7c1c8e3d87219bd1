/**
 * A live game's screens (the projector, each phone) get the game as server-sent events: one connection
 * a screen, a view each time the game changes (`$lib/server/classes/liveWatch`), a comment now and then
 * so no proxy closes a quiet connection. The token travels in the Authorization header (the app reads
 * the stream with fetch), never in the address. A refusal is the API's JSON, like any other.
 */
import type { RequestHandler } from './$types';
import { classService } from '$lib/server/classes/service';

export const prerender = false;

const KEEP_ALIVE_MS = 15_000;

const answer = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});

export const GET: RequestHandler = async ({ request, params, url, getClientAddress }) => {
	let api;
	try {
		api = await classService();
	} catch {
		return answer(503, { error: 'unavailable' });
	}
	const encoder = new TextEncoder();
	const waiting: Uint8Array[] = [];
	let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
	const push = (text: string) => {
		const chunk = encoder.encode(text);
		if (!stream) return void waiting.push(chunk);
		try {
			stream.enqueue(chunk);
		} catch {
			// The screen went away: its stream is closed below.
		}
	};
	const opened = await api.stream(
		{
			method: 'GET',
			path: `/live/${params.code}/events`,
			headers: request.headers,
			body: undefined,
			address: getClientAddress(),
			origin: url.origin
		},
		(view) => push(`data: ${JSON.stringify(view)}\n\n`)
	);
	if ('status' in opened) return answer(opened.status, opened.body);
	let ping: ReturnType<typeof setInterval> | undefined;
	const stop = () => {
		opened.close();
		clearInterval(ping);
	};
	request.signal.addEventListener('abort', stop);
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			stream = controller;
			for (const chunk of waiting.splice(0)) controller.enqueue(chunk);
			ping = setInterval(() => push(': still here\n\n'), KEEP_ALIVE_MS);
		},
		cancel: stop
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			// Nginx and friends pass each event on at once.
			'x-accel-buffering': 'no'
		}
	});
};
