import type { ParamMatcher } from '@sveltejs/kit';
import { isPrefixedLanguage } from '$lib/i18n/languages';

/** `/sv/…`, `/en/…`, `/sma/…`: the interface language a page is prerendered in (Norwegian has no prefix). */
export const match: ParamMatcher = (param) => isPrefixedLanguage(param);
