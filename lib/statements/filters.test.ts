import { describe, expect, it } from "vitest";
import {
  activeFilters,
  boundaryDay,
  ignoredDateFilters,
  withoutEmptyParams,
  emptyFilters,
  expandedFacetsHref,
  filtersHref,
  parseExpandedFacets,
  parseTimelineFilters,
} from "./filters";

describe("parseTimelineFilters", () => {
  it("reads repeated and comma-separated values and normalises case", () => {
    const filters = parseTimelineFilters({
      speaker: ["mark-rutte", "Donald-Tusk"],
      topic: "defence-spending,russia-as-threat",
      stance: ["for", "STRONGLY_AGAINST", "nonsense"],
    });
    expect(filters.speakers).toEqual(["mark-rutte", "donald-tusk"]);
    expect(filters.topics).toEqual(["defence-spending", "russia-as-threat"]);
    expect(filters.stances).toEqual(["FOR", "STRONGLY_AGAINST"]);
  });

  it("accepts partial dates as range edges and swaps a reversed range", () => {
    expect(parseTimelineFilters({ from: "2024", to: "2025-02" })).toMatchObject({ from: "2024-01-01", to: "2025-02-28" });
    expect(parseTimelineFilters({ from: "2025-03-10", to: "2024-11" })).toMatchObject({ from: "2024-11-01", to: "2025-03-10" });
    expect(boundaryDay("2024-02", "end")).toBe("2024-02-29");
    expect(boundaryDay("2025-02-30", "start")).toBeNull();
  });

  it("drops anything it cannot use instead of failing", () => {
    const filters = parseTimelineFilters({
      speaker: "<script>",
      from: "yesterday",
      kind: "rumour",
      claims: "maybe",
      page: "-4",
      order: "sideways",
      source: "carrier-pigeon",
    });
    expect(filters).toEqual(emptyFilters);
  });

  it("limits the search text", () => {
    expect(parseTimelineFilters({ q: "  a   b " }).q).toBe("a b");
    expect(parseTimelineFilters({ q: "x".repeat(5000) }).q).toHaveLength(300);
  });
});

describe("filter URLs", () => {
  it("round-trips through the query string, leaving defaults out", () => {
    const filters = parseTimelineFilters({
      speaker: "mark-rutte",
      topic: "defence-spending",
      stance: "for",
      from: "2024-11-01",
      kind: "quote",
      source: "official_transcript",
      claims: "with",
      claim: "supported",
      q: '"dark threat"',
      order: "oldest",
      page: "2",
    });
    const href = filtersHref("/", filters);
    expect(href).toBe(
      "/?speaker=mark-rutte&topic=defence-spending&stance=for&from=2024-11-01&kind=quote&source=official_transcript&claims=with&claim=supported&q=%22dark+threat%22&order=oldest&page=2",
    );
    const again = parseTimelineFilters(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again).toEqual(filters);
    expect(filtersHref("/", emptyFilters)).toBe("/");
  });

  it("makes one removable chip per active value", () => {
    const filters = parseTimelineFilters({ speaker: ["a", "b"], q: "nato", page: "3" });
    const chips = activeFilters(filters, {
      speaker: (s) => s.toUpperCase(),
      topic: (t) => t,
      stance: (s) => s,
      sourceKind: (s) => s,
      claimStatus: (s) => s,
    });
    expect(chips.map((c) => c.label)).toEqual(["Text: “nato”", "Speaker: A", "Speaker: B"]);
    expect(chips[1]!.without).toMatchObject({ speakers: ["b"], q: "nato", page: 1 });
  });

  it("shows facet lists in full only when the URL asks, and keeps the filters in the link", () => {
    expect(parseExpandedFacets({})).toEqual([]);
    expect(parseExpandedFacets({ more: ["topic", "bogus"] })).toEqual(["topic"]);
    expect(parseExpandedFacets({ more: "speaker,topic" })).toEqual(["speaker", "topic"]);
    const filters = parseTimelineFilters({ topic: "defence-spending", q: "nato" });
    expect(expandedFacetsHref("/", filters, ["topic"])).toBe("/?topic=defence-spending&q=nato&more=topic");
    expect(expandedFacetsHref("/", emptyFilters, [])).toBe("/");
  });
});

describe("ignoredDateFilters and withoutEmptyParams", () => {
  it("names a date that is no day, so the page can say it was ignored", () => {
    expect(ignoredDateFilters({ from: "2025-13-45", to: "2025-06" })).toEqual([{ key: "from", value: "2025-13-45" }]);
    expect(ignoredDateFilters({ from: "2024", to: "" })).toEqual([]);
    expect(parseTimelineFilters({ from: "2025-13-45" }).from).toBeNull();
  });

  it("drops the empty parameters a GET form sends, and only when there are some", () => {
    expect(withoutEmptyParams("/", { q: "", from: "", kind: "quote", stance: ["", "for"] })).toBe("/?kind=quote&stance=for");
    expect(withoutEmptyParams("/topics/x", { q: "", order: "" })).toBe("/topics/x");
    expect(withoutEmptyParams("/", { kind: "quote" })).toBeNull();
  });
});
