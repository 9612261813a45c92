import { describe, expect, it } from "vitest";
import { clipToRange, monthAxis, monthStrip, monthStripLinksMarkup, monthStripMarkup, STRIP_HEIGHT } from "./month-strip";

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

  it("writes one escaped link per month with statements, named by the month's values", () => {
    const strip = monthStrip(
      [
        { month: "2025-03", total: 3, byStance: { FOR: 2, STRONGLY_FOR: 1 } },
        { month: "2025-09", total: 1, byStance: { AGAINST: 1 } },
      ],
      { byStance: true, from: null, to: null },
    )!;
    expect(monthStripMarkup(strip)).not.toContain("<a");
    const markup = monthStripLinksMarkup(strip, (month) => `/?q="><script>alert(1)</script>&from=${month}-01`);
    expect(markup).not.toContain("<script>");
    expect(markup).toContain('href="/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;from=2025-03-01"');
    expect(markup.match(/<a /g)).toHaveLength(2);
    // The link's text names the month, its count and its counts by stance, in scale order.
    expect(markup).toContain(">Mar 2025: 3 statements (1 Strongly for, 2 For)</span></a>");
    expect(markup).toContain(">Sep 2025: 1 statement (1 Against)</span></a>");
    // Each link sits in its month's column; its values show on the side with room for them.
    const march = strip.bars.findIndex((b) => b.month === "2025-03");
    expect(markup).toContain(`style="grid-column:${march + 1}"><span class="month-strip-tip month-strip-tip-start">Mar 2025`);
    expect(markup).toContain('month-strip-tip-end">Sep 2025');
  });
});

describe("monthAxis", () => {
  const strip = (first: string, last: string) =>
    monthStrip(
      [
        { month: first, total: 1, byStance: {} },
        { month: last, total: 1, byStance: {} },
      ],
      { byStance: false, from: null, to: null },
    )!;

  it("labels months on a span of a year, with the year at January and at the first label", () => {
    const axis = monthAxis(strip("2024-10", "2025-09"));
    expect(axis.map((l) => l.text)).toEqual(["Nov 2024", "Jan 2025", "Mar", "May", "Jul", "Sep"]);
    expect(axis.every((l, i) => i === 0 || l.at > axis[i - 1]!.at)).toBe(true);
    expect(axis[0]!.at).toBeCloseTo((1.5 / 12) * 100, 1);
    // A phone shows fewer of the same labels, the first of them with its year.
    expect(axis.filter((l) => l.narrow !== null).map((l) => l.narrow)).toEqual(["Jan 2025", "Jul"]);
  });

  it("keeps to six labels (three on a phone), and names years alone on long spans", () => {
    expect(monthAxis(strip("2020-01", "2025-12")).map((l) => l.text)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(monthAxis(strip("2020-01", "2025-12")).flatMap((l) => l.narrow ?? [])).toEqual(["2020", "2022", "2024"]);
    const decades = monthAxis(strip("2000-01", "2025-12"));
    expect(decades.every((l) => /^\d{4}$/.test(l.text))).toBe(true);
    for (const [first, last] of [
      ["2025-01", "2025-02"],
      ["2023-05", "2025-02"],
      ["2021-03", "2025-09"],
      ["2000-01", "2025-12"],
      ["1950-01", "2025-12"],
    ]) {
      const axis = monthAxis(strip(first!, last!));
      expect(axis.length).toBeLessThanOrEqual(6);
      expect(axis.filter((l) => l.narrow !== null).length).toBeLessThanOrEqual(3);
      expect(axis.filter((l) => l.narrow !== null).length).toBeGreaterThan(0);
    }
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
