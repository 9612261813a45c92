import { afterEach, describe, expect, it, vi } from "vitest";
import { optionalPastIsoDay, pastIsoDay, today } from "./calendar-day";

afterEach(() => vi.useRealTimers());

describe("calendar-day fields", () => {
  it("uses the server's local date for today, up to and including it", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 0, 31, 23, 59));
    expect(today()).toBe("2025-01-31");
    expect(pastIsoDay.safeParse("2025-01-31").success).toBe(true);
    expect(pastIsoDay.safeParse("2025-02-01").error?.issues[0]?.message).toBe("This date is in the future.");
  });

  it("refuses days that do not exist and other formats", () => {
    for (const value of ["2025-02-29", "2025-13-01", "31/01/2025", "2025-1-1"]) {
      expect(pastIsoDay.safeParse(value).error?.issues[0]?.message).toBe("Enter a real date as YYYY-MM-DD.");
    }
  });

  it("treats blank optional days as unknown", () => {
    expect(optionalPastIsoDay.parse("")).toBeNull();
    expect(optionalPastIsoDay.parse("  ")).toBeNull();
    expect(optionalPastIsoDay.parse(null)).toBeNull();
    expect(optionalPastIsoDay.parse(" 2024-02-29 ")).toBe("2024-02-29");
  });
});
