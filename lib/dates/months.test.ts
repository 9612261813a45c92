import { describe, expect, it } from "vitest";
import { addMonths, daysInMonth, monthDays, monthLabel, monthSpan } from "./months";

describe("calendar months", () => {
  it("adds and subtracts months across year ends", () => {
    expect(addMonths("2024-11", 2)).toBe("2025-01");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2024-12", 0)).toBe("2024-12");
    expect(addMonths("2000-06", -30)).toBe("1997-12");
  });

  it("lists every month of a span, gaps included", () => {
    expect(monthSpan("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(monthSpan("2006-01", "2026-03")).toHaveLength(243);
  });

  it("widens a short span evenly to the minimum, later months first", () => {
    expect(monthSpan("2025-03", "2025-03", 4)).toEqual(["2025-02", "2025-03", "2025-04", "2025-05"]);
    expect(monthSpan("2025-01", "2025-12", 12)).toHaveLength(12);
    expect(monthSpan("2025-05", "2025-05", 12)[0]).toBe("2024-12");
  });

  it("labels a month the way the timeline does", () => {
    expect(monthLabel("2024-11")).toBe("Nov 2024");
    expect(monthLabel("0999-01")).toBe("Jan 0999");
  });

  it("gives a month's first and last day, leap years included", () => {
    expect(monthDays("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthDays("2025-02")).toEqual({ start: "2025-02-01", end: "2025-02-28" });
    expect(monthDays("2024-11")).toEqual({ start: "2024-11-01", end: "2024-11-30" });
    expect(monthDays("2024-12")).toEqual({ start: "2024-12-01", end: "2024-12-31" });
  });

  it("knows the Gregorian leap years", () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});
