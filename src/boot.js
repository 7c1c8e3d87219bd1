// Inlined into every page's <head> (see src/hooks.server.ts; its hash is in the CSP), so it runs before
// the first paint with no request of its own. Pages are prerendered in each interface language (`/`,
// `/sv`, `/en`, `/sma`): when this page is not in the learner's language (their saved choice, else the
// one in the address, else the browser's), it goes to the page that is, before anything is painted.
// Returning visitors rarely get here: the service worker already answers in their language.
// Keep the choice of language in step with pickLanguage/pathInLanguage in src/lib/i18n/languages.ts
// (a unit test holds the two together). It also restores the colour theme.
(function () {
	var root = document.documentElement;
	var page = root.lang;
	var languages = ['nb', 'sv', 'en', 'sma'];
	/** @type {string | null} */
	var saved = null;
	/** @type {string | null} */
	var theme = null;
	/** @type {string | null} */
	var learner = null;
	try {
		saved = localStorage.getItem('lieredh:lang');
		theme = localStorage.getItem('lieredh:theme');
		// The learner of the profile learning now (the first profile's key has no suffix).
		var profile = localStorage.getItem('lieredh:profile');
		var suffix = profile && profile !== 'first' && /^[a-z0-9]{1,16}$/.test(profile) ? '@' + profile : '';
		learner = localStorage.getItem('lieredh:learner' + suffix);
	} catch {
		// Storage can be blocked (private mode); the defaults are fine then.
	}
	/** @param {readonly string[]} tags */
	function pick(tags) {
		for (var i = 0; i < tags.length; i++) {
			var base = String(tags[i]).toLowerCase().split('-')[0] || '';
			if (base === 'no' || base === 'nn') return 'nb';
			if (languages.indexOf(base) !== -1) return base;
		}
		return 'nb';
	}
	var segments = location.pathname.split('/');
	var first = segments[1] || '';
	var prefixed = first !== 'nb' && languages.indexOf(first) !== -1;
	var want =
		saved && languages.indexOf(saved) !== -1 ? saved : prefixed ? first : pick(navigator.languages || []);
	if (want !== page) {
		var rest = prefixed ? '/' + segments.slice(2).join('/') : location.pathname;
		var path = want === 'nb' ? rest : rest === '/' ? '/' + want : '/' + want + rest;
		/** @type {string | null} */
		var target = path + location.search + location.hash;
		/** @type {string | null} */
		var guard = null;
		try {
			guard = sessionStorage.getItem('lieredh:redirect');
			sessionStorage.setItem('lieredh:redirect', target);
		} catch {
			// Without session storage the guard below cannot work: stay on this page rather than risk a loop.
			target = null;
		}
		// Once only: a page that does not exist in that language must not bounce back and forth.
		if (target && guard !== target) {
			location.replace(target);
			return;
		}
	} else {
		try {
			sessionStorage.removeItem('lieredh:redirect');
		} catch {
			// nothing to clear
		}
	}
	// Home's first-visit questions (which language, who is learning) are in the prerendered page, so
	// nothing moves when the app starts; whoever has answered them never sees them, not even for a frame.
	if (saved && languages.indexOf(saved) !== -1) root.dataset.chosenLanguage = '';
	if (learner === 'child' || learner === 'adult') root.dataset.chosenLearner = '';
	var system = window.matchMedia('(prefers-color-scheme: dark)');
	function apply() {
		var choice = root.dataset.themeChoice || theme;
		root.dataset.theme = choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light';
	}
	apply();
	system.addEventListener('change', apply);
})();
