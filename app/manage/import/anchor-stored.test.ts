// Anchors into the snapshot exactly as a source stores it: whatever the upload looked like
// (leading blank lines, CRLF, non-breaking spaces, HTML), every candidate's offsets cut its text out
// of the stored snapshot, and the permalink's word-for-word check and context use them as they are.
import { describe, expect, it } from "vitest";
import { storedSnapshotText } from "./review";
import { quoteInContext } from "@/lib/sources/context";
import { sourceCreateSchema } from "@/lib/sources/schema";
import { verifyQuote } from "@/lib/import/anchor";
import { extractCandidates } from "@/lib/import/extract";
import { readImport, type ImportInput } from "@/lib/import/text";

const speakers = [{ id: 1, name: "Mark Rutte", aliases: [] }];
const ARTICLE =
  "Rutte presses allies\n\n“We need more air defence in Ukraine,” Rutte told reporters. “Every system counts,” he added.\n\nPress conference by NATO Secretary General Mark Rutte\n\nMark Rutte: Our support is not charity. Q: More? Mark Rutte: Yes.";

const inputs: [string, ImportInput][] = [
  ["leading blank lines", { text: `\n\n   \n${ARTICLE}` }],
  ["leading spaces and a BOM", { text: `\ufeff  \u00a0 ${ARTICLE}` }],
  ["CRLF line ends", { bytes: new TextEncoder().encode(ARTICLE.replace(/\n/g, "\r\n")), fileName: "a.txt" }],
  ["non-breaking spaces", { text: ARTICLE.replace(/ (?=air|told|counts)/g, "\u00a0") }],
  [
    "HTML",
    {
      text: `<!doctype html><html><body>\n\n<h1>Rutte presses allies</h1><p>“We need more air defence in Ukraine,” Rutte told&nbsp;reporters. “Every system counts,” he added.</p></body></html>`,
      fileName: "a.html",
    },
  ],
];

describe("anchors into the stored snapshot", () => {
  it.each(inputs)("%s: offsets cut each candidate out of the snapshot as stored, and the permalink check matches", (_, input) => {
    const read = readImport(input);
    if (!read.ok) throw new Error(read.message);
    const stored = storedSnapshotText(read.snapshot.text);
    // What the source keeps is exactly what was extracted from.
    expect(stored).toBe(read.snapshot.text);
    expect(sourceCreateSchema.parse({ title: "T", snapshotText: read.snapshot.text }).snapshotText).toBe(stored);
    const { candidates } = extractCandidates(read.snapshot.text, { speakers });
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const candidate of candidates) {
      expect(candidate.anchor.exact).toBe(stored.slice(candidate.start, candidate.end));
      if (candidate.segments.length === 1) expect(stored.slice(candidate.start, candidate.end)).toBe(candidate.text);
      const verification = verifyQuote(stored, candidate.anchor, candidate.text);
      expect(verification.status).toBe("matches");
      expect(verification.relocated).toBe(false);
      expect(quoteInContext(stored, candidate.start, candidate.end)?.quote).toBe(stored.slice(candidate.start, candidate.end));
    }
  });

  it("offsets refer to the text given, even when it is not normalised", () => {
    const raw = "\r\n\r\n“We need more air defence in Ukraine,” Rutte told\u00a0reporters.\r\n";
    for (const candidate of extractCandidates(raw, { speakers }).candidates)
      expect(raw.slice(candidate.start, candidate.end)).toBe(candidate.text);
  });
});
