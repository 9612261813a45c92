import { describe, expect, it } from "vitest";
import { timeScale } from "./time-scale";

describe("timeScale", () => {
  it("maps the first and last day to the margins and days in between linearly", () => {
    const scale = timeScale(["2020-01-01", "2024-01-01", "2022-01-01"]);
    expect(scale.x("2020-01-01")).toBe(3);
    expect(scale.x("2024-01-01")).toBe(97);
    // 2020 is a leap year: 731 of the 1,461 days have passed on 1 Jan 2022.
    expect(scale.x("2022-01-01")).toBeCloseTo(3 + (731 / 1461) * 94, 10);
    expect(scale.ticks.map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024"]);
  });

  it("widens a span under two months to whole months around it", () => {
    const scale = timeScale(["2024-11-12", "2024-11-20"]);
    // From 1 Oct 2024 to 31 Dec 2024: 91 days.
    expect(scale.x("2024-10-01")).toBe(3);
    expect(scale.x("2024-12-31")).toBe(97);
    expect(scale.x("2024-11-12")).toBeCloseTo(3 + (42 / 91) * 94, 10);
    expect(scale.ticks.map((t) => t.label)).toEqual(["Oct 2024", "Nov", "Dec"]);
  });

  it("ticks quarters on a span of up to two years, naming the year at January and at the first tick", () => {
    const scale = timeScale(["2024-10-01", "2025-06-25"]);
    expect(scale.ticks.map((t) => t.label)).toEqual(["Oct 2024", "Jan 2025", "Apr"]);
    expect(scale.ticks[1]!.x).toBe(scale.x("2025-01-01"));
  });

  it("keeps at most eight year ticks, the first year included", () => {
    const scale = timeScale(["2000-03-01", "2025-06-30"]);
    expect(scale.ticks[0]!.label).toBe("2001");
    expect(scale.ticks.length).toBeLessThanOrEqual(9);
    expect(scale.ticks.every((t, i, all) => i === 0 || t.x > all[i - 1]!.x)).toBe(true);
  });

  it("copes with no days at all", () => {
    expect(timeScale([]).x("2000-01-01")).toBeGreaterThanOrEqual(0);
  });
});
