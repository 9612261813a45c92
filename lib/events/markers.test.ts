import { describe, expect, it } from "vitest";
import {
  chartEventMarkers,
  markerKinds,
  markerLabel,
  parseMarkerChoice,
  stripMarkers,
  withMarkerChoice,
  MAJOR_EVENT_KINDS,
} from "./markers";

describe("the marker choice in the URL", () => {
  it("reads major (the default), all, none or one kind; anything else is the default", () => {
    expect(parseMarkerChoice(undefined)).toBe("major");
    expect(parseMarkerChoice("all")).toBe("all");
    expect(parseMarkerChoice("none")).toBe("none");
    expect(parseMarkerChoice("summit")).toBe("SUMMIT");
    expect(parseMarkerChoice(["ministerial", "all"])).toBe("MINISTERIAL");
    for (const odd of ["", "constructor", "__proto__", "SUMMIT,SPEECH", "<b>"]) expect(parseMarkerChoice(odd)).toBe("major");
  });

  it("names the kinds each choice marks", () => {
    expect(markerKinds("major")).toEqual(MAJOR_EVENT_KINDS);
    expect(markerKinds("major")).toEqual(expect.arrayContaining(["SUMMIT", "MINISTERIAL", "ELECTION"]));
    expect(markerKinds("none")).toEqual([]);
    expect(markerKinds("ELECTION")).toEqual(["ELECTION"]);
    expect(markerKinds("all").length).toBeGreaterThan(8);
  });

  it("keeps the other parameters of a link and leaves the default out", () => {
    expect(withMarkerChoice("/?speaker=a&events=all", "major")).toBe("/?speaker=a");
    expect(withMarkerChoice("/?speaker=a", "SUMMIT")).toBe("/?speaker=a&events=summit");
    expect(withMarkerChoice("/topics/x", "none")).toBe("/topics/x?events=none");
  });
});

describe("stripMarkers", () => {
  const months = ["2025-01", "2025-02", "2025-03", "2025-04"];
  const event = (id: number, date: string, kind: "SUMMIT" | "ELECTION" = "SUMMIT") => ({ id, name: `Event ${id}`, kind, date });

  it("places each event in the middle of its month's column", () => {
    expect(stripMarkers([event(1, "2025-01-10"), event(2, "2025-04-30")], months)).toEqual([
      { month: "2025-01", at: 12.5, events: [event(1, "2025-01-10")] },
      { month: "2025-04", at: 87.5, events: [event(2, "2025-04-30")] },
    ]);
  });

  it("groups the events of one month into one marker, in date order, and leaves out events beyond the strip", () => {
    const markers = stripMarkers(
      [event(3, "2025-02-20", "ELECTION"), event(4, "2025-02-01"), event(5, "2024-12-31"), event(6, "2025-05-01")],
      months,
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]!.events.map((e) => e.id)).toEqual([4, 3]);
    expect(markerLabel(markers[0]!, (d) => d)).toBe("2025-02-01, Summit: Event 4; 2025-02-20, Election: Event 3");
  });

  it("has no markers on an empty strip", () => {
    expect(stripMarkers([event(1, "2025-01-10")], [])).toEqual([]);
  });
});

describe("chartEventMarkers", () => {
  const event = (id: number, date: string) => ({ id, name: `Event ${id}`, kind: "SUMMIT" as const, date });
  // A year across the whole width: 1 January at 0, 31 December at about 1.
  const x = (day: string) => (Date.parse(day) - Date.parse("2025-01-01")) / (Date.parse("2025-12-31") - Date.parse("2025-01-01"));

  it("places each event at its own day and leaves out events off the chart", () => {
    const markers = chartEventMarkers([event(1, "2025-07-02"), event(2, "2024-12-31"), event(3, "2026-01-02")], x);
    expect(markers).toHaveLength(1);
    expect(markers[0]!.events.map((e) => e.id)).toEqual([1]);
    expect(markers[0]!.at).toBeCloseTo(50, 0);
  });

  it("lets events days apart share a marker, and keeps events months apart on their own", () => {
    const markers = chartEventMarkers([event(3, "2025-03-20"), event(1, "2025-03-10"), event(2, "2025-03-12"), event(4, "2025-09-01")], x);
    expect(markers.map((m) => m.events.map((e) => e.id))).toEqual([[1, 2, 3], [4]]);
    expect(new Set(markers.map((m) => m.key)).size).toBe(2);
  });
});
