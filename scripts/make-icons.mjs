// Renders the app icons (static/icons/*.png) from the same drawing as static/favicon.svg, in Debian's
// Chromium. Run by hand after changing the artwork: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const glyph = (scale) => `
	<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">
		<path d="M27 52V27h10v25z" fill="#f4efe4"/>
		<circle cx="22" cy="16" r="5" fill="#e8b33d"/><circle cx="42" cy="16" r="5" fill="#e0604f"/>
	</g>`;
const icons = [
	{
		file: 'icon-192.png',
		size: 192,
		svg: `<rect width="64" height="64" rx="14" fill="#1f5f5b"/>${glyph(1)}`
	},
	{
		file: 'icon-512.png',
		size: 512,
		svg: `<rect width="64" height="64" rx="14" fill="#1f5f5b"/>${glyph(1)}`
	},
	// Maskable: full bleed, glyph inside the 80 % safe circle.
	{ file: 'maskable-512.png', size: 512, svg: `<rect width="64" height="64" fill="#1f5f5b"/>${glyph(0.72)}` }
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}">${svg}</svg></body>`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: true });
}
await browser.close();
