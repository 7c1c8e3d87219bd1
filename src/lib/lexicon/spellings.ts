/**
 * Accepted spellings that the lexicon marks as older, not merely other. Its README: "Røros is Plaassja
 * (official since 2022). The older spelling Plassje (in Oahpa's sets) is an accepted variant." Every other
 * variant a deck accepts (gapta for gåptoe, njieljie for nieljie …) is an equal spelling: "also written".
 */
const OLDER_SPELLINGS: ReadonlySet<string> = new Set(['Plassje']);

export function isOlderSpelling(form: string): boolean {
	return OLDER_SPELLINGS.has(form.normalize('NFC'));
}
