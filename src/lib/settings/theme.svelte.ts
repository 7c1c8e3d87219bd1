/** The colour theme: the device's, or one the learner picked (kept in localStorage for src/boot.js). */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'lieredh:theme';

class ThemeChoice {
	#value = $state<Theme>('system');

	get value(): Theme {
		return this.#value;
	}

	start(): void {
		const saved = localStorage.getItem(STORAGE_KEY);
		this.#value = saved === 'light' || saved === 'dark' ? saved : 'system';
	}

	choose(theme: Theme): void {
		this.#value = theme;
		const root = document.documentElement;
		if (theme === 'system') {
			localStorage.removeItem(STORAGE_KEY);
			delete root.dataset.themeChoice;
			root.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
		} else {
			localStorage.setItem(STORAGE_KEY, theme);
			root.dataset.themeChoice = theme;
			root.dataset.theme = theme;
		}
	}
}

export const themeChoice = new ThemeChoice();
