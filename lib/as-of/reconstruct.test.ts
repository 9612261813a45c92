import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/dates/precision";
import { parseDateLabel, parseLinkLine, parseStanceLine, rollBack } from "./reconstruct";
import { parseAsOf, withAsOf } from "./as-of-date";

describe("rolling a snapshot back", () => {
  const today = { text: "New words", status: "PUBLISHED", topics: ["Aid: Against"], deletedAt: null };

  it("undoes later changes newest first, so the oldest later change decides", () => {
    const { snapshot, touched } = rollBack(today, [
      { action: "UPDATE", changes: { text: { before: "Middle words", after: "New words" } } },
      {
        action: "UPDATE",
        changes: { text: { before: "Old words", after: "Middle words" }, topics: { before: ["Aid: For"], after: ["Aid: Against"] } },
      },
    ]);
    expect(snapshot).toMatchObject({ text: "Old words", topics: ["Aid: For"], status: "PUBLISHED" });
    expect([...touched].sort()).toEqual(["text", "topics"]);
  });

  it("has no record before its creation", () => {
    expect(rollBack(today, [{ action: "CREATE", changes: { text: { before: null, after: "New words" } } }]).snapshot).toBeNull();
  });

  it("brings back a record deleted later, and drops one restored later", () => {
    const deleted = { ...today, deletedAt: "2025-07-01T10:00:00.000Z" };
    expect(
      rollBack(deleted, [{ action: "DELETE", changes: { deletedAt: { before: null, after: deleted.deletedAt } } }]).snapshot,
    ).toMatchObject({
      deletedAt: null,
    });
    const restored = rollBack(today, [{ action: "RESTORE", changes: { deletedAt: { before: "2025-07-01T10:00:00.000Z", after: null } } }]);
    expect(restored.snapshot?.deletedAt).toBe("2025-07-01T10:00:00.000Z");
  });
});

describe("reading snapshot values back", () => {
  it("parses every date label the snapshots write", () => {
    for (const date of [
      { start: "2024-11-12", end: "2024-11-12", precision: "DAY" as const },
      { start: "2024-11-01", end: "2024-11-30", precision: "MONTH" as const },
      { start: "2024-01-01", end: "2024-12-31", precision: "YEAR" as const },
      { start: "2024-10-03", end: "2025-02-11", precision: "RANGE" as const },
      { start: "2025-01-01", end: "2025-04-30", precision: "APPROXIMATE" as const },
    ]) {
      const label = date.precision === "DAY" ? formatInterval(date) : `${formatInterval(date)} (${date.start} to ${date.end})`;
      expect(parseDateLabel(label), label).toEqual(date);
    }
    expect(parseDateLabel("sometime")).toBeNull();
    expect(parseDateLabel("31 Feb 2025")).toBeNull();
  });

  it("parses stance lines, with hedging and shift notes, and topic names holding colons", () => {
    expect(parseStanceLine("Military aid to Ukraine: Strongly for (conditional); shift note: after the summit: firmer")).toEqual({
      topicName: "Military aid to Ukraine",
      stance: "STRONGLY_FOR",
      hedging: "CONDITIONAL",
      shiftNote: "after the summit: firmer",
    });
    expect(parseStanceLine("Russia: the threat: Against")).toMatchObject({ topicName: "Russia: the threat", stance: "AGAINST" });
    expect(parseStanceLine("no stance here")).toBeNull();
  });
});

describe("a link as a revision records it", () => {
  it("reads its type, the other statement and the note", () => {
    expect(parseLinkLine("walks back statement #12 (Mark Rutte); note: Softer (after the summit)")).toEqual({
      type: "WALKS_BACK",
      toId: 12,
      note: "Softer (after the summit)",
    });
    expect(parseLinkLine("same utterance as statement #3 (Anne (Annie) Smith)")).toEqual({ type: "SAME_UTTERANCE", toId: 3, note: "" });
    expect(parseLinkLine("responds to statement #x (Someone)")).toBeNull();
    expect(parseLinkLine(42)).toBeNull();
  });
});

describe("the asOf parameter", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const first = new Date("2025-01-15T09:00:00Z");

  it("accepts a past day within the record", () => {
    expect(parseAsOf("2025-06-30", now, first)).toEqual({ kind: "past", day: "2025-06-30", label: "As recorded on 30 Jun 2025" });
    expect(parseAsOf("2025-01-15", now, first).kind).toBe("past");
  });

  it("is today's view for no value or today", () => {
    expect(parseAsOf("", now, first).kind).toBe("today");
    expect(parseAsOf("2026-03-10", now, first).kind).toBe("today");
  });

  it("says what is wrong with a bad value", () => {
    expect(parseAsOf("yesterday", now, first)).toMatchObject({ kind: "invalid", message: expect.stringMatching(/not a date.*YYYY-MM-DD/) });
    expect(parseAsOf("2025-02-30", now, first)).toMatchObject({ kind: "invalid", message: expect.stringMatching(/not a date/) });
    expect(parseAsOf("2026-03-11", now, first)).toMatchObject({ kind: "invalid", message: expect.stringMatching(/future.*10 Mar 2026/) });
    expect(parseAsOf("2025-01-14", now, first)).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/record begins on 15 Jan 2025/),
    });
    expect(parseAsOf("2025-01-14", now, null)).toMatchObject({ kind: "invalid", message: "Nothing has been recorded yet." });
  });

  it("adds the day to links", () => {
    expect(withAsOf("/topics/aid?speaker=x", "2025-06-30")).toBe("/topics/aid?speaker=x&asOf=2025-06-30");
    expect(withAsOf("/statements/4", null)).toBe("/statements/4");
  });
});

describe("an instant as asOf", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const first = new Date("2025-01-15T09:00:00Z");

  it("shows the record at that instant, for changes made within one day", () => {
    expect(parseAsOf("2026-03-10T11:59:30Z", now, first)).toEqual({
      kind: "past",
      day: "2026-03-10T11:59:30.000Z",
      label: "As recorded on 10 Mar 2026, 11:59:30 UTC",
    });
    expect(parseAsOf("2026-03-10T12:30:00Z", now, first).kind).toBe("today");
    expect(parseAsOf("2025-01-15T08:00:00Z", now, first)).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/record begins on 15 Jan 2025, 09:00:00 UTC/),
    });
    expect(parseAsOf("2025-01-15T25:00:00Z", now, first).kind).toBe("invalid");
  });
});
