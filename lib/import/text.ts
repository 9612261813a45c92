// Turning an uploaded file or pasted text into the snapshot text that is stored with a source and
// that every offset refers to. Pure and isomorphic (no Node APIs): the sha256 lives in hash.ts.
import { htmlToText, looksLikeHtml } from "./html";

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const IMPORT_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm"] as const;

export type ImportFormat = "text" | "markdown" | "html";
export type ImportEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
export type ImportErrorCode = "EMPTY" | "TOO_LARGE" | "BINARY" | "UNSUPPORTED_TYPE";

export interface Snapshot {
  /** The normalised readable text: what is stored as Source.snapshotText. */
  text: string;
  format: ImportFormat;
  encoding: ImportEncoding;
  warnings: string[];
}

export type ImportResult = { ok: true; snapshot: Snapshot } | { ok: false; code: ImportErrorCode; message: string };

export type ImportInput =
  { bytes: Uint8Array; fileName?: string; format?: ImportFormat } | { text: string; fileName?: string; format?: ImportFormat };

/** The import format a file name implies, or null when the extension is not accepted. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  if (ext === ".txt" || ext === ".text") return "text";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".html" || ext === ".htm") return "html";
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const MAGIC: [signature: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Microsoft Office document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
  [[0x52, 0x49, 0x46, 0x46], "a media file"],
  [[0x49, 0x44, 0x33], "an MP3 file"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"],
];

function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** A short description of what a binary file is, or null when the bytes look like text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const [signature, what] of MAGIC) {
    if (signature.every((byte, i) => bytes[i] === byte)) return what;
  }
  if (bomEncoding(bytes) || utf16WithoutBom(bytes)) return null;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return "a binary file";
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? "a binary file" : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: ImportEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** Decodes a text file: BOM first, then strict UTF-8, then Windows-1252 (with a warning). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: ImportEncoding; warnings: string[] } {
  const bom = bomEncoding(bytes);
  const encoding = bom?.encoding ?? utf16WithoutBom(bytes);
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    return { text: new TextDecoder(encoding).decode(bytes.subarray(bom?.length ?? 0)), encoding, warnings: [] };
  }
  const body = bytes.subarray(bom?.length ?? 0);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      encoding: "windows-1252",
      warnings: ["The file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented letters."],
    };
  }
}

/**
 * The stored form of a text: no BOM, "\n" line ends, NFC, no control characters but tabs and line
 * breaks, no trailing spaces, at most one blank line in a row, no white space at either end (the
 * stored form: the source schema trims, so extraction must run on trimmed text).
 */
export function normaliseSnapshotText(raw: string): string {
  return raw
    .replace(/^\ufeff/, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim(); // exactly what a source stores (its schema trims): offsets into this text are offsets into the stored snapshot
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks and normalises an upload or a paste into snapshot text. Never throws: bad input comes back
 * as { ok: false, code, message } with a message meant for the analyst.
 */
export function readImport(input: ImportInput, options: { maxBytes?: number } = {}): ImportResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const what = input.fileName ? `The file “${input.fileName}”` : "The text";
  let format = input.format ?? null;
  if (!format && input.fileName) {
    format = formatFromFileName(input.fileName);
    if (!format) {
      return {
        ok: false,
        code: "UNSUPPORTED_TYPE",
        message: `${what} is not a .txt, .md or .html file; only those can be imported.`,
      };
    }
  }

  let raw: string;
  let encoding: ImportEncoding = "utf-8";
  const warnings: string[] = [];
  if ("bytes" in input) {
    const size = input.bytes.length;
    if (size > maxBytes) {
      return { ok: false, code: "TOO_LARGE", message: `${what} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.` };
    }
    if (size === 0) return { ok: false, code: "EMPTY", message: `${what} is empty.` };
    const binary = detectBinary(input.bytes);
    if (binary) {
      return {
        ok: false,
        code: "BINARY",
        message: `${what} looks like ${binary}, not text. Save it as plain text (.txt), Markdown (.md) or HTML (.html) first.`,
      };
    }
    const decoded = decodeBytes(input.bytes);
    raw = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  } else {
    const size = utf8Length(input.text);
    if (size > maxBytes) {
      return { ok: false, code: "TOO_LARGE", message: `${what} is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.` };
    }
    if (input.text.includes("\u0000")) {
      return { ok: false, code: "BINARY", message: `${what} contains binary data (NUL characters), not plain text.` };
    }
    raw = input.text;
  }

  if (!format) format = looksLikeHtml(raw) ? "html" : "text";
  const text = normaliseSnapshotText(format === "html" ? htmlToText(raw) : raw);
  if (!text.trim()) {
    return {
      ok: false,
      code: "EMPTY",
      message: format === "html" ? `${what} has no readable text.` : `${what} is empty.`,
    };
  }
  if (text.includes("\ufffd")) warnings.push("Some characters could not be decoded and show as “\ufffd”.");
  return { ok: true, snapshot: { text, format, encoding, warnings } };
}
