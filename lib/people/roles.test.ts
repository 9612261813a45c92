import { describe, expect, it } from "vitest";
import { formatRole, roleOnDate } from "./roles";

const rutte = [
  {
    title: "Prime Minister of the Netherlands",
    organisation: "Government of the Netherlands",
    startDate: "2010-10-14",
    endDate: "2024-07-02",
  },
  { title: "Secretary General", organisation: "NATO", startDate: "2024-10-01", endDate: null },
];

describe("roleOnDate", () => {
  it("picks the role held on an exact day", () => {
    expect(roleOnDate(rutte, { start: "2024-11-12", end: "2024-11-12" })?.organisation).toBe("NATO");
    expect(roleOnDate(rutte, { start: "2023-05-01", end: "2023-05-01" })?.title).toBe("Prime Minister of the Netherlands");
    expect(roleOnDate(rutte, { start: "2024-10-01", end: "2024-10-01" })?.organisation).toBe("NATO");
    expect(roleOnDate(rutte, { start: "2024-07-02", end: "2024-07-02" })?.title).toMatch(/Prime Minister/);
  });

  it("returns null between roles and falls back to an overlapping role for wide intervals", () => {
    expect(roleOnDate(rutte, { start: "2024-08-15", end: "2024-08-15" })).toBeNull();
    // The whole of 2024: the middle (2 July) is still in the first role.
    expect(roleOnDate(rutte, { start: "2024-01-01", end: "2024-12-31" })?.title).toMatch(/Prime Minister/);
    // August to October: the middle falls between roles, so the latest overlapping role is used.
    expect(roleOnDate(rutte, { start: "2024-08-01", end: "2024-10-31" })?.organisation).toBe("NATO");
  });

  it("formats a role with its organisation once", () => {
    expect(formatRole(rutte[1]!)).toBe("Secretary General, NATO");
    expect(formatRole({ title: "NATO Secretary General", organisation: "NATO", startDate: null, endDate: null })).toBe(
      "NATO Secretary General",
    );
  });
});
