import { describe, expect, it } from "vitest";
import { diffDistance, diffWords, typographic } from "./diff";

describe("diffWords", () => {
  it("shows a replaced word as a deletion then an insertion", () => {
    expect(diffWords("the most significant and direct threat", "the most significant and dark threat")).toEqual([
      { op: "equal", text: "the most significant and" },
      { op: "delete", text: "direct" },
      { op: "insert", text: "dark" },
      { op: "equal", text: "threat" },
    ]);
  });

  it("ignores typographic differences and whitespace", () => {
    expect(diffWords("Let’s not  forget — “now”", 'Let\'s not forget - "now"')).toEqual([
      { op: "equal", text: 'Let\'s not forget - "now"' },
    ]);
  });

  it("handles additions, removals and empty sides", () => {
    expect(diffWords("", "new words")).toEqual([{ op: "insert", text: "new words" }]);
    expect(diffWords("old words", "")).toEqual([{ op: "delete", text: "old words" }]);
    expect(diffDistance(diffWords("a b c d", "a c d e"))).toBe(2);
  });

  it("does not build a word table beyond its cap on very long texts", () => {
    // 3,000 × 3,000 words is past the cap: the texts are shown as replaced whole, without the
    // quadratic table (scripts/bench-extract.ts times this case).
    const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
    const ops = diffWords(a, b);
    expect(diffDistance(ops)).toBe(6000);
    expect(ops).toEqual([
      { op: "delete", text: a },
      { op: "insert", text: b },
    ]);
    // Common ends are still kept as they are around the replaced middle.
    expect(diffWords(`keep ${a} end`, `keep ${b} end`)).toEqual([
      { op: "equal", text: "keep" },
      { op: "delete", text: a },
      { op: "insert", text: b },
      { op: "equal", text: "end" },
    ]);
  });
});

describe("typographic", () => {
  it("unifies quotes, dashes, ellipses and spaces", () => {
    expect(typographic(" “A” ‘b’ – c… \u00a0d ")).toBe("\"A\" 'b' - c... d");
  });
});
