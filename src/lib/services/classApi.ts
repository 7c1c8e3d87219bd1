/**
 * The class API client: the only code that calls `/api` (same origin only). A failed request is a
 * problem code for the screen, never an exception: no network, no class server in this copy of the
 * app, a class server that does not answer, or the API's own refusal.
 */
import { isApiError, type ApiError } from '$lib/classes/protocol';

/**
 * What can go wrong, for a message: the API's own codes; no network ('offline'); a network, but a
 * class server that does not answer ('unreachable': down, restarting, or a proxy in between); or no
 * class server at all in this copy of the app ('no-service').
 */
export type ClassProblem = ApiError | 'offline' | 'unreachable' | 'no-service';
export type Reply<T> = { ok: true; value: T } | { ok: false; problem: ClassProblem };

export async function call<T>(
	method: string,
	path: string,
	{ body, secret }: { body?: unknown; secret?: string } = {}
): Promise<Reply<T>> {
	// The browser knows it is offline: nothing to try (and no failed request in the console).
	if (typeof navigator !== 'undefined' && navigator.onLine === false)
		return { ok: false, problem: 'offline' };
	let response: Response;
	try {
		response = await fetch(`/api${path}`, {
			method,
			cache: 'no-store',
			headers: {
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
				...(secret ? { authorization: `Bearer ${secret}` } : {})
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch {
		// The request failed while the browser says it is online: the class server is not answering.
		const online = typeof navigator === 'undefined' || navigator.onLine !== false;
		return { ok: false, problem: online ? 'unreachable' : 'offline' };
	}
	const data: unknown = await response.json().catch(() => undefined);
	if (response.ok && typeof data === 'object' && data !== null) return { ok: true, value: data as T };
	const error = (data as { error?: unknown } | undefined)?.error;
	// A static copy of the app answers /api with its 404 page, not with JSON: there is no class server.
	return {
		ok: false,
		problem: isApiError(error) ? error : data === undefined ? 'no-service' : 'unavailable'
	};
}

let reachable: Promise<boolean> | undefined;

/** Whether this copy of the app has a class server that answers now (remembered once it has). */
export function classServerReachable(): Promise<boolean> {
	// A static copy of the app answers `{ ok: false }` from a file, the service worker when nothing answers.
	reachable ??= call<{ ok: boolean }>('GET', '/health').then((reply) => {
		const answers = reply.ok && reply.value.ok === true;
		if (!answers) reachable = undefined;
		return answers;
	});
	return reachable;
}
