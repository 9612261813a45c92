import { describe, expect, it } from "vitest";
import { currentPosition, stanceShifts, type StancePoint } from "./shifts";
import type { Stance } from "./scale";

const point = (statementId: number, day: string, stance: Stance): StancePoint => ({ statementId, start: day, end: day, sortKey: day, stance });

describe("stanceShifts", () => {
  it("marks each stated stance that differs from the previous one, in date order", () => {
    const points = [
      point(3, "2025-03-01", "AGAINST"),
      point(1, "2024-01-01", "FOR"),
      point(2, "2024-06-01", "FOR"),
      point(4, "2025-06-01", "STRONGLY_AGAINST"),
    ];
    expect(stanceShifts(points).map((s) => [s.statementId, s.from, s.to])).toEqual([
      [3, "FOR", "AGAINST"],
      [4, "AGAINST", "STRONGLY_AGAINST"],
    ]);
  });

  it("ignores 'not stated' between equal stances", () => {
    expect(stanceShifts([point(1, "2024-01-01", "FOR"), point(2, "2024-02-01", "NOT_STATED"), point(3, "2024-03-01", "FOR")])).toEqual([]);
  });

  it("orders an approximate date by its middle", () => {
    const midYear = { statementId: 2, start: "2025-05-01", end: "2025-08-31", sortKey: "2025-06-30", stance: "AGAINST" as const };
    const shifts = stanceShifts([point(3, "2025-12-01", "FOR"), midYear, point(1, "2025-01-01", "FOR")]);
    expect(shifts.map((s) => s.statementId)).toEqual([2, 3]);
  });
});

describe("currentPosition", () => {
  it("gives the latest stated stance and where its run began", () => {
    const position = currentPosition([point(1, "2024-01-01", "AGAINST"), point(2, "2024-05-01", "FOR"), point(3, "2024-09-01", "FOR"), point(4, "2024-10-01", "NOT_STATED")]);
    expect(position?.stance).toBe("FOR");
    expect(position?.since.statementId).toBe(2);
    expect(position?.latest.statementId).toBe(3);
  });

  it("is null without any stated stance", () => {
    expect(currentPosition([point(1, "2024-01-01", "NOT_STATED")])).toBeNull();
    expect(currentPosition([])).toBeNull();
  });
});
