// Runs before first paint: restores the saved interface language and colour theme, so a learner who
// chose Swedish never sees a flash of the Norwegian prerendered page. The app removes the class.
(function () {
	var root = document.documentElement;
	var saved = null;
	try {
		var lang = localStorage.getItem('lieredh:lang');
		if (lang && lang !== root.lang) {
			root.lang = lang;
			root.classList.add('i18n-pending');
		}
		saved = localStorage.getItem('lieredh:theme');
	} catch {
		// Storage can be blocked (private mode); the defaults are fine then.
	}
	var system = window.matchMedia('(prefers-color-scheme: dark)');
	function apply() {
		var theme = root.dataset.themeChoice || saved;
		root.dataset.theme = theme === 'light' || theme === 'dark' ? theme : system.matches ? 'dark' : 'light';
	}
	apply();
	system.addEventListener('change', apply);
})();
