/**
 * The teaching benchmark's picture: expected words recalled each evening, one line per scheduler, one
 * panel per learner model and profile. Plain SVG text (no library), so `npm run bench` can write it.
 */
const COLOURS: Record<string, string> = {
	app: '#0b7a53',
	anki: '#7b3fb0',
	leitner: '#b5651d',
	greedy: '#888'
};
const DASH: Record<string, string> = { greedy: '4 3' };

export interface Panel {
	title: string;
	/** Scheduler → value per day. */
	lines: Record<string, number[]>;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function plotPanels(panels: readonly Panel[], columns: number, words: number, title: string): string {
	const width = 300;
	const height = 210;
	const pad = { left: 40, right: 10, top: 28, bottom: 30 };
	const rows = Math.ceil(panels.length / columns);
	const legendHeight = 30;
	const total = { width: columns * width, height: rows * height + legendHeight + 24 };
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total.width} ${total.height}" width="${total.width}" height="${total.height}" font-family="sans-serif" font-size="11">`,
		`<rect width="100%" height="100%" fill="#fff"/>`,
		`<text x="10" y="17" font-size="14" font-weight="bold">${escape(title)}</text>`
	];
	panels.forEach((panel, index) => {
		const x0 = (index % columns) * width;
		const y0 = 24 + Math.floor(index / columns) * height;
		const plotW = width - pad.left - pad.right;
		const plotH = height - pad.top - pad.bottom;
		const days = Math.max(...Object.values(panel.lines).map((line) => line.length));
		const x = (day: number) => x0 + pad.left + (day / Math.max(1, days - 1)) * plotW;
		const y = (value: number) => y0 + pad.top + plotH - (value / words) * plotH;
		parts.push(`<text x="${x0 + pad.left}" y="${y0 + 16}" font-weight="bold">${escape(panel.title)}</text>`);
		for (const tick of [0, words / 2, words]) {
			parts.push(
				`<line x1="${x0 + pad.left}" x2="${x0 + pad.left + plotW}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
				`<text x="${x0 + pad.left - 4}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`
			);
		}
		for (const day of [1, Math.ceil(days / 2), days]) {
			parts.push(
				`<text x="${x(day - 1)}" y="${y0 + pad.top + plotH + 14}" text-anchor="middle">${day}</text>`
			);
		}
		for (const [name, values] of Object.entries(panel.lines)) {
			const points = values.map((value, day) => `${x(day).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
			const dash = DASH[name] ? ` stroke-dasharray="${DASH[name]}"` : '';
			parts.push(
				`<polyline fill="none" stroke="${COLOURS[name] ?? '#000'}" stroke-width="2"${dash} points="${points}"/>`
			);
		}
	});
	const legendY = total.height - 12;
	Object.keys(COLOURS).forEach((name, k) => {
		const lx = 10 + k * 120;
		const dash = DASH[name] ? ` stroke-dasharray="${DASH[name]}"` : '';
		parts.push(
			`<line x1="${lx}" x2="${lx + 24}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${COLOURS[name]}" stroke-width="2"${dash}/>`,
			`<text x="${lx + 30}" y="${legendY}">${name}</text>`
		);
	});
	parts.push('</svg>');
	return parts.join('\n');
}
