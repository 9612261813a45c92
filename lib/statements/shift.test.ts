import { describe, expect, it } from "vitest";
import { detectStanceShift, unacknowledgedShifts, type PublishedStance } from "./shift";

const lastParis: PublishedStance = {
  topicId: 4,
  topicName: "Military aid to Ukraine",
  speakerName: "Mark Rutte",
  stance: "FOR",
  statementId: 17,
  date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
};

describe("detectStanceShift", () => {
  it("reports a different stance with the speaker's last one, in the issue's words", () => {
    const shift = detectStanceShift(lastParis, "AGAINST");
    expect(shift?.message).toBe("Mark Rutte's last stance on Military aid to Ukraine: for, 12 Nov 2024");
    expect(shift).toMatchObject({
      topicId: 4,
      proposed: "AGAINST",
      previous: { stance: "FOR", statementId: 17, dateLabel: "12 Nov 2024" },
      signature: "17:FOR",
    });
  });

  it("labels the previous date at its precision", () => {
    const shift = detectStanceShift(
      { ...lastParis, stance: "STRONGLY_AGAINST", date: { start: "2024-05-01", end: "2024-08-31", precision: "APPROXIMATE" } },
      "MIXED",
    );
    expect(shift?.message).toBe("Mark Rutte's last stance on Military aid to Ukraine: strongly against, c. mid-2024");
  });

  it("finds no shift for the same stance, a first stance, or a stance not stated", () => {
    expect(detectStanceShift(lastParis, "FOR")).toBeNull();
    expect(detectStanceShift(null, "AGAINST")).toBeNull();
    expect(detectStanceShift(undefined, "AGAINST")).toBeNull();
    expect(detectStanceShift(lastParis, "NOT_STATED")).toBeNull();
    expect(detectStanceShift({ ...lastParis, stance: "NOT_STATED" }, "AGAINST")).toBeNull();
    expect(detectStanceShift(lastParis, null)).toBeNull();
  });

  it("counts strongly for → for as a shift (the scale has five positions)", () => {
    expect(detectStanceShift({ ...lastParis, stance: "STRONGLY_FOR" }, "FOR")).toMatchObject({ kind: "SOFTENING", kindLabel: "Softened" });
  });

  it("names the kind of change, and sees none in a stance the current position already holds", () => {
    expect(detectStanceShift(lastParis, "AGAINST")).toMatchObject({ kind: "REVERSAL" });
    expect(detectStanceShift(lastParis, "MIXED")).toMatchObject({ kind: "TO_MIXED" });
    const both = { ...lastParis, stance: "STRONGLY_FOR" as const, position: ["FOR", "STRONGLY_FOR"] as ("FOR" | "STRONGLY_FOR")[] };
    expect(detectStanceShift(both, "FOR")).toBeNull();
    expect(detectStanceShift(both, "STRONGLY_FOR")).toBeNull();
    expect(detectStanceShift(both, "AGAINST")?.message).toBe(
      "Mark Rutte's last stance on Military aid to Ukraine: for and strongly for, 12 Nov 2024",
    );
  });
});

describe("unacknowledgedShifts", () => {
  const latest = new Map([[4, lastParis]]);
  const row = { key: "2", topicId: 4, stance: "AGAINST" as const, shiftNote: null, shiftSeen: null };

  it("lists a shift with no note that the analyst has not been shown", () => {
    expect(unacknowledgedShifts(latest, [row]).map((s) => s.key)).toEqual(["2"]);
  });

  it("is satisfied by a note or by having shown this very notice", () => {
    expect(unacknowledgedShifts(latest, [{ ...row, shiftNote: "After the Kharkiv offensive" }])).toEqual([]);
    expect(unacknowledgedShifts(latest, [{ ...row, shiftSeen: "17:FOR" }])).toEqual([]);
    // A notice about an older statement does not cover a newer one published since.
    expect(unacknowledgedShifts(latest, [{ ...row, shiftSeen: "9:FOR" }])).toHaveLength(1);
  });
});
