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
