import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "./day-number";

describe("day numbers", () => {
  it("count days from 1970-01-01 across leap days and daylight-saving changes", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(dayNumber("2025-03-01") - dayNumber("2025-02-28")).toBe(1);
    expect(dayNumber("2024-10-28") - dayNumber("2024-10-26")).toBe(2);
    expect(dayNumber("1900-01-01")).toBeLessThan(0);
  });

  it("turn back into the same ISO day", () => {
    for (const day of ["1970-01-01", "1999-12-31", "2000-02-29", "2024-11-12", "1905-06-30"]) expect(isoDay(dayNumber(day))).toBe(day);
  });
});
