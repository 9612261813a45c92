import { describe, expect, it } from "vitest";
import { demoData } from "@/lib/demo/data";
import type { DatePrecision } from "@/lib/dates/precision";
import { stanceChartModel } from "./chart-model";
import { changeKind, occasionsOf, positionHeadline, positionHistory, positionLabel, type StanceRecord } from "./positions";
import type { Stance } from "./scale";

let nextId = 1;
const said = (day: string, stance: Stance, extra: Partial<StanceRecord> = {}): StanceRecord => ({
  statementId: nextId++,
  start: day,
  end: day,
  precision: "DAY",
  eventId: null,
  stance,
  ...extra,
});
const vague = (start: string, end: string, stance: Stance, extra: Partial<StanceRecord> = {}) =>
  said(start, stance, { end, precision: "APPROXIMATE", ...extra });
const kinds = (records: StanceRecord[]) => positionHistory(records).changes.map((c) => [c.kind, positionLabel(c.to)]);

describe("changeKind", () => {
  it("names crossing sides a reversal, and a change of strength on one side hardening or softening", () => {
    expect(changeKind(["FOR"], ["AGAINST"])).toBe("REVERSAL");
    expect(changeKind(["STRONGLY_AGAINST"], ["STRONGLY_FOR"])).toBe("REVERSAL");
    expect(changeKind(["FOR"], ["STRONGLY_FOR"])).toBe("HARDENING");
    expect(changeKind(["AGAINST"], ["STRONGLY_AGAINST"])).toBe("HARDENING");
    expect(changeKind(["STRONGLY_FOR"], ["FOR"])).toBe("SOFTENING");
    expect(changeKind(["FOR"], ["MIXED"])).toBe("TO_MIXED");
    expect(changeKind(["MIXED"], ["AGAINST"])).toBe("FROM_MIXED");
  });

  it("sees no change between positions that share part of the scale", () => {
    expect(changeKind(["FOR", "STRONGLY_FOR"], ["STRONGLY_FOR"])).toBeNull();
    expect(changeKind(["FOR"], ["FOR", "STRONGLY_FOR"])).toBeNull();
    expect(changeKind(["MIXED", "FOR"], ["FOR"])).toBeNull();
    expect(changeKind(["FOR"], ["NOT_STATED"])).toBeNull();
  });
});

describe("positionHistory", () => {
  it("makes one position of one day's statements and says when they differ", () => {
    const history = positionHistory([said("2024-11-12", "FOR"), said("2024-11-12", "STRONGLY_FOR"), said("2024-11-12", "FOR")]);
    expect(history.occasions).toHaveLength(1);
    expect(positionLabel(history.occasions[0]!.stances)).toBe("For and Strongly for");
    expect(history.changes.map((c) => c.kind)).toEqual(["FIRST"]);
    expect(history.statementCount).toBe(3);
  });

  it("takes the first position from every event of the first day, whichever event sorts first", () => {
    for (const [a, b] of [
      ["FOR", "STRONGLY_FOR"],
      ["STRONGLY_FOR", "FOR"],
    ] as const) {
      const history = positionHistory([
        said("2024-10-01", a, { eventId: 1 }),
        said("2024-10-01", b, { eventId: 2 }),
        said("2024-10-16", "FOR"),
        said("2025-07-14", "STRONGLY_FOR"),
      ]);
      expect(history.occasions).toHaveLength(4);
      expect(history.changes.map((c) => [c.kind, positionLabel(c.to)])).toEqual([["FIRST", "For and Strongly for"]]);
      expect(history.changes[0]!.statementIds).toHaveLength(2);
      expect(positionHeadline(history)).toBe("For and Strongly for since Oct 2024; no change; no reversal");
    }
    // Events of a later day are ordered against the first day: a change there is claimed.
    expect(kinds([said("2024-10-01", "FOR", { eventId: 1 }), said("2024-10-02", "STRONGLY_FOR", { eventId: 2 })])).toEqual([
      ["FIRST", "For"],
      ["HARDENING", "Strongly for"],
    ]);
  });

  it("makes one position of one event's statements even when their recorded days differ", () => {
    const event = { eventId: 7 };
    const history = positionHistory([
      said("2025-03-01", "AGAINST"),
      said("2025-06-01", "FOR", event),
      vague("2025-06-01", "2025-06-30", "MIXED", event),
    ]);
    expect(history.occasions).toHaveLength(2);
    expect(history.occasions[1]!.dateLabel).toBe("1 Jun 2025");
    expect(history.changes.map((c) => c.kind)).toEqual(["FIRST", "TO_MIXED"]);
  });

  it("names a same-side change of strength and never invents one from the order of a day's statements", () => {
    expect(
      kinds([
        said("2024-10-01", "FOR"),
        said("2024-11-12", "FOR"),
        said("2024-11-12", "STRONGLY_FOR"),
        said("2025-06-09", "STRONGLY_FOR"),
        said("2025-09-01", "AGAINST"),
      ]),
    ).toEqual([
      ["FIRST", "For"],
      ["HARDENING", "Strongly for"],
      ["REVERSAL", "Against"],
    ]);
    expect(kinds([said("2024-10-01", "FOR"), said("2025-06-09", "STRONGLY_FOR")])).toEqual([
      ["FIRST", "For"],
      ["HARDENING", "Strongly for"],
    ]);
  });

  it("claims no change between overlapping vague dates whose order is unknown", () => {
    const history = positionHistory([vague("2025-01-01", "2025-12-31", "FOR"), vague("2025-07-01", "2025-10-31", "AGAINST")]);
    expect(history.changes.map((c) => c.kind)).toEqual(["FIRST"]);
    expect(history.unordered).toHaveLength(1);
    expect(history.unordered[0]!.occasion.stances).toEqual(["AGAINST"]);
  });

  it("does not let a wide vague date put an exact change in doubt, nor claim one itself", () => {
    const history = positionHistory([
      said("2025-01-10", "FOR"),
      vague("2025-01-01", "2025-12-31", "AGAINST"),
      said("2025-11-01", "AGAINST"),
    ]);
    expect(history.changes.map((c) => [c.kind, c.occasion.dateLabel])).toEqual([
      ["FIRST", "10 Jan 2025"],
      ["REVERSAL", "1 Nov 2025"],
    ]);
    expect(history.unordered.map((u) => u.occasion.dateLabel)).toEqual(["c. 2025"]);
  });

  it("places an approximate date by its interval: a change after it is claimed only when the order is certain", () => {
    const uncertain = positionHistory([vague("2025-06-01", "2025-08-31", "FOR"), said("2025-07-14", "AGAINST")]);
    expect(uncertain.changes.map((c) => c.kind)).toEqual(["FIRST"]);
    const certain = positionHistory([vague("2025-06-01", "2025-08-31", "FOR"), said("2025-09-14", "AGAINST")]);
    expect(certain.changes.map((c) => c.kind)).toEqual(["FIRST", "REVERSAL"]);
  });

  it("gives the current position and where it began, whatever order same-day statements come in", () => {
    const a = positionHistory([said("2025-08-01", "FOR"), said("2025-08-01", "STRONGLY_FOR"), said("2024-10-01", "FOR")]);
    const b = positionHistory([said("2025-08-01", "STRONGLY_FOR"), said("2025-08-01", "FOR"), said("2024-10-01", "FOR")]);
    for (const history of [a, b]) {
      expect(positionLabel(history.current!.stances)).toBe("For");
      expect(history.current!.since.dateLabel).toBe("1 Oct 2024");
      expect(history.current!.latest.dateLabel).toBe("1 Aug 2025");
    }
  });

  it("ignores 'not stated' and has no position without a stated stance", () => {
    expect(positionHistory([said("2024-01-01", "NOT_STATED")]).current).toBeNull();
    expect(positionHistory([]).current).toBeNull();
    expect(kinds([said("2024-01-01", "FOR"), said("2024-02-01", "NOT_STATED"), said("2024-03-01", "FOR")])).toEqual([["FIRST", "For"]]);
  });

  it("writes a headline a reader can use", () => {
    const history = positionHistory([
      said("2024-10-01", "FOR"),
      vague("2024-10-01", "2025-03-25", "FOR"),
      said("2025-06-09", "STRONGLY_FOR"),
    ]);
    expect(positionHeadline(history)).toBe("For since Oct 2024; hardened to Strongly for in Jun 2025; no reversal");
    expect(positionHeadline(positionHistory([said("2024-10-01", "FOR"), said("2025-01-01", "AGAINST")]))).toBe(
      "For since Oct 2024; reversed to Against in Jan 2025",
    );
    expect(positionHeadline(positionHistory([said("2024-10-01", "FOR")]))).toBe("For since Oct 2024; no change; no reversal");
  });

  it("dates an approximate occasion as its statements' cards do, not by its months", () => {
    expect(positionHeadline(positionHistory([vague("2025-05-01", "2025-08-31", "FOR"), said("2025-11-03", "STRONGLY_FOR")]))).toBe(
      "For since c. mid-2025; hardened to Strongly for in Nov 2025; no reversal",
    );
    expect(positionHeadline(positionHistory([said("2024-10-01", "FOR"), vague("2025-01-20", "2025-04-30", "AGAINST")]))).toBe(
      "For since Oct 2024; reversed to Against c. early 2025",
    );
    // A range known to the day keeps the months it spans.
    expect(
      positionHeadline(
        positionHistory([said("2024-10-01", "FOR"), said("2025-01-20", "AGAINST", { end: "2025-04-30", precision: "RANGE" })]),
      ),
    ).toBe("For since Oct 2024; reversed to Against in Jan–Apr 2025");
  });
});

describe("the demo data's positions", () => {
  const events = new Map(demoData.events.map((e, i) => [e.key, i + 1]));
  const record = (speaker: string, topic: string) =>
    positionHistory(
      demoData.statements.flatMap((s, i) =>
        s.speaker !== speaker
          ? []
          : s.topics
              .filter((t) => t.topic === topic)
              .map((t) => ({
                statementId: i + 1,
                start: s.dateStart,
                end: s.dateEnd,
                precision: s.datePrecision as DatePrecision,
                eventId: s.event ? events.get(s.event)! : null,
                stance: t.stance,
              })),
      ),
    );

  it("shows Mark Rutte steadily in favour of military aid to Ukraine: no reversal, no invented changes", () => {
    const history = record("mark-rutte", "military-aid-to-ukraine");
    expect(history.reversals).toBe(0);
    expect(history.changes.filter((c) => c.kind !== "FIRST").length).toBeLessThanOrEqual(1);
    expect(positionLabel(history.current!.stances)).toMatch(/For/);
    expect(positionHeadline(history)).toMatch(/^For and Strongly for since Oct 2024;.*no reversal$/);
  });

  it("makes one position of the three events of Rutte's first day in office", () => {
    const history = record("mark-rutte", "military-aid-to-ukraine");
    const firstDay = history.occasions.filter((o) => o.start === "2024-10-01" && o.end === "2024-10-01");
    expect(firstDay.length).toBe(3);
    expect(history.changes).toHaveLength(1);
    expect(history.changes[0]!.statementIds.length).toBe(
      firstDay.flatMap((o) => o.statements).filter((s) => s.stance !== "NOT_STATED").length,
    );
    expect(history.unordered).toHaveLength(0);
  });

  it("names the changes a careful analyst would on the other topics", () => {
    expect(positionHeadline(record("mark-rutte", "air-and-missile-defence"))).toBe(
      "For since Oct 2024; hardened to Strongly for in Jun 2025; no reversal",
    );
    // The first Strongly for is known only to lie between January and April 2025: the headline
    // dates it as its statement's card does.
    expect(positionHeadline(record("mark-rutte", "defence-spending"))).toBe(
      "For since Oct 2024; hardened to Strongly for c. early 2025; no reversal",
    );
    expect(positionHeadline(record("mark-rutte", "russia-as-threat"))).toBe("For and Strongly for since Nov 2024; no change; no reversal");
  });
});

describe("occasionsOf", () => {
  it("orders occasions by the middle of their interval", () => {
    const occasions = occasionsOf([said("2025-12-01", "FOR"), vague("2025-05-01", "2025-08-31", "AGAINST"), said("2025-01-01", "FOR")]);
    expect(occasions.map((o) => o.start)).toEqual(["2025-01-01", "2025-05-01", "2025-12-01"]);
  });
});

describe("stanceChartModel", () => {
  const history = (records: StanceRecord[]) => positionHistory(records);

  it("draws only the rows of the scale the record uses, one marker per occasion and stance with its count", () => {
    const model = stanceChartModel(
      history([
        said("2024-10-01", "FOR", { eventId: 1 }),
        said("2024-10-01", "FOR", { eventId: 1 }),
        said("2024-10-01", "STRONGLY_FOR", { eventId: 1 }),
        said("2025-03-01", "FOR"),
      ]),
    )!;
    expect(model.rows.map((r) => r.stance)).toEqual(["STRONGLY_FOR", "FOR"]);
    expect(model.markers.map((m) => [m.stance, m.statementIds.length])).toEqual([
      ["FOR", 2],
      ["STRONGLY_FOR", 1],
      ["FOR", 1],
    ]);
  });

  it("keeps approximate dates out of the lane of exact ones, and dots apart", () => {
    const model = stanceChartModel(
      history([vague("2025-01-01", "2025-12-31", "FOR"), said("2025-07-01", "FOR"), said("2025-07-02", "FOR")]),
    )!;
    const exact = model.markers.filter((m) => m.exact).map((m) => m.lane);
    const approximate = model.markers.find((m) => !m.exact)!;
    expect(new Set(exact).size).toBe(2);
    expect(exact).not.toContain(approximate.lane);
  });

  it("ticks months for a short span and years for a long one", () => {
    const short = stanceChartModel(history([said("2024-10-01", "FOR"), said("2025-08-01", "FOR")]))!;
    expect(short.ticks.map((t) => t.label)).toContain("Jan 2025");
    expect(short.ticks.length).toBeGreaterThan(3);
    const long = stanceChartModel(history([said("2010-10-01", "FOR"), said("2025-08-01", "FOR")]))!;
    expect(long.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(long.ticks.length).toBeLessThanOrEqual(8);
  });

  it("marks each change by its kind", () => {
    const model = stanceChartModel(
      history([said("2024-10-01", "FOR"), said("2025-06-09", "STRONGLY_FOR"), said("2025-09-01", "AGAINST")]),
    )!;
    expect(model.changes.map((c) => c.kindLabel)).toEqual(["Hardened", "Reversal"]);
  });
});

describe("stanceChartModel change labels", () => {
  it("stacks the labels of changes close in time and keeps far ones on one row", () => {
    const close = stanceChartModel(
      positionHistory([said("2024-01-01", "FOR"), said("2025-06-01", "STRONGLY_FOR"), said("2025-06-20", "AGAINST")]),
    )!;
    expect(close.changes.map((c) => c.labelRow)).toEqual([0, 1]);
    expect(close.changeRows).toBe(2);
    const far = stanceChartModel(
      positionHistory([said("2020-01-01", "FOR"), said("2022-06-01", "STRONGLY_FOR"), said("2025-06-20", "AGAINST")]),
    )!;
    expect(far.changes.map((c) => c.labelRow)).toEqual([0, 0]);
    expect(far.changeRows).toBe(1);
  });
});
