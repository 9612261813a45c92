// Reads a PNG the whole way, as an image viewer does (PNG specification, 2nd edition): signature,
// chunks with their CRCs, IHDR first and IEND last, and the IDAT stream inflated to exactly one
// filtered scanline per row. For tests: a share image that passes is a real PNG of its size,
// not a file that merely starts like one.
import { crc32, inflateSync } from "node:zlib";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Samples per pixel by colour type: greyscale, RGB, palette, grey + alpha, RGBA.
const CHANNELS = new Map([
  [0, 1],
  [2, 3],
  [3, 1],
  [4, 2],
  [6, 4],
]);

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Bytes of the image data once inflated (the filtered scanlines). */
  pixelBytes: number;
}

/** The decoded image's header and data size; throws, saying why, when the bytes are not a valid PNG. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error("no PNG signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: { type: string; data: Uint8Array }[] = [];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new Error(`truncated chunk at byte ${at}`);
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) throw new Error(`chunk ${type} runs past the end`);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) throw new Error(`bad CRC in chunk ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  if (chunks[0]?.type !== "IHDR" || chunks[0].data.length !== 13) throw new Error("IHDR is not the first chunk");
  if (chunks.at(-1)?.type !== "IEND") throw new Error("IEND is not the last chunk");
  const header = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset, 13);
  const [width, height, bitDepth, colorType] = [header.getUint32(0), header.getUint32(4), header.getUint8(8), header.getUint8(9)];
  const channels = CHANNELS.get(colorType);
  if (!channels || width === 0 || height === 0) throw new Error(`invalid IHDR: ${width}×${height}, colour type ${colorType}`);
  if (header.getUint8(12) !== 0) throw new Error("interlaced images are not read here");
  if (colorType === 3 && !chunks.some((c) => c.type === "PLTE")) throw new Error("palette image without PLTE");
  const idat = chunks.filter((c) => c.type === "IDAT");
  if (idat.length === 0) throw new Error("no IDAT chunk");
  const pixels = inflateSync(Buffer.concat(idat.map((c) => c.data)));
  const rowBytes = 1 + Math.ceil((width * channels * bitDepth) / 8);
  if (pixels.length !== height * rowBytes) throw new Error(`image data is ${pixels.length} bytes, ${height * rowBytes} expected`);
  for (let row = 0; row < height; row++) {
    if (pixels[row * rowBytes]! > 4) throw new Error(`row ${row} has unknown filter ${pixels[row * rowBytes]}`);
  }
  return { width, height, bitDepth, colorType, pixelBytes: pixels.length };
}
