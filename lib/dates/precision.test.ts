import { describe, expect, it } from "vitest";
import {
  compareNewestFirst,
  describeInterval,
  formatDayRange,
  formatInterval,
  intervalProblem,
  isIsoDay,
  midpoint,
  monthInterval,
  overlaps,
  precisionNote,
  yearInterval,
} from "./precision";

describe("precisionNote and formatDayRange", () => {
  it("says how precise a date is once, without nesting the label in itself", () => {
    expect(precisionNote({ start: "2025-09-01", end: "2025-09-30", precision: "MONTH" })).toBe("known only to the month");
    expect(precisionNote({ start: "2025-09-01", end: "2025-09-01", precision: "DAY" })).toBeNull();
    expect(precisionNote({ start: "2024-10-01", end: "2025-03-25", precision: "APPROXIMATE" })).toBe(
      "approximate: estimated 1 Oct 2024 – 25 Mar 2025",
    );
    expect(formatDayRange("2025-09-01", "2025-09-30")).toBe("1–30 Sep 2025");
    expect(formatDayRange("2025-07-14", "2025-07-15")).toBe("14–15 Jul 2025");
  });
});

describe("isIsoDay", () => {
  it("accepts real days and rejects impossible or malformed ones", () => {
    expect(isIsoDay("2024-11-12")).toBe(true);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2025-02-29")).toBe(false);
    expect(isIsoDay("2025-13-01")).toBe(false);
    expect(isIsoDay("12/11/2024")).toBe(false);
    expect(isIsoDay("2024-1-5")).toBe(false);
  });
});

describe("intervals", () => {
  it("builds month and year intervals, leap years included", () => {
    expect(monthInterval(2024, 2)).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthInterval(2024, 11)).toEqual({ start: "2024-11-01", end: "2024-11-30" });
    expect(yearInterval(2025)).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("finds the middle day", () => {
    expect(midpoint("2024-11-12", "2024-11-12")).toBe("2024-11-12");
    expect(midpoint("2024-11-01", "2024-11-30")).toBe("2024-11-15");
    expect(midpoint("2025-01-01", "2025-12-31")).toBe("2025-07-02");
  });

  it("detects overlap with open and closed ranges", () => {
    const november = { start: "2024-11-01", end: "2024-11-30" };
    expect(overlaps(november, "2024-11-30", null)).toBe(true);
    expect(overlaps(november, "2024-12-01", null)).toBe(false);
    expect(overlaps(november, null, "2024-11-01")).toBe(true);
    expect(overlaps(november, null, "2024-10-31")).toBe(false);
    expect(overlaps(november, "2024-11-10", "2024-11-12")).toBe(true);
    expect(overlaps(november)).toBe(true);
  });
});

describe("formatInterval", () => {
  it("shows each precision the way a reader expects", () => {
    expect(formatInterval({ start: "2024-11-12", end: "2024-11-12", precision: "DAY" })).toBe("12 Nov 2024");
    expect(formatInterval({ start: "2024-11-01", end: "2024-11-30", precision: "MONTH" })).toBe("Nov 2024");
    expect(formatInterval({ start: "2025-01-01", end: "2025-12-31", precision: "YEAR" })).toBe("2025");
    expect(formatInterval({ start: "2025-03-01", end: "2025-03-15", precision: "RANGE" })).toBe("between 1 and 15 Mar 2025");
    expect(formatInterval({ start: "2025-02-28", end: "2025-03-15", precision: "RANGE" })).toBe("between 28 Feb and 15 Mar 2025");
    expect(formatInterval({ start: "2024-12-28", end: "2025-01-03", precision: "RANGE" })).toBe("between 28 Dec 2024 and 3 Jan 2025");
  });

  it("words approximate dates", () => {
    const approx = (start: string, end: string) => formatInterval({ start, end, precision: "APPROXIMATE" });
    expect(approx("2025-01-01", "2025-12-31")).toBe("c. 2025");
    expect(approx("2025-05-01", "2025-08-31")).toBe("c. mid-2025");
    expect(approx("2025-01-01", "2025-04-30")).toBe("c. early 2025");
    expect(approx("2025-09-01", "2025-12-31")).toBe("c. late 2025");
    expect(approx("2024-11-01", "2024-11-30")).toBe("c. Nov 2024");
    expect(approx("2025-03-01", "2025-10-31")).toBe("c. Mar–Oct 2025");
    expect(approx("2024-01-01", "2025-12-31")).toBe("c. 2024–2025");
    expect(approx("2024-11-01", "2025-02-28")).toBe("c. Nov 2024 – Feb 2025");
  });

  it("describes the interval in full for titles", () => {
    expect(describeInterval({ start: "2024-11-01", end: "2024-11-30", precision: "MONTH" })).toBe("sometime in Nov 2024");
    expect(describeInterval({ start: "2025-02-01", end: "2025-12-31", precision: "APPROXIMATE" })).toBe(
      "approximately Feb–Dec 2025 (estimated 1 Feb – 31 Dec 2025)",
    );
    expect(describeInterval({ start: "2024-11-12", end: "2024-11-12", precision: "DAY" })).toBe("on 12 Nov 2024");
  });
});

describe("sorting", () => {
  it("orders exact, month and approximate dates newest first by their middle", () => {
    const exact = { start: "2024-11-12", end: "2024-11-12" };
    const month = { start: "2024-11-01", end: "2024-11-30" };
    const midYear = { start: "2025-05-01", end: "2025-08-31" };
    const year2024 = { start: "2024-01-01", end: "2024-12-31" };
    const sorted = [exact, year2024, midYear, month].sort(compareNewestFirst);
    expect(sorted).toEqual([midYear, month, exact, year2024]);
  });
});

describe("intervalProblem", () => {
  it("rejects inconsistent intervals", () => {
    expect(intervalProblem({ start: "2024-11-12", end: "2024-11-11", precision: "RANGE" })).toMatch(/before/);
    expect(intervalProblem({ start: "2024-11-12", end: "2024-11-13", precision: "DAY" })).toMatch(/single day/);
    expect(intervalProblem({ start: "2024-11-01", end: "2024-11-29", precision: "MONTH" })).toMatch(/month/);
    expect(intervalProblem({ start: "2024-01-01", end: "2025-12-31", precision: "YEAR" })).toMatch(/year/);
    expect(intervalProblem({ start: "2024-11-01", end: "2024-11-30", precision: "MONTH" })).toBeNull();
    expect(intervalProblem({ start: "2025-02-30", end: "2025-03-01", precision: "RANGE" })).toMatch(/start/);
  });
});
