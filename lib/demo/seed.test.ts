// The demo data loads with its renderings anchored in their sources, the misquote flagged, and
// dated as if recorded as it happened, so a view of a past day shows the demo record then.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyQuote } from "@/lib/import/anchor";
import { compareRendering } from "@/lib/renderings/compare";
import { demoData } from "./data";
import { timelineAsOf } from "@/lib/as-of/queries";
import { asOfEnd } from "@/lib/as-of/as-of-date";
import { eventsBetween } from "@/lib/events/reader";
import { emptyFilters } from "@/lib/statements/filters";
import { demoRecordedAt, seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData(db, demoData);
}, 180_000);

describe("the demo data's renderings", () => {
  it("anchors every statement quoted from a source with stored text, in that source's own wording", async () => {
    const links = await db.statementSource.findMany({
      where: { source: { snapshotText: { not: null } } },
      select: {
        rendering: true,
        quoteStart: true,
        quoteEnd: true,
        anchorExact: true,
        anchorPrefix: true,
        anchorSuffix: true,
        statement: { select: { text: true } },
        source: { select: { snapshotText: true } },
      },
    });
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      const anchor = {
        exact: link.anchorExact!,
        prefix: link.anchorPrefix!,
        suffix: link.anchorSuffix!,
        start: link.quoteStart!,
        end: link.quoteEnd!,
      };
      expect(verifyQuote(link.source.snapshotText!, anchor, link.rendering ?? link.statement.text).status).toBe("matches");
    }
  });

  it("has a report that changes a transcript's word, flagged against the statement's text", async () => {
    const rendered = await db.statementSource.findMany({
      where: { rendering: { not: null } },
      select: {
        rendering: true,
        statement: { select: { text: true, sources: { select: { rendering: true, source: { select: { kind: true } } } } } },
      },
    });
    const flagged = rendered.filter((link) => compareRendering(link.statement.text, link.rendering!).flags.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    const [misquote] = flagged;
    expect(compareRendering(misquote!.statement.text, misquote!.rendering!).flags).toEqual([
      expect.objectContaining({ kind: "word", canonical: "direct", rendering: "dark" }),
    ]);
    // The canonical words are the official transcript's.
    expect(misquote!.statement.sources).toContainEqual({ rendering: null, source: { kind: "OFFICIAL_TRANSCRIPT" } });
  });
});

describe("the demo data's links", () => {
  it("loads every link once, also when loaded again", async () => {
    const expected = demoData.statements.reduce((n, s) => n + (s.links?.length ?? 0), 0);
    expect(await db.statementRelation.count()).toBe(expected);
    await seedDemoData(db, demoData);
    expect(await db.statementRelation.count()).toBe(expected);
    const clarifies = await db.statementRelation.findFirstOrThrow({
      where: { type: "CLARIFIES" },
      select: { from: { select: { text: true } }, to: { select: { text: true } } },
    });
    expect(clarifies.from.text).toMatch(/^Rutte said Europe would find the money/);
    expect(clarifies.to.text).toBe("They all want to be part of this. And this is only the first wave.");
  });
});

describe("the demo data as of a past day", () => {
  it("holds the statements made by then, and marks the Hague summit only once it was held", async () => {
    const madeBy = (day: string) => demoData.statements.filter((s) => s.dateEnd <= day).length;
    for (const day of ["2024-12-31", "2025-06-30"]) {
      const page = await timelineAsOf(emptyFilters, day);
      expect(page.total, day).toBe(madeBy(day));
      expect(page.total, day).toBeGreaterThan(0);
    }
    expect(madeBy("2025-06-30")).toBeGreaterThan(madeBy("2024-12-31"));
    expect((await timelineAsOf(emptyFilters, "2025-06-30")).entries.map((s) => s.text)).toContainEqual(
      expect.stringMatching(/^Daddy has to sometimes use strong language/),
    );
    const summits = async (day: string) => (await eventsBetween("2025-06-01", "2025-06-30", ["SUMMIT"], asOfEnd(day))).map((e) => e.date);
    expect(await summits("2025-06-24")).toEqual([]);
    expect(await summits("2025-06-30")).toEqual(["2025-06-25"]);
  });

  it("is never recorded later than now", () => {
    const now = new Date("2025-03-01T12:00:00Z");
    expect(demoRecordedAt("2025-02-10", now)).toEqual(new Date("2025-02-10T20:00:00Z"));
    expect(demoRecordedAt("2025-03-01", now)).toEqual(now);
    expect(demoRecordedAt(null, now)).toBeUndefined();
  });
});
