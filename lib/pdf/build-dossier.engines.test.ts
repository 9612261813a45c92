// What the PDF of a topic view holds, read from the database on each engine (the rendering itself
// is engine-neutral and tested in dossier.test.ts): the speaker's whole record as the topic page
// charts it, and only the view's published statements, oldest first.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/url";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { topicRecordLinks } from "@/lib/relations/queries";
import { stanceChartModel } from "@/lib/stances/chart-model";
import { positionHistory } from "@/lib/stances/positions";
import { stancePoints } from "@/lib/topics/positions";
import { readerVisible } from "@/lib/statements/visibility";
import { buildTopicDossier } from "./build-dossier";

const BASE = "https://tracker.example.org";

beforeAll(async () => {
  await seedDemoData(db, demoData);
});

describe(`topic dossier data on ${databaseProvider()}`, () => {
  it("charts the same record as the topic page and lists the view's statements oldest first", async () => {
    const topic = (await db.topic.findUniqueOrThrow({ where: { slug: "defence-spending" } })).id;
    const dossier = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte" }), "defence-spending", { baseUrl: BASE }))!;
    const page = await stancePoints(topic, "mark-rutte");
    expect(page.length).toBeGreaterThan(0);
    const links = await topicRecordLinks([...new Set(page.map((p) => p.statementId))]);
    expect(dossier.chart).toEqual(stanceChartModel(positionHistory(page), links.relations));
    expect(dossier.recordCount).toBe(new Set(page.map((p) => p.statementId)).size);
    const expected = await db.statement.findMany({
      where: { ...readerVisible, speaker: { slug: "mark-rutte" }, stances: { some: { topicId: topic } } },
      orderBy: [{ dateSort: "asc" }, { dateStart: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(dossier.statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
  });

  it("leaves out what the filters exclude, and finds no dossier for an unknown topic", async () => {
    const quotes = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte", kind: "quote" }), "defence-spending", {
      baseUrl: BASE,
    }))!;
    const all = (await buildTopicDossier(parseTimelineFilters({ speaker: "mark-rutte" }), "defence-spending", { baseUrl: BASE }))!;
    expect(quotes.statements.length).toBeLessThan(all.statements.length);
    expect(quotes.recordCount).toBe(all.recordCount); // the chart keeps the whole record
    expect(await buildTopicDossier(parseTimelineFilters({}), "no-such-topic", { baseUrl: BASE })).toBeNull();
  });
});
