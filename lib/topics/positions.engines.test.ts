import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { numericSeries, viewDetails } from "./positions";

const MANY = 1200; // more than SQLite accepts as bound parameters in one IN list

beforeAll(async () => {
  await seedDemoData(db, demoData);
  const speaker = await db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } });
  const topic = await db.topic.create({ data: { slug: "bulk-topic", name: "Bulk topic", proposition: "Bulk" } });
  const source = await db.source.create({ data: { title: "Bulk source", kind: "OTHER" } });
  await db.statement.createMany({
    data: Array.from({ length: MANY }, (_, i) => ({
      speakerId: speaker.id,
      dateStart: "2020-01-01",
      dateEnd: "2020-01-01",
      dateSort: "2020-01-01",
      text: `Bulk statement ${i}`,
      status: "PUBLISHED" as const,
    })),
  });
  const ids = (
    await db.statement.findMany({ where: { text: { startsWith: "Bulk statement" } }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((s) => s.id);
  await db.stance.createMany({ data: ids.map((statementId) => ({ statementId, topicId: topic.id, stance: "FOR" as const })) });
  await db.statementSource.createMany({ data: ids.map((statementId) => ({ statementId, sourceId: source.id })) });
  await db.claim.createMany({
    data: ids
      .slice(0, 3)
      .map((statementId, i) => ({ statementId, text: `Target ${i}`, kind: "NUMERIC" as const, value: 2 + i, unit: "% of GDP" })),
  });
});

describe("viewDetails", () => {
  it("gathers the claims and sources of a view larger than one SQL parameter list", async () => {
    const details = await viewDetails(parseTimelineFilters({ topic: "bulk-topic", speaker: "mark-rutte" }));
    expect(details.sources).toEqual([expect.objectContaining({ title: "Bulk source", statements: MANY })]);
    expect(details.claims.map((c) => [c.text, c.value, c.unit, c.dateLabel])).toEqual([
      ["Target 0", 2, "% of GDP", "1 Jan 2020"],
      ["Target 1", 3, "% of GDP", "1 Jan 2020"],
      ["Target 2", 4, "% of GDP", "1 Jan 2020"],
    ]);
    expect(numericSeries(details.claims)).toEqual([{ unit: "% of GDP", points: details.claims }]);
  });

  it("reports the demo data's claims on a topic with their statements' dates", async () => {
    const details = await viewDetails(parseTimelineFilters({ topic: "air-and-missile-defence", speaker: "mark-rutte" }));
    expect(details.claims.some((c) => c.value === 400 && c.unit === "%")).toBe(true);
    expect(details.sources.length).toBeGreaterThan(0);
  });
});
