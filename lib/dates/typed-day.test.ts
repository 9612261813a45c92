import { describe, expect, it } from "vitest";
import { readTypedDay } from "./typed-day";

describe("a typed day", () => {
  it("reads ISO days, with or without leading zeros", () => {
    expect(readTypedDay("2025-02-14")).toEqual({ ok: true, day: "2025-02-14" });
    expect(readTypedDay(" 2025-2-4 ")).toEqual({ ok: true, day: "2025-02-04" });
    expect(readTypedDay("2024-02-29")).toEqual({ ok: true, day: "2024-02-29" });
  });

  it("says how many days the month has when the day is past its end", () => {
    expect(readTypedDay("2025-02-31")).toEqual({ ok: false, message: "February 2025 has 28 days: there is no 31 February." });
    expect(readTypedDay("2025-02-29")).toEqual({ ok: false, message: "February 2025 has 28 days: there is no 29 February." });
    expect(readTypedDay("2025-04-31")).toMatchObject({ ok: false, message: expect.stringMatching(/^April 2025 has 30 days/) });
  });

  it("says that a day beyond any month, or day 0, does not exist", () => {
    expect(readTypedDay("2025-02-45")).toEqual({ ok: false, message: "That day does not exist: February 2025 has 28 days." });
    expect(readTypedDay("2025-01-00")).toMatchObject({ ok: false, message: expect.stringMatching(/^That day does not exist/) });
  });

  it("names a month that does not exist, and asks for the format otherwise", () => {
    expect(readTypedDay("2025-13-01")).toMatchObject({ ok: false, message: expect.stringMatching(/^There is no month 13/) });
    expect(readTypedDay("14 February")).toEqual({ ok: false, message: "Enter the day as year-month-day, e.g. 2025-02-14." });
    expect(readTypedDay("")).toMatchObject({ ok: false });
  });
});
