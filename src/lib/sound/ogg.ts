/**
 * Opus packets into an Ogg Opus file (RFC 7845 on RFC 3533 pages). Browsers encode Opus (WebCodecs'
 * AudioEncoder) but give no container; this is the small writer every browser's <audio> can play.
 */

const CRC_TABLE = (() => {
	// Ogg's CRC-32: polynomial 0x04c11db7, not reflected, initial value 0 (RFC 3533, section 6).
	const table = new Uint32Array(256);
	for (let i = 0; i < 256; i++) {
		let r = i << 24;
		for (let bit = 0; bit < 8; bit++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
		table[i] = r >>> 0;
	}
	return table;
})();

export function oggCrc(bytes: Uint8Array): number {
	let crc = 0;
	for (const byte of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
	return crc;
}

const HEADER_TYPE = { continued: 1, first: 2, last: 4 } as const;

function page(packets: Uint8Array[], granule: bigint, serial: number, sequence: number, type: number) {
	const lacing: number[] = [];
	for (const packet of packets) {
		for (let left = packet.length; ; left -= 255) {
			lacing.push(Math.min(255, left));
			if (left < 255) break;
		}
	}
	const bodyLength = packets.reduce((sum, packet) => sum + packet.length, 0);
	const bytes = new Uint8Array(27 + lacing.length + bodyLength);
	const view = new DataView(bytes.buffer);
	bytes.set([0x4f, 0x67, 0x67, 0x53]); // "OggS"
	view.setUint8(5, type);
	view.setBigInt64(6, granule, true);
	view.setUint32(14, serial, true);
	view.setUint32(18, sequence, true);
	view.setUint8(26, lacing.length);
	bytes.set(lacing, 27);
	let offset = 27 + lacing.length;
	for (const packet of packets) {
		bytes.set(packet, offset);
		offset += packet.length;
	}
	view.setUint32(22, oggCrc(bytes), true);
	return bytes;
}

/** Lacing values a packet takes in a page's segment table. */
const segmentsOf = (packet: Uint8Array) => Math.floor(packet.length / 255) + 1;

export interface OpusStream {
	/** Encoded packets in order, each with its duration in 48 kHz samples. */
	packets: { data: Uint8Array; samples: number }[];
	channels: number;
	/** The encoder's look-ahead, in 48 kHz samples: skipped by the player (RFC 7845, 4.2). */
	preSkip: number;
	/** The rate the sound was captured at (informational). */
	inputSampleRate: number;
}

/** The Ogg file: identification header, comment header, then the audio (about a second per page). */
export function oggOpus({ packets, channels, preSkip, inputSampleRate }: OpusStream, serial = 0x4c696572) {
	const head = new Uint8Array(19);
	const headView = new DataView(head.buffer);
	head.set(new TextEncoder().encode('OpusHead'));
	head[8] = 1; // version
	head[9] = channels;
	headView.setUint16(10, preSkip, true);
	headView.setUint32(12, inputSampleRate, true);
	// Output gain 0, channel mapping family 0 (mono or stereo).
	const vendor = new TextEncoder().encode('Lieredh');
	const tags = new Uint8Array(8 + 4 + vendor.length + 4);
	tags.set(new TextEncoder().encode('OpusTags'));
	new DataView(tags.buffer).setUint32(8, vendor.length, true);
	tags.set(vendor, 12);

	const pages = [page([head], 0n, serial, 0, HEADER_TYPE.first), page([tags], 0n, serial, 1, 0)];
	let granule = BigInt(preSkip);
	let batch: Uint8Array[] = [];
	let segments = 0;
	let samplesInBatch = 0;
	const flush = (last: boolean) => {
		granule += BigInt(samplesInBatch);
		pages.push(page(batch, granule, serial, pages.length, last ? HEADER_TYPE.last : 0));
		batch = [];
		segments = 0;
		samplesInBatch = 0;
	};
	packets.forEach(({ data, samples }, index) => {
		if (segments + segmentsOf(data) > 255 || samplesInBatch >= 48000) flush(false);
		batch.push(data);
		segments += segmentsOf(data);
		samplesInBatch += samples;
		if (index === packets.length - 1) flush(true);
	});
	if (!packets.length) pages.push(page([], granule, serial, pages.length, HEADER_TYPE.last));
	const out = new Uint8Array(pages.reduce((sum, p) => sum + p.length, 0));
	let offset = 0;
	for (const p of pages) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}

/** The pages of an Ogg file, read back (tests and pack validation): header type, granule, packets. */
export function oggPages(bytes: Uint8Array) {
	const pages: { type: number; granule: bigint; sequence: number; packets: Uint8Array[]; crcOk: boolean }[] =
		[];
	let offset = 0;
	while (offset + 27 <= bytes.length) {
		const view = new DataView(bytes.buffer, bytes.byteOffset + offset);
		if (view.getUint32(0) !== 0x4f676753) throw new Error('not an Ogg page');
		const count = view.getUint8(26);
		const lacing = bytes.subarray(offset + 27, offset + 27 + count);
		const length = 27 + count + lacing.reduce((sum, value) => sum + value, 0);
		const whole = bytes.slice(offset, offset + length);
		const stored = new DataView(whole.buffer).getUint32(22, true);
		whole.fill(0, 22, 26);
		const packets: Uint8Array[] = [];
		let at = offset + 27 + count;
		let size = 0;
		for (const value of lacing) {
			size += value;
			if (value < 255) {
				packets.push(bytes.subarray(at, at + size));
				at += size;
				size = 0;
			}
		}
		pages.push({
			type: view.getUint8(5),
			granule: view.getBigInt64(6, true),
			sequence: view.getUint32(18, true),
			packets,
			crcOk: oggCrc(whole) === stored
		});
		offset += length;
	}
	return pages;
}
