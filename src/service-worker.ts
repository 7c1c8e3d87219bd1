/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Precaches the whole app (code, static files, every prerendered page and deck JSON) so it works with
 * no network after one visit. A new version waits until the learner accepts it (workbox-window prompt),
 * and an older version's files stay until no open tab runs that version: a tab left open on the old
 * version, which the learner has not reloaded yet, still finds every chunk it loads later.
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	DEFAULT_LANGUAGE,
	isLanguage,
	LANGUAGE_CACHE,
	LANGUAGE_CACHE_KEY,
	languageOfPath,
	pathInLanguage,
	pickLanguage,
	type Language
} from '$lib/i18n/languages';
import {
	CLIENTS_CACHE,
	isClientVersion,
	isFormsFile,
	isKeepForms,
	isVoiceFile,
	VOICES_CACHE
} from '$lib/pwa/messages';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lieredh-${version}`;
// Recordings and word forms are not precached: only those of the decks a learner studies are downloaded.
const PRECACHE = [...new Set([...build, ...files, ...prerendered])].filter(
	(path) => !isVoiceFile(path) && !isFormsFile(path)
);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await sw.clients.claim();
			await dropUnusedVersions();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
	const source = event.source as Client | null;
	if (isClientVersion(event.data) && source)
		event.waitUntil(noteClient(source.id, event.data.version).then(dropUnusedVersions));
	if (isKeepForms(event.data)) event.waitUntil(keepForms(event.data.decks));
});

/** The word forms of decks being studied, fetched quietly and kept with this version (see KEEP_FORMS). */
async function keepForms(decks: readonly string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const deck of decks) {
		const path = `/forms/${deck}.json`;
		if (await cache.match(path)) continue;
		try {
			const response = await fetch(path);
			if (response.status === 200) await cache.put(path, response);
		} catch {
			// No network or no server now: the next session asks again.
		}
	}
}

const CLIENTS_KEY = '/clients.json';

/** Which open tab runs which version, as the tabs said. */
async function clientVersions(): Promise<Record<string, string>> {
	const saved = await (await caches.open(CLIENTS_CACHE)).match(CLIENTS_KEY);
	return saved ? ((await saved.json()) as Record<string, string>) : {};
}

async function noteClient(id: string, clientVersion: string): Promise<void> {
	const known = await clientVersions();
	await (await caches.open(CLIENTS_CACHE)).put(CLIENTS_KEY, Response.json({ ...known, [id]: clientVersion }));
}

/**
 * Deletes the caches of versions no open tab runs. A tab that has not said its version yet (it is still
 * starting, or it is a version from before tabs said so) keeps every cache for now: the next tab that
 * speaks up, or the next version's activation, looks again.
 */
async function dropUnusedVersions(): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const known = await clientVersions();
	const open = Object.fromEntries(windows.flatMap((w) => (known[w.id] ? [[w.id, known[w.id]!]] : [])));
	await (await caches.open(CLIENTS_CACHE)).put(CLIENTS_KEY, Response.json(open));
	if (windows.some((w) => !open[w.id])) return;
	const inUse = new Set([CACHE, ...Object.values(open).map((v) => `lieredh-${v}`)]);
	for (const key of await caches.keys()) {
		if (
			key.startsWith('lieredh-') &&
			![LANGUAGE_CACHE, CLIENTS_CACHE, VOICES_CACHE].includes(key) &&
			!inUse.has(key)
		)
			await caches.delete(key);
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// "Is there a class server?" with no network or no server: no, said calmly (not a failed request).
	if (url.pathname === '/api/health') {
		event.respondWith(fetch(request).catch(() => Response.json({ ok: false }, { status: 200 })));
		return;
	}
	// The rest of the class API is live data: always the network, never a cache (the app queues instead).
	if (url.pathname.startsWith('/api/')) return;
	if (isVoiceFile(url.pathname)) {
		event.respondWith(voiceFile(request, url));
		return;
	}
	event.respondWith(respond(request, url));
});

/** A recording: from the voices cache, else the network (and kept for offline). */
async function voiceFile(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(VOICES_CACHE);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	const response = await fetch(request);
	// A whole file only (an <audio> range request's 206 is not a file to keep).
	if (response.status === 200) await cache.put(url.pathname, response.clone());
	return response;
}

/** The learner's interface language as the page last saw it, else the browser's. */
async function learnerLanguage(): Promise<Language> {
	const saved = await (await caches.open(LANGUAGE_CACHE)).match(LANGUAGE_CACHE_KEY);
	const lang = saved ? await saved.text() : undefined;
	return isLanguage(lang) ? lang : pickLanguage(sw.navigator.languages);
}

/**
 * A page without a language in its address (`/decks`) is answered with its prerendered copy in the
 * learner's language (`/sv/decks`): it paints in Swedish at once, with no redirect and no re-render.
 */
async function pagePath(request: Request, url: URL): Promise<string> {
	if (request.mode !== 'navigate' || languageOfPath(url.pathname) !== DEFAULT_LANGUAGE) return url.pathname;
	return pathInLanguage(url.pathname, await learnerLanguage());
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Precached files belong to this version: serve them from the cache, so old tabs keep working.
	const cached = (await cache.match(await pagePath(request, url))) ?? (await cache.match(url.pathname));
	if (cached) return cached;
	// A hashed file of an older version, for a tab still running it: from that version's cache.
	if (url.pathname.startsWith('/_app/immutable/')) {
		const older = await caches.match(url.pathname);
		if (older) return older;
	}
	try {
		const response = await fetch(request);
		// A deck's forms, fetched once it is studied or its forms opened: kept with this version, for offline.
		if (isFormsFile(url.pathname) && response.status === 200) await cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		// Offline and not precached: a page falls back to the app shell, anything else fails as usual.
		if (request.mode === 'navigate') {
			const shell = await cache.match('/');
			if (shell) return shell;
		}
		throw error;
	}
}
