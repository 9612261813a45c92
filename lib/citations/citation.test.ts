// Citations that citation tools can read: BibTeX parsed by a real BibTeX parser (which decodes
// TeX back to text), CSL-JSON checked for the fields citation processors need and by a strict
// check of the CSL-JSON data schema (./testing/csl-json.ts), itself shown to refuse what is not.
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { bibtexEntry, cslDate, cslItem, cslJson, edtfDate, escapeBibtex, plainCitation, type CitedWork } from "./citation";
import { cslJsonProblems } from "./testing/csl-json";

const HOSTILE = "<script>x|y</script> 50% of R&D {budgets} cost $5 #1 under_score ~tilde ^caret \\back and Łódź Путин 東京 אנחנו";

const work: CitedWork = {
  key: "statement-12",
  type: "statement",
  title: HOSTILE,
  author: "Zoë O'Brien and Søn",
  role: "Governor, Central Bank",
  issued: { start: "2024-11-01", end: "2024-11-30", precision: "MONTH" },
  event: "Press conference: Budget & Q&A, Łódź",
  source: "Interview, News article, Gazeta",
  url: "https://tracker.example.org/statements/12",
  revision: 4711,
  accessed: "2026-12-07",
};

describe("BibTeX", () => {
  it("escapes every TeX special character", () => {
    expect(escapeBibtex("a\\b{c}%&$#_~^<|>")).toBe(
      "a\\textbackslash{}b\\{c\\}\\%\\&\\$\\#\\_\\textasciitilde{}\\textasciicircum{}\\textless{}\\textbar{}\\textgreater{}",
    );
  });

  it("parses back to the same title, one literal author, the dates, the URL and the revision", () => {
    const parsed = parse(bibtexEntry(work), { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const entry = parsed.entries[0]!;
    expect(entry.key).toBe("statement-12");
    expect(entry.type).toBe("misc");
    expect(entry.fields.title).toBe(HOSTILE);
    expect(entry.fields.author).toEqual([{ name: "Zoë O'Brien and Søn" }]);
    expect(entry.fields.date).toBe("2024-11");
    expect(entry.fields.year).toBe("2024");
    expect(entry.fields.url).toBe(work.url);
    expect(entry.fields.urldate).toBe("2026-12-07");
    expect(entry.fields.version).toBe("r4711");
    expect(entry.fields.eventtitle).toBe(work.event);
    expect(String(entry.fields.note)).toContain("Dataset revision r4711");
  });

  it("writes dates with their precision", () => {
    expect(edtfDate({ start: "2024-11-12", end: "2024-11-12", precision: "DAY" })).toBe("2024-11-12");
    expect(edtfDate({ start: "2024-01-01", end: "2024-12-31", precision: "YEAR" })).toBe("2024");
    expect(edtfDate({ start: "2024-03-01", end: "2024-03-09", precision: "RANGE" })).toBe("2024-03-01/2024-03-09");
    expect(edtfDate({ start: "2025-05-01", end: "2025-08-31", precision: "APPROXIMATE" })).toBe("2025-05-01~/2025-08-31~");
  });

  it("keeps a braced URL from breaking the entry", () => {
    const parsed = parse(bibtexEntry({ ...work, url: "https://x.test/a?b={c}\\" }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields.url).toBe("https://x.test/a?b=%7Bc%7D%5C");
  });
});

describe("CSL-JSON", () => {
  it("has type, title, author, issued, accessed, URL and version", () => {
    const [item] = JSON.parse(JSON.stringify([cslItem(work)])) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: "statement-12",
      type: "speech",
      title: HOSTILE,
      author: [{ literal: "Zoë O'Brien and Søn" }],
      issued: { "date-parts": [[2024, 11]] },
      accessed: { "date-parts": [[2026, 12, 7]] },
      URL: work.url,
      version: "r4711",
      "container-title": "Statement Tracker",
      "event-title": work.event,
    });
  });

  it("is valid CSL-JSON for a statement, a view of the past and a topic view, dated or not", () => {
    const variants: CitedWork[] = [
      work,
      { ...work, asOf: "2025-06-30" },
      { ...work, key: "topic-x", type: "view", author: null, role: null, event: null, issued: null },
      { ...work, issued: { start: "2024-03-01", end: "2024-03-09", precision: "RANGE" } },
      { ...work, issued: { start: "2025-05-01", end: "2025-08-31", precision: "APPROXIMATE" } },
    ];
    for (const variant of variants) expect(cslJsonProblems(JSON.parse(cslJson(variant))), variant.key).toEqual([]);
  });

  it("the check refuses what citation processors would drop or reject", () => {
    const [item] = JSON.parse(cslJson(work)) as Record<string, unknown>[];
    expect(cslJsonProblems(item)).not.toEqual([]);
    for (const broken of [
      { ...item, type: "statement" },
      { ...item, id: undefined },
      { ...item, speaker: "x" },
      { ...item, author: ["Zoë O'Brien"] },
      { ...item, author: [{ name: "Zoë O'Brien" }] },
      { ...item, issued: { "date-parts": [[2024, 13]] } },
      { ...item, issued: { "date-parts": [[2025, 2, 29]] } },
      { ...item, issued: "30 June 2025" },
      { ...item, accessed: { year: 2026 } },
    ]) {
      expect(cslJsonProblems([broken]), JSON.stringify(broken).slice(0, 80)).not.toEqual([]);
    }
  });

  it("dates: a day, a range, an approximate period", () => {
    expect(cslDate({ start: "2024-11-12", end: "2024-11-12", precision: "DAY" })).toEqual({ "date-parts": [[2024, 11, 12]] });
    expect(cslDate({ start: "2024-03-01", end: "2024-03-09", precision: "RANGE" })).toEqual({
      "date-parts": [
        [2024, 3, 1],
        [2024, 3, 9],
      ],
    });
    expect(cslDate({ start: "2025-05-01", end: "2025-08-31", precision: "APPROXIMATE" }).circa).toBe(true);
  });
});

describe("plain citation", () => {
  it("names the speaker, role, date as readers see it, revision, URL and access day", () => {
    expect(plainCitation(work)).toBe(
      `Zoë O'Brien and Søn (Governor, Central Bank). “${HOSTILE}”. Nov 2024. Press conference: Budget & Q&A, Łódź; ` +
        "Interview, News article, Gazeta. Statement Tracker, dataset revision r4711. https://tracker.example.org/statements/12 (accessed 7 Dec 2026).",
    );
  });
});
