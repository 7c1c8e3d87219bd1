import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Pure domain rules (src/lib/<domain>): plain TypeScript, time passed in, codes out. */
const DOMAIN = [
	'answers',
	'backup',
	'calendar',
	'classes',
	'data',
	'decks',
	'forms',
	'profiles',
	'lexicon',
	'live',
	'sound',
	'srs',
	'study',
	'teach'
];

const STORAGE = ['$lib/db', '$lib/db/*', 'dexie'];
const screensMessage = 'Screens reach storage through a service in $lib/services, never the database itself.';
const domainMessage = 'Domain code is plain TypeScript: no storage, services, Svelte, SvelteKit or i18n.';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-server/',
			'data/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'.e2e/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-console': ['error', { allow: ['warn', 'error'] }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Scripts and benchmarks report to the terminal.
		files: ['scripts/**', 'bench/**'],
		rules: { 'no-console': 'off' }
	},
	{
		// Layers: components and routes → rune state → services (the only code that opens Dexie) → domain.
		files: ['src/routes/**', 'src/lib/components/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: STORAGE, message: screensMessage }] }],
			'no-restricted-syntax': [
				'error',
				{ selector: 'ImportExpression[source.value=/^(\\$lib\\/db|dexie)/]', message: screensMessage }
			]
		}
	},
	{
		files: DOMAIN.map((folder) => `src/lib/${folder}/**`),
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								...STORAGE,
								'$lib/services',
								'$lib/services/*',
								'svelte',
								'svelte/*',
								'$app/*',
								'i18next',
								'$lib/i18n/*',
								'$lib/settings/*',
								'$lib/pwa/*'
							],
							message: domainMessage
						}
					]
				}
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ImportExpression[source.value=/^(\\$lib\\/(db|services)|dexie)/]',
					message: domainMessage
				}
			]
		}
	}
);
