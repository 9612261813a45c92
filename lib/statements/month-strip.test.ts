import { describe, expect, it } from "vitest";
import { clipToRange, monthStrip, monthStripMarkup, STRIP_HEIGHT } from "./month-strip";

describe("monthStrip", () => {
  it("draws nothing without statements", () => {
    expect(monthStrip([], { byStance: false, from: null, to: null })).toBeNull();
  });

  it("lays out every month of the span, empty ones included, and widens short spans to a year", () => {
    const strip = monthStrip(
      [
        { month: "2024-11", total: 4, byStance: {} },
        { month: "2025-01", total: 2, byStance: {} },
      ],
      { byStance: false, from: null, to: null },
    )!;
    expect(strip.bars).toHaveLength(12);
    expect(strip.bars.map((b) => b.month)).toContain("2024-12");
    expect(strip.bars.find((b) => b.month === "2024-12")!.label).toBe("Dec 2024: 0 statements");
    expect(strip.bars.find((b) => b.month === "2025-01")!.label).toBe("Jan 2025: 2 statements");
    // One layer for all bars; the tallest month fills the strip's height.
    expect(strip.layers).toHaveLength(1);
    expect(strip.layers[0]!.stance).toBeNull();
    const nov = strip.bars.find((b) => b.month === "2024-11")!;
    expect(strip.layers[0]!.path).toContain(`M${nov.x} 0h10v${STRIP_HEIGHT}h-10z`);
    expect(strip.layers[0]!.path.match(/M/g)).toHaveLength(2);
  });

  it("stacks a month's stances in scale order, one path per stance", () => {
    const strip = monthStrip([{ month: "2025-03", total: 3, byStance: { FOR: 2, AGAINST: 1 } }], { byStance: true, from: null, to: null })!;
    expect(strip.layers.map((l) => l.stance)).toEqual(["FOR", "AGAINST"]);
    expect(strip.layers[0]!.path).toMatch(/^M\d+ 20h10v40h-10z$/);
    expect(strip.layers[1]!.path).toMatch(/^M\d+ 0h10v20h-10z$/);
  });

  it("dims the months outside a chosen date range", () => {
    const strip = monthStrip(
      [
        { month: "2025-01", total: 1, byStance: {} },
        { month: "2025-02", total: 1, byStance: {} },
        { month: "2025-03", total: 1, byStance: {} },
      ],
      { byStance: false, from: "2025-02-01", to: "2025-02-28" },
    )!;
    expect(strip.bars.filter((b) => !b.dimmed).map((b) => b.month)).toEqual(["2025-02"]);
    expect(strip.layers.map((l) => [l.dimmed, l.path.match(/M/g)!.length])).toEqual([
      [true, 2],
      [false, 1],
    ]);
  });

  it("writes one escaped link per month with statements, over the stance paths", () => {
    const strip = monthStrip([{ month: "2025-03", total: 1, byStance: { FOR: 1 } }], { byStance: true, from: null, to: null })!;
    const markup = monthStripMarkup(strip, (month) => `/?q="><script>alert(1)</script>&from=${month}-01`);
    expect(markup).not.toContain("<script>");
    expect(markup).toContain('href="/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;from=2025-03-01"');
    expect(markup.match(/<a /g)).toHaveLength(1);
    expect(markup).toContain("<title>Mar 2025: 1 statement</title>");
    expect(markup.indexOf("<path")).toBeLessThan(markup.indexOf("<a "));
  });
});

describe("clipToRange", () => {
  it("moves a vague statement of the view from its middle month outside the range to the range's nearest month", () => {
    const months = [
      { month: "2024-12", total: 3, byStance: { FOR: 3 } },
      { month: "2025-06", total: 1, byStance: { FOR: 1 } },
    ];
    // One of December's statements reaches into a range that starts in March.
    const clipped = clipToRange(months, [{ month: "2024-12", total: 1, byStance: { FOR: 1 } }], { from: "2025-03-01", to: null });
    expect(clipped).toEqual([
      { month: "2024-12", total: 2, byStance: { FOR: 2 } },
      { month: "2025-03", total: 1, byStance: { FOR: 1 } },
      { month: "2025-06", total: 1, byStance: { FOR: 1 } },
    ]);
    const after = clipToRange(months, [{ month: "2025-06", total: 1, byStance: { FOR: 1 } }], { from: null, to: "2025-04-30" });
    expect(after.map((m) => [m.month, m.total])).toEqual([
      ["2024-12", 3],
      ["2025-04", 1],
    ]);
  });
});
