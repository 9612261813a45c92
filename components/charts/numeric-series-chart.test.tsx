import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { measureOf, NumericSeriesChart, type SeriesPoint } from "./numeric-series-chart";

const point = (id: number, value: number, dateSort: string, text: string): SeriesPoint => ({
  id,
  statementId: id,
  value,
  dateSort,
  dateLabel: dateSort,
  text,
});

describe("measureOf", () => {
  it("tells measures of one unit apart by their words, not their numbers", () => {
    expect(measureOf("All allies should spend 5% of GDP on defence.")).toBe(measureOf("All allies should spend 2.5% of GDP on defence."));
    expect(measureOf("All allies should spend 5% of GDP on defence.")).not.toBe(
      measureOf("Allies should spend 3.5% of GDP on core defence requirements."),
    );
  });
});

describe("NumericSeriesChart", () => {
  // Rutte's figures in % of GDP: a national guideline, a total target twice, and its two parts.
  const points = [
    point(1, 2, "2024-10-01", "The Netherlands should have reached NATO's 2% of GDP defence spending target far sooner."),
    point(2, 5, "2025-06-09", "All allies should spend 5% of GDP on defence."),
    point(3, 3.5, "2025-06-09", "Allies should spend 3.5% of GDP on core defence requirements."),
    point(4, 1.5, "2025-06-09", "Allies should spend a further 1.5% of GDP on wider defence- and security-related investment."),
    point(5, 5, "2025-06-25", "All allies should spend 5% of GDP on defence."),
  ];
  const html = renderToStaticMarkup(<NumericSeriesChart unit="% of GDP" points={points} />);

  it("joins only the points of one measure into a line", () => {
    // Only the two 5% targets share a measure: one line between them, none across measures.
    expect(html.match(/<line[^>]*stroke="#/g)).toHaveLength(1);
    expect(html.match(/<li /g)).toHaveLength(4);
    expect(html).toContain("All allies should spend 5% of GDP on defence. (5 % of GDP, 2025-06-09; 5 % of GDP, 2025-06-25)");
  });

  it("draws a value axis from zero to a round number above the largest value", () => {
    const ticks = [...html.matchAll(/<span class="absolute right-1"[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(ticks).toEqual(["0", "2", "4", "6"]);
  });

  it("links each point to its statement, named by date, value and claim", () => {
    expect(html.match(/<a href="\/statements\/\d+"/g)).toHaveLength(5);
    expect(html).toContain('aria-label="2025-06-09: 3.5 % of GDP, Allies should spend 3.5% of GDP on core defence requirements."');
  });
});
