// The PNG reader the share image tests rely on refuses files that only start like a PNG.
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodePng } from "./decode-png";

/** A 2×1 RGB PNG, built by hand, with its chunks open to damage. */
function png({ rows = 1, crcOffset = 0 } = {}): Uint8Array {
  const chunk = (type: string, data: Uint8Array, damage = 0) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE((crc(body) + damage) >>> 0, 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  const scanline = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(Buffer.concat(Array.from({ length: rows }, () => scanline))), crcOffset),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

function crc(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe("decodePng", () => {
  it("reads a valid PNG's size, depth and colour type", () => {
    expect(decodePng(png())).toEqual({ width: 2, height: 1, bitDepth: 8, colorType: 2, pixelBytes: 7 });
  });

  it("refuses a damaged chunk, the wrong amount of pixels, a cut file and a file that only starts like a PNG", () => {
    expect(() => decodePng(png({ crcOffset: 1 }))).toThrow("bad CRC in chunk IDAT");
    expect(() => decodePng(png({ rows: 2 }))).toThrow("image data is 14 bytes, 7 expected");
    const whole = png();
    expect(() => decodePng(whole.subarray(0, whole.length - 12))).toThrow("IEND is not the last chunk");
    expect(() => decodePng(whole.subarray(0, 33))).toThrow("IEND is not the last chunk");
    expect(() => decodePng(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow("no PNG signature");
  });
});
