import { describe, expect, it } from "vitest";
import { snapshotSha256 } from "./hash";
import { MAX_IMPORT_BYTES, decodeBytes, detectBinary, formatBytes, formatFromFileName, normaliseSnapshotText, readImport } from "./text";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("formatFromFileName", () => {
  it("accepts .txt, .md and .html in any case", () => {
    expect(formatFromFileName("notes.TXT")).toBe("text");
    expect(formatFromFileName("a.b/article.markdown")).toBe("markdown");
    expect(formatFromFileName("page.htm")).toBe("html");
    expect(formatFromFileName("report.pdf")).toBeNull();
    expect(formatFromFileName("README")).toBeNull();
  });
});

describe("readImport: bad input never throws", () => {
  it("refuses an empty file and a whitespace-only paste", () => {
    expect(readImport({ bytes: new Uint8Array(), fileName: "a.txt" })).toMatchObject({ ok: false, code: "EMPTY" });
    const blank = readImport({ text: " \n\t\n " });
    expect(blank).toMatchObject({ ok: false, code: "EMPTY", message: "The text is empty." });
  });

  it("refuses a file over 2 MB with the sizes in the message", () => {
    const result = readImport({ bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(97), fileName: "big.txt" });
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE" });
    if (!result.ok) expect(result.message).toBe("The file “big.txt” is 2.0 MB; the limit is 2.0 MB.");
    expect(readImport({ text: "é".repeat(MAX_IMPORT_BYTES / 2 + 1) })).toMatchObject({ ok: false, code: "TOO_LARGE" });
    expect(readImport({ text: "a".repeat(300) }, { maxBytes: 100 })).toMatchObject({ ok: false, code: "TOO_LARGE" });
  });

  it("names what a binary file is", () => {
    const pdf = readImport({ bytes: bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), fileName: "a.txt" });
    expect(pdf).toMatchObject({ ok: false, code: "BINARY" });
    if (!pdf.ok) expect(pdf.message).toContain("a PDF document");
    const zip = readImport({ bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), fileName: "doc.txt" });
    if (!zip.ok) expect(zip.message).toContain("ZIP archive");
    const random = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    expect(readImport({ bytes: random, fileName: "noise.txt" })).toMatchObject({ ok: false, code: "BINARY" });
    expect(readImport({ text: "abc\u0000def" })).toMatchObject({ ok: false, code: "BINARY" });
  });

  it("refuses other file types", () => {
    expect(readImport({ bytes: bytes("hello"), fileName: "a.docx" })).toMatchObject({ ok: false, code: "UNSUPPORTED_TYPE" });
  });

  it("says when an HTML page has no readable text", () => {
    expect(readImport({ text: "<html><script>var a = 1;</script></html>" })).toMatchObject({ ok: false, code: "EMPTY" });
  });
});

describe("readImport: encodings", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const result = readImport({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("“Hi,” she said.")]), fileName: "a.txt" });
    expect(result).toMatchObject({ ok: true, snapshot: { text: "“Hi,” she said.", encoding: "utf-8", format: "text" } });
  });

  it("reads UTF-16 with a BOM and without one", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Łódź said"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(readImport({ bytes: le, fileName: "a.txt" })).toMatchObject({ ok: true, snapshot: { text: "Łódź said", encoding: "utf-16le" } });
    const be = new Uint8Array([..."Rutte said so."].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(readImport({ bytes: be, fileName: "a.txt" })).toMatchObject({
      ok: true,
      snapshot: { text: "Rutte said so.", encoding: "utf-16be" },
    });
  });

  it("falls back to Windows-1252 with a warning", () => {
    const result = readImport({ bytes: new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]), fileName: "old.txt" });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.snapshot.text).toBe("“Hi” é");
      expect(result.snapshot.encoding).toBe("windows-1252");
      expect(result.snapshot.warnings[0]).toMatch(/not valid UTF-8/);
    }
    expect(decodeBytes(bytes("plain")).encoding).toBe("utf-8");
  });
});

describe("normaliseSnapshotText", () => {
  it("normalises line ends, control characters, trailing spaces and blank runs", () => {
    expect(normaliseSnapshotText("\ufeff\r\n\r\nTitle  \r\n\r\n\r\n\r\nBody\u0007 text\t\n\n")).toBe("Title\n\nBody text");
  });

  it("composes accents (NFC) so offsets do not depend on how the source encoded them", () => {
    expect(normaliseSnapshotText("Tromso\u0308")).toBe("Tromsö");
  });

  it("drops a leading empty line, as in an article that starts with one", () => {
    expect(normaliseSnapshotText("\nIn a bold statement …")).toBe("In a bold statement …");
  });
});

describe("readImport: formats", () => {
  it("reduces HTML to readable text, by extension or by sniffing a paste", () => {
    const html = "<html><body><h1>Title</h1><p>“We act,” she said.</p><script>x()</script></body></html>";
    expect(readImport({ bytes: bytes(html), fileName: "a.html" })).toMatchObject({
      ok: true,
      snapshot: { text: "Title\n\n“We act,” she said.", format: "html" },
    });
    expect(readImport({ text: html })).toMatchObject({ ok: true, snapshot: { format: "html" } });
  });

  it("keeps Markdown as written", () => {
    expect(readImport({ text: "# Head\n\n> “Quote,” he said.", format: "markdown" })).toMatchObject({
      ok: true,
      snapshot: { text: "# Head\n\n> “Quote,” he said.", format: "markdown" },
    });
  });
});

describe("detectBinary and formatBytes", () => {
  it("lets text through", () => {
    expect(detectBinary(bytes("Plain text\twith a tab\r\n"))).toBeNull();
  });

  it("formats sizes for messages", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});

describe("snapshotSha256", () => {
  it("hashes the UTF-8 bytes of the snapshot", () => {
    expect(snapshotSha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(snapshotSha256("Łódź")).toHaveLength(64);
    expect(snapshotSha256("a")).not.toBe(snapshotSha256("a "));
  });
});
