import { describe, expect, it } from "vitest";
import { countWords, isHardWrapped, overlapping, paragraphAt, splitParagraphs, splitSentences } from "./segment";

const texts = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe("splitParagraphs", () => {
  it("takes each line as a paragraph in ordinary text", () => {
    const text = "Title\n\nFirst paragraph.\nSecond paragraph.\n  \nThird.";
    expect(texts(text, splitParagraphs(text))).toEqual(["Title", "First paragraph.", "Second paragraph.", "Third."]);
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
