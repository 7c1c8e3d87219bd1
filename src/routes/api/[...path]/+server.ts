/**
 * The online-class API (`/api/…`): the only part of Lïeredh that needs a server. A thin shell around
 * `$lib/server/classes/api`: it reads the body (never past the size limit), and answers JSON that no
 * cache keeps and no other origin may read (no CORS headers are ever sent).
 */
import type { RequestHandler } from './$types';
import { isVoicePath, MAX_BODY_BYTES, MAX_VOICE_BODY_BYTES } from '$lib/classes/protocol';
import { classService } from '$lib/server/classes/service';

export const prerender = false;

const answer = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});

const handler: RequestHandler = async ({ request, params, url, getClientAddress }) => {
	// A voice pack may be larger than any other body; every other route keeps the usual limit.
	const limit = isVoicePath(`/${params.path}`) ? MAX_VOICE_BODY_BYTES : MAX_BODY_BYTES;
	const body =
		request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request, limit);
	let api;
	try {
		api = await classService();
	} catch (error) {
		console.error('Class service did not start:', error instanceof Error ? error.message : error);
		return answer(503, { error: 'unavailable' });
	}
	const { status, body: reply } = await api.handle({
		method: request.method,
		path: `/${params.path}`,
		headers: request.headers,
		body,
		address: getClientAddress(),
		origin: url.origin
	});
	return answer(status, reply);
};

export const GET = handler;
export const POST = handler;
export const PUT = handler;
export const DELETE = handler;
export const fallback = handler;

/**
 * The body as text, 'too-large' as soon as it passes the limit (the rest is never read), or 'malformed'
 * when it is not UTF-8: decoded strictly, so no byte becomes a "�" stored as if it were typed.
 */
async function readBody(request: Request, limit: number): Promise<string | 'too-large' | 'malformed'> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return 'too-large';
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return 'too-large';
		}
		chunks.push(value);
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
	} catch {
		return 'malformed';
	}
}
