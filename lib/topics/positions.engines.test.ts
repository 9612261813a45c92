import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { createStatement } from "@/lib/statements/mutations";
import { createTestUser } from "@/lib/testing/users";
import { numericSeries, speakerPositions, stancePoints, topicsOverview, viewDetails } from "./positions";

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

// Every reader after a write gets figures that include it, by default (no stale-while-revalidate).
describe("aggregates after a write", () => {
  const rutteOn = async (topicSlug: string) =>
    db.statement.findFirstOrThrow({
      where: { speaker: { slug: "mark-rutte" }, status: "PUBLISHED", deletedAt: null, stances: { some: { topic: { slug: topicSlug } } } },
      select: { id: true },
    });

  it("viewDetails gives a claim added to a statement of the view, and keeps its figures across a write elsewhere", async () => {
    const filters = parseTimelineFilters({ topic: "air-and-missile-defence" });
    const before = await viewDetails(filters);
    const onTopic = await rutteOn("air-and-missile-defence");
    await db.claim.create({ data: { statementId: onTopic.id, text: "Fresh claim", kind: "FACTUAL" } });
    const after = await viewDetails(filters);
    expect(after.claims.filter((c) => c.text === "Fresh claim")).toHaveLength(1);
    expect(after.claims).toHaveLength(before.claims.length + 1);

    // A claim on a statement of the bulk topic only, which this view does not hold.
    const elsewhere = await db.statement.findFirstOrThrow({ where: { text: "Bulk statement 10" }, select: { id: true } });
    await db.claim.create({ data: { statementId: elsewhere.id, text: "Claim elsewhere", kind: "FACTUAL" } });
    expect(await viewDetails(filters)).toBe(after);
  });

  it("topicsOverview counts a statement newly on a topic and gives the new latest stance of its main speaker", async () => {
    const before = (await topicsOverview()).find((t) => t.slug === "bulk-topic")!;
    expect(before).toMatchObject({ statementCount: MANY, mainSpeaker: { slug: "mark-rutte", count: MANY }, current: { stances: ["FOR"] } });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "bulk-topic" } });
    const speaker = await db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } });
    // Through the app's own write, which leaves the revision the facet index catches up from.
    const actor = await createTestUser("ANALYST");
    const source = await db.source.findFirstOrThrow({ where: { title: "Bulk source" } });
    await createStatement(
      db,
      {
        speaker: { kind: "existing", id: speaker.id },
        date: { start: "2024-06-01", end: "2024-06-01", precision: "DAY" },
        event: null,
        kind: "QUOTE",
        text: "Bulk statement, later and against.",
        context: "",
        language: "en",
        status: "PUBLISHED",
        sources: [{ key: "0", kind: "existing", id: source.id }],
        topics: [{ key: "0", topicId: topic.id, stance: "AGAINST", hedging: null, shiftNote: "Changed course.", shiftSeen: null }],
        claims: [],
        confirmDuplicate: true,
      },
      actor.id,
    );
    const after = (await topicsOverview()).find((t) => t.slug === "bulk-topic")!;
    expect(after).toMatchObject({
      statementCount: MANY + 1,
      mainSpeaker: { slug: "mark-rutte", count: MANY + 1 },
      current: { stances: ["AGAINST"] },
    });
  });

  it("stancePoints and speakerPositions give a stance changed by a write", async () => {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "bulk-topic" } });
    const speaker = await db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } });
    const latest = async () => (await stancePoints(topic.id, "mark-rutte")).at(-1)!;
    expect((await speakerPositions(speaker.id)).get("bulk-topic")?.stances).toEqual(["AGAINST"]);
    const last = await latest();
    await db.stance.update({
      where: { statementId_topicId: { statementId: last.statementId, topicId: topic.id } },
      data: { stance: "STRONGLY_FOR" },
    });
    expect((await latest()).stance).toBe("STRONGLY_FOR");
    expect((await speakerPositions(speaker.id)).get("bulk-topic")?.stances).toEqual(["STRONGLY_FOR"]);
  });
});
