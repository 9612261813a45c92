import { describe, expect, it } from "vitest";
import { extractCandidates } from "./extract";
import {
  countWords,
  isHardWrapped,
  isWrappedWithoutBlankLines,
  overlapping,
  paragraphAt,
  splitParagraphs,
  splitSentences,
} from "./segment";

const texts = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe("splitParagraphs", () => {
  it("takes each line as a paragraph in ordinary text", () => {
    const text = "Title\n\nFirst paragraph.\nSecond paragraph.\n  \nThird.";
    expect(texts(text, splitParagraphs(text))).toEqual(["Title", "First paragraph.", "Second paragraph.", "Third."]);
  });

  it("keeps a line cut mid-sentence with the next line that goes on in lower case", () => {
    const text = "Title\n\nShe wrote at length about the\nplans of the council:\nNext line.";
    expect(texts(text, splitParagraphs(text))).toEqual(["Title", "She wrote at length about the\nplans of the council:", "Next line."]);
  });

  it("takes blank-line blocks as paragraphs in hard-wrapped text", () => {
    const line = "This line is wrapped at a fixed width like an old email";
    const text = `Title\n\n${line}\n${line}\n${line}.\n\n${line}\n${line}.`;
    expect(isHardWrapped(text)).toBe(true);
    expect(splitParagraphs(text)).toHaveLength(3);
    expect(isHardWrapped("Just one line per paragraph.\n\nAnother.")).toBe(false);
  });

  it("finds the paragraph of an offset", () => {
    const text = "aa\nbb\ncc";
    const paragraphs = splitParagraphs(text);
    expect(paragraphAt(paragraphs, 4)?.index).toBe(1);
    expect(paragraphAt(paragraphs, 0)?.index).toBe(0);
    expect(paragraphAt([], 3)).toBeUndefined();
  });
});

describe("splitSentences", () => {
  it("splits at sentence ends, not at abbreviations or initials", () => {
    const text = "Mr. Smith met Gen. Holm in the U.S. on Friday. J. Doe said no. It rained!";
    expect(texts(text, splitSentences(text, 0, text.length))).toEqual([
      "Mr. Smith met Gen. Holm in the U.S. on Friday.",
      "J. Doe said no.",
      "It rained!",
    ]);
  });

  it("does not split inside a quotation but does after it", () => {
    const text = "She said: “We act. We win.” Then she left.";
    const quote = { start: text.indexOf("“"), end: text.indexOf("”") + 1 };
    expect(texts(text, splitSentences(text, 0, text.length, [quote]))).toEqual(["She said: “We act. We win.”", "Then she left."]);
  });

  it("splits after a quote that closes with an opening mark", () => {
    const text = "He said, “Years.“ She said more.";
    expect(texts(text, splitSentences(text, 0, text.length))).toEqual(["He said, “Years.“", "She said more."]);
  });
});

describe("overlapping and countWords", () => {
  it("finds the ranges that overlap a window", () => {
    const ranges = [
      { start: 0, end: 5 },
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    expect(overlapping(ranges, 4, 11)).toEqual([ranges[0], ranges[1]]);
    expect(overlapping(ranges, 20, 30)).toEqual([]);
    expect(overlapping(ranges, 35, 100)).toEqual([ranges[2]]);
  });

  it("counts words with apostrophes and hyphens as one", () => {
    expect(countWords("Let’s not forget the day-to-day, 1,000 times.")).toBe(7);
    expect(countWords("  ")).toBe(0);
  });
});

describe("wire copy wrapped without blank lines", () => {
  const wire = [
    "BERLIN Feb 17 The chancellor said on",
    "Friday that Germany still intended to increase its spending on",
    "defence in line with the NATO target.",
    '"In Wales in 2014, Germany supported the decision and this',
    "commitment has not changed - that means we still intend to go",
    'down this route," Merkel told a news conference in Berlin.',
  ].join("\n");

  it("joins the lines of a sentence into one paragraph, in the raw text's offsets", () => {
    const paragraphs = splitParagraphs(wire);
    expect(paragraphs).toHaveLength(2);
    expect(wire.slice(paragraphs[1]!.start, paragraphs[1]!.end)).toMatch(/^"In Wales[\s\S]*Berlin\.$/);
  });

  it("lets a quotation run over the line breaks, anchored in the raw text", () => {
    const { candidates } = extractCandidates(wire, { speakers: [{ id: 1, name: "Angela Merkel", aliases: ["Merkel"] }] });
    const quote = candidates.find((c) => c.kind === "QUOTE");
    expect(quote?.speaker?.name).toBe("Angela Merkel");
    expect(wire.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.text).toMatch(/^In Wales in 2014[\s\S]*down this route/);
  });

  it("keeps one paragraph per line in ordinary text", () => {
    expect(isWrappedWithoutBlankLines("A short title\nThe first paragraph ends here.\nThe second one too.\nAnd a third.")).toBe(false);
  });
});
