import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { findPublicStatement, summariesByIds } from "./queries";

beforeAll(async () => {
  await seedDemoData(db, demoData);
});

describe("statement summaries", () => {
  it("match the permalink's data for every demo statement, in the order asked", async () => {
    const ids = (await db.statement.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((s) => s.id);
    const summaries = await summariesByIds(ids);
    expect(summaries.map((s) => s.id)).toEqual(ids);
    for (const summary of summaries) {
      const lookup = await findPublicStatement(summary.id);
      if (lookup.state !== "found") throw new Error(`statement ${summary.id} not found`);
      const { statement } = lookup;
      expect(summary).toEqual({
        id: statement.id,
        date: statement.date,
        dateLabel: statement.dateLabel,
        dateDescription: statement.dateDescription,
        kind: statement.kind,
        text: statement.text,
        status: statement.status,
        language: statement.language,
        speaker: statement.speaker,
        event: statement.event,
        topics: statement.topics,
        sources: statement.sources.map(({ id, title, url, outlet, kind, publishedOn }) => ({ id, title, url, outlet, kind, publishedOn })),
        claimCount: statement.claims.length,
      });
    }
  });

  it("shows the role held on the statement's date", async () => {
    const paris = await db.statement.findFirstOrThrow({ where: { dateStart: "2024-11-12", speaker: { slug: "mark-rutte" } }, select: { id: true } });
    const [summary] = await summariesByIds([paris.id]);
    expect(summary?.speaker.roleThen).toMatch(/Secretary General/);
  });
});
