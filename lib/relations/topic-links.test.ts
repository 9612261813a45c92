import { describe, expect, it } from "vitest";
import { stanceChartModel } from "@/lib/stances/chart-model";
import { positionHistory, type StanceRecord } from "@/lib/stances/positions";
import type { Stance } from "@/lib/stances/scale";
import { statementLinkLines, topicLinkNotes, type LinkEnd } from "./topic-links";

const said = (statementId: number, day: string, stance: Stance): StanceRecord => ({
  statementId,
  start: day,
  end: day,
  precision: "DAY",
  eventId: null,
  stance,
});
const end = (id: number, speakerName: string, dateLabel: string): [number, LinkEnd] => [
  id,
  { id, speakerName, dateLabel, excerpt: `Words of ${id}` },
];

const history = positionHistory([said(1, "2025-03-03", "STRONGLY_FOR"), said(2, "2025-06-03", "FOR"), said(3, "2025-07-01", "FOR")]);
const ends = new Map([
  end(1, "Ada", "3 Mar 2025"),
  end(2, "Ada", "3 Jun 2025"),
  end(3, "Ada", "1 Jul 2025"),
  end(9, "Ada", "1 Jan 2025"),
  end(7, "Ben", "4 Jun 2025"),
]);

describe("links on a topic view", () => {
  it("puts a walk-back beside the change its statement begins, from whichever end it was entered", () => {
    const notes = topicLinkNotes(history, [{ fromId: 2, toId: 1, type: "WALKS_BACK", note: "" }], ends, "Ada");
    expect(notes).toEqual([
      expect.objectContaining({ statementId: 2, direction: "outgoing", changeKey: "day:2025-06-03", explainsChange: true }),
    ]);
    expect(notes[0]!.sentence).toBe("walks back the statement of 3 Mar 2025");
    // Entered the other way round (an earlier statement "contradicted by" the later one).
    const reverse = topicLinkNotes(history, [{ fromId: 1, toId: 2, type: "CONTRADICTS", note: "" }], ends, "Ada");
    expect(reverse[0]).toMatchObject({ statementId: 2, direction: "incoming", changeKey: "day:2025-06-03" });
    expect(reverse[0]!.sentence).toBe("contradicted by the statement of 3 Mar 2025");
  });

  it("names statements outside the record as text: another speaker's, or one on another topic", () => {
    const notes = topicLinkNotes(
      history,
      [
        { fromId: 7, toId: 3, type: "RESPONDS_TO", note: "" },
        { fromId: 3, toId: 9, type: "REAFFIRMS", note: "Same words" },
        { fromId: 3, toId: 404, type: "CLARIFIES", note: "" },
      ],
      ends,
      "Ada",
    );
    expect(notes.map((n) => n.sentence)).toEqual([
      "answered by Ben’s statement of 4 Jun 2025",
      "reaffirms the statement of 1 Jan 2025 (not on this topic)",
    ]);
    expect(notes.every((n) => n.changeKey === null && !n.other.onChart)).toBe(true);
  });

  it("draws only links with both ends on the chart, walk-backs emphasised", () => {
    const model = stanceChartModel(history, [
      { fromId: 2, toId: 1, type: "WALKS_BACK" },
      { fromId: 3, toId: 2, type: "REAFFIRMS" },
      { fromId: 3, toId: 9, type: "REAFFIRMS" },
    ])!;
    expect(model.links).toEqual([
      expect.objectContaining({ type: "WALKS_BACK", emphasis: true, label: "3 Jun 2025 walks back 3 Mar 2025" }),
      expect.objectContaining({ type: "REAFFIRMS", emphasis: false }),
    ]);
    expect(stanceChartModel(history)!.links).toEqual([]);
  });

  it("lists a statement's links both ways for the PDF", () => {
    const relations = [
      { fromId: 2, toId: 1, type: "WALKS_BACK" as const, note: "Softer" },
      { fromId: 3, toId: 2, type: "REAFFIRMS" as const, note: "" },
    ];
    expect(statementLinkLines(2, relations, ends)).toEqual([
      "Walks back: “Words of 1” (3 Mar 2025, Ada). Note: Softer",
      "Reaffirmed by: “Words of 3” (1 Jul 2025, Ada)",
    ]);
  });
});
