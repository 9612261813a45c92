// Each filter and their combinations against the demo data set in a real migrated database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { midpoint } from "@/lib/dates/precision";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { emptyFilters, parseTimelineFilters, type TimelineFilters } from "./filters";
import { computeFacets, computeMonthlyCounts, countStatements, monthlyCounts, timelineFacets, timelinePage } from "./timeline";

const published = demoData.statements;
const f = (params: Record<string, string | string[]>): TimelineFilters => parseTimelineFilters(params);
const overlaps = (s: { dateStart: string; dateEnd: string }, from: string, to: string) => s.dateStart <= to && s.dateEnd >= from;

beforeAll(async () => {
  await seedDemoData(db, demoData);
});

describe("timeline filters on the demo data", () => {
  it("lists every published statement, newest first by date middle, in stable pages", async () => {
    const first = await timelinePage(emptyFilters, 10);
    expect(first.total).toBe(published.length);
    const all = [];
    for (let page = 1; page <= first.pageCount; page++) all.push(...(await timelinePage({ ...emptyFilters, page }, 10)).entries);
    expect(new Set(all.map((e) => e.id)).size).toBe(published.length);
    const mids = all.map((e) => midpoint(e.date.start, e.date.end));
    expect(mids).toEqual([...mids].sort().reverse());
    const oldest = await timelinePage({ ...emptyFilters, order: "oldest" }, 100);
    expect(oldest.entries.map((e) => e.id)).toEqual([...all.map((e) => e.id)].reverse());
  });

  it("filters by speaker, topic, stance and kind", async () => {
    const expected = (pred: (s: (typeof published)[number]) => boolean) => published.filter(pred).length;
    expect(await countStatements(f({ speaker: "emmanuel-macron" }))).toBe(expected((s) => s.speaker === "emmanuel-macron"));
    expect(await countStatements(f({ topic: "defence-spending" }))).toBe(
      expected((s) => s.topics.some((t) => t.topic === "defence-spending")),
    );
    expect(await countStatements(f({ topic: "defence-spending", stance: "strongly_for" }))).toBe(
      expected((s) => s.topics.some((t) => t.topic === "defence-spending" && t.stance === "STRONGLY_FOR")),
    );
    expect(await countStatements(f({ kind: "quote" }))).toBe(expected((s) => s.kind === "QUOTE"));
    expect(await countStatements(f({ kind: "paraphrase", speaker: "mark-rutte" }))).toBe(
      expected((s) => s.kind === "PARAPHRASE" && s.speaker === "mark-rutte"),
    );
  });

  it("matches date ranges by overlap, so month and approximate dates are found", async () => {
    for (const [from, to] of [
      ["2024-11-12", "2024-11-12"],
      ["2025-06-15", "2025-06-20"],
      ["2025-01-01", "2025-12-31"],
      ["2020-01-01", "2020-12-31"],
    ] as const) {
      expect(await countStatements(f({ from, to })), `${from}..${to}`).toBe(published.filter((s) => overlaps(s, from, to)).length);
    }
  });

  it("filters by source kind and claims", async () => {
    const sourceKind = new Map(demoData.sources.map((s) => [s.key, s.kind]));
    expect(await countStatements(f({ source: "official_transcript" }))).toBe(
      published.filter((s) => s.sources.some((l) => sourceKind.get(l.source) === "OFFICIAL_TRANSCRIPT")).length,
    );
    expect(await countStatements(f({ claims: "with" }))).toBe(published.filter((s) => s.claims.length > 0).length);
    expect(await countStatements(f({ claims: "without" }))).toBe(published.filter((s) => s.claims.length === 0).length);
    expect(await countStatements(f({ claim: "supported" }))).toBe(
      published.filter((s) => s.claims.some((c) => c.status === "SUPPORTED")).length,
    );
  });

  it("combines filters with AND", async () => {
    const filters = f({ speaker: "mark-rutte", topic: "military-aid-to-ukraine", kind: "quote", from: "2024-01-01", to: "2025-12-31" });
    const expected = published.filter(
      (s) =>
        s.speaker === "mark-rutte" &&
        s.kind === "QUOTE" &&
        s.topics.some((t) => t.topic === "military-aid-to-ukraine") &&
        overlaps(s, "2024-01-01", "2025-12-31"),
    );
    expect(await countStatements(filters)).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("searches text, claims and source titles, with phrases and prefixes, and highlights safely", async () => {
    const phrase = await timelinePage(f({ q: '"direct threat"' }));
    expect(phrase.total).toBe(1);
    expect(
      phrase.entries[0]!.highlight?.parts.filter((_, i) => i % 2 === 1)
        .join(" ")
        .toLowerCase(),
    ).toContain("direct");
    expect((await timelinePage(f({ q: "casualt*" }))).total).toBeGreaterThan(0);
    const claimOnly = await timelinePage(f({ q: "casualties" }));
    expect(claimOnly.total).toBeGreaterThan(0);
    for (const q of ['"', "(", "NEAR(", "a OR", "*", "-", "Путин", "x".repeat(300), "' OR 1=1 --", "col:val", "^", "AND AND"]) {
      const page = await timelinePage(f({ q }));
      expect(page.total, q).toBeGreaterThanOrEqual(0);
    }
    expect((await timelinePage(f({ q: "()*" }))).searchUnusable).toBe(true);
  });

  it("counts facets with the other filters kept", async () => {
    const facets = await timelineFacets(f({ speaker: "mark-rutte", kind: "paraphrase" }));
    const macron = facets.speakers.find((s) => s.value === "emmanuel-macron");
    expect(macron?.count).toBe(published.filter((s) => s.speaker === "emmanuel-macron" && s.kind === "PARAPHRASE").length);
    expect(macron?.count).toBeGreaterThan(0);
    const kinds = Object.fromEntries(facets.kinds.map((k) => [k.value, k.count]));
    expect(kinds.QUOTE).toBe(published.filter((s) => s.speaker === "mark-rutte" && s.kind === "QUOTE").length);
  });

  it("counts statements per month, by stance when one topic is chosen", async () => {
    const months = await monthlyCounts(f({ topic: "defence-spending" }));
    const total = months.reduce((sum, m) => sum + m.total, 0);
    expect(total).toBe(published.filter((s) => s.topics.some((t) => t.topic === "defence-spending")).length);
    expect(months.every((m) => Object.values(m.byStance).reduce((a, b) => a! + b!, 0) === m.total)).toBe(true);
  });

  it("with a date range, counts every statement of the view inside the range, vague dates included", async () => {
    for (const [from, to] of [
      ["2025-03-01", null],
      [null, "2025-01-31"],
      ["2025-03-01", "2025-05-31"],
    ] as const) {
      const filters = f({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const months = await monthlyCounts(filters);
      const inRange = months.filter((m) => (!from || m.month >= from.slice(0, 7)) && (!to || m.month <= to.slice(0, 7)));
      expect(inRange.reduce((sum, m) => sum + m.total, 0)).toBe(await countStatements(filters));
      expect(months.reduce((sum, m) => sum + m.total, 0)).toBe(await countStatements(emptyFilters));
    }
  });

  it("reads the same facets, totals and months from the kept counts as from the statements", async () => {
    expect(await timelineFacets(emptyFilters)).toEqual(await computeFacets(emptyFilters));
    expect((await timelinePage(emptyFilters)).total).toBe(await countStatements(emptyFilters));
    expect(await monthlyCounts(emptyFilters)).toEqual(await computeMonthlyCounts(emptyFilters));
    for (const topic of ["defence-spending", "military-aid-to-ukraine"]) {
      expect(await monthlyCounts(f({ topic }))).toEqual(await computeMonthlyCounts(f({ topic })));
    }
  });
});
