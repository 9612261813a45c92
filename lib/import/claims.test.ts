import { describe, expect, it } from "vitest";
import { findNumericClaims } from "./claims";

const claims = (text: string) => findNumericClaims(text).map(({ measure, value, unit, text: words }) => ({ measure, value, unit, words }));

describe("findNumericClaims", () => {
  it("reads percentages, with “of GDP” and percentage points", () => {
    expect(claims("urging a 400% increase in air defence")).toEqual([{ measure: "percentage", value: 400, unit: "%", words: "a 400%" }]);
    expect(claims("spend 3.5 per cent of GDP, up 0.5 percentage points")).toEqual([
      { measure: "percentage", value: 3.5, unit: "% of GDP", words: "3.5 per cent of GDP" },
      { measure: "percentage", value: 0.5, unit: "percentage points", words: "0.5 percentage points" },
    ]);
    expect(claims("4.7 percent of its GDP")[0]).toMatchObject({ value: 4.7, unit: "% of GDP" });
  });

  it("reads money with symbols, scale words and currency names", () => {
    expect(claims("worth $400 million")).toEqual([{ measure: "money", value: 4e8, unit: "USD", words: "$400 million" }]);
    expect(claims("a €1.5bn fund and £20 billion")).toEqual([
      { measure: "money", value: 1.5e9, unit: "EUR", words: "€1.5bn" },
      { measure: "money", value: 2e10, unit: "GBP", words: "£20 billion" },
    ]);
    expect(claims("about 1.1 billion dollars in total")[0]).toMatchObject({ measure: "money", value: 1.1e9, unit: "USD" });
    expect(claims("300 million euros")[0]).toMatchObject({ value: 3e8, unit: "EUR" });
  });

  it("reads counts per period", () => {
    expect(claims("an alarming 1,000 Russian casualties per day")).toEqual([
      { measure: "rate", value: 1000, unit: "Russian casualties per day", words: "1,000 Russian casualties per day" },
    ]);
    expect(claims("around 250,000 artillery shells a month")[0]).toMatchObject({
      measure: "rate",
      value: 250000,
      unit: "artillery shells per month",
    });
    expect(claims("two million shells a year")[0]).toMatchObject({ measure: "rate", value: 2e6, unit: "shells per year" });
  });

  it("reads numbers of things, skipping adjectives like “additional”", () => {
    expect(claims("two additional Patriot missile systems to Ukraine")).toEqual([
      { measure: "count", value: 2, unit: "Patriot missile systems", words: "two additional Patriot missile systems" },
    ]);
    expect(claims("all 32 NATO member countries")[0]).toMatchObject({ measure: "count", value: 32, unit: "NATO member countries" });
    expect(claims("another eight HIMARS launchers")[0]).toMatchObject({ value: 8, unit: "HIMARS launchers" });
  });

  it("does not take years, durations, dates or model numbers for claims", () => {
    expect(claims("In 2024 allies met. For 30 years it held. On 12 March the F-16 flew, and 3 days later.")).toEqual([]);
  });

  it("gives offsets into the whole text", () => {
    const text = "Intro. He said 5% more.";
    const [claim] = findNumericClaims(text, 7, text.length);
    expect(text.slice(claim!.start, claim!.end)).toBe("5%");
  });
});
