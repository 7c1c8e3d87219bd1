/**
 * The screens' side of the live game's stream (#27): server-sent events read from a fetch body (the
 * token goes in a header, never in the address), and each device's clock measured against the
 * server's. Pure: text in, views out.
 */

/** Reads `data:` events from the stream's text as it arrives, in pieces cut anywhere. */
export class EventReader {
	#buffer = '';

	/** The events completed by this piece of text, each the JSON its `data:` lines carry. */
	feed(text: string): unknown[] {
		this.#buffer += text.replace(/\r\n?/g, '\n');
		const events: unknown[] = [];
		let end: number;
		while ((end = this.#buffer.indexOf('\n\n')) !== -1) {
			const block = this.#buffer.slice(0, end);
			this.#buffer = this.#buffer.slice(end + 2);
			// Comments (": still here") keep a quiet connection open; they carry nothing.
			const data = block
				.split('\n')
				.filter((line) => line.startsWith('data:'))
				.map((line) => line.slice(5).replace(/^ /, ''))
				.join('\n');
			if (!data) continue;
			try {
				events.push(JSON.parse(data));
			} catch {
				// A broken event is skipped; the next view is whole again.
			}
		}
		return events;
	}
}

/**
 * The device's clock minus the server's (ms), from one request: the server's time is taken to be that
 * of the middle of the round trip (NTP's rule), so a slow network does not look like a clock ahead.
 */
export function clockOffset({
	sentAt,
	receivedAt,
	serverTime
}: {
	sentAt: number;
	receivedAt: number;
	serverTime: number;
}): number {
	return Math.round((sentAt + receivedAt) / 2 - serverTime);
}
