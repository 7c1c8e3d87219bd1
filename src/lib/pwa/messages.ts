/**
 * What a page and the service worker tell each other. A page says which version of the app it runs, so
 * the worker keeps that version's files until no open tab runs it (an old tab's next lazily loaded
 * chunk must still be there after a new version took over).
 */
export const CLIENT_VERSION = 'CLIENT_VERSION';

export interface ClientVersion {
	type: typeof CLIENT_VERSION;
	version: string;
}

export function isClientVersion(data: unknown): data is ClientVersion {
	const message = data as Partial<ClientVersion> | null;
	return message?.type === CLIENT_VERSION && typeof message.version === 'string';
}

/**
 * A page studying decks asks the worker to keep their word forms offline. The worker fetches them in the
 * background: with no network (or no server) nothing fails in the page, and they are fetched next time.
 */
export const KEEP_FORMS = 'KEEP_FORMS';

export interface KeepForms {
	type: typeof KEEP_FORMS;
	decks: string[];
}

export function isKeepForms(data: unknown): data is KeepForms {
	const message = data as Partial<KeepForms> | null;
	return (
		message?.type === KEEP_FORMS &&
		Array.isArray(message.decks) &&
		message.decks.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id))
	);
}

/** Where the worker remembers which tab runs which version (it may be stopped between events). */
export const CLIENTS_CACHE = 'lieredh-clients';

/**
 * Recordings of the built-in voices (/voices/…): kept across versions, filled as a deck is studied or
 * a word is played, never at install (a learner downloads only the voices of what they learn).
 */
export const VOICES_CACHE = 'lieredh-voices';
export const isVoiceFile = (pathname: string) => pathname.startsWith('/voices/');
/** A deck's word forms (`/forms/<deck>.json`): not precached, kept once fetched (opened or studied). */
export const isFormsFile = (pathname: string) => pathname.startsWith('/forms/');
