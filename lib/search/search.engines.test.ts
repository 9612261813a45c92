import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/url";
import { countSearchMatches, searchHighlights, searchStatementIds } from "./search";

// Runs on SQLite and on PostgreSQL (the same body; the engine comes from DATABASE_URL): search
// means the same on both, and each engine's index follows every change by itself (FTS5 triggers
// on SQLite, statement_search triggers on PostgreSQL).

const ids: Record<string, number> = {};

async function statement(key: string, text: string, extra: { claims?: string[]; sourceId?: number; status?: "DRAFT" } = {}) {
  const speaker = await db.person.upsert({ where: { slug: "search-speaker" }, update: {}, create: { slug: "search-speaker", name: "Speaker" } });
  const created = await db.statement.create({
    data: {
      speakerId: speaker.id,
      dateStart: "2025-03-01",
      dateEnd: "2025-03-01",
      dateSort: "2025-03-01",
      text,
      status: extra.status ?? "PUBLISHED",
      claims: { create: (extra.claims ?? []).map((claim, position) => ({ text: claim, position })) },
      sources: extra.sourceId ? { create: [{ sourceId: extra.sourceId }] } : undefined,
    },
  });
  ids[key] = created.id;
}

let sourceId: number;

beforeAll(async () => {
  sourceId = (await db.source.create({ data: { title: "Bundestag plenary minutes" } })).id;
  await statement("deterrence", "Nuclear deterrence remains the backbone of our security.");
  await statement("threat", "There is no dark threat to Łódź, and the Élysée agrees.", { claims: ["Missile stocks doubled in 2024"] });
  await statement("patriot", "We will deliver Patriot systems this year.", { sourceId });
  await statement("draft", "Nuclear deterrence is a draft thought.", { status: "DRAFT" });
});

const search = (q: string) => searchStatementIds(db, q);

describe(`full-text search on ${databaseProvider()}`, () => {
  it("matches words, phrases, prefixes, OR and exclusions, for published statements only", async () => {
    expect(await search("nuclear deterrence")).toEqual([ids.deterrence]);
    expect(await search('"dark threat"')).toEqual([ids.threat]);
    expect(await search('"threat dark"')).toEqual([]);
    expect(await search("deter*")).toEqual([ids.deterrence]);
    expect(await search("Patriot OR deterrence")).toEqual([ids.deterrence, ids.patriot]);
    expect(await search("nuclear -backbone")).toEqual([]);
    expect(await countSearchMatches(db, "nuclear deterrence")).toBe(2); // the draft is indexed too
  });

  it("ignores case and accents, and searches claims and source titles", async () => {
    // FTS5 keeps Ł (no decomposition), unaccent makes it L: both find Łódź from "ŁODZ".
    expect(await search("ŁODZ elysee")).toEqual([ids.threat]);
    expect(await search("missile stocks")).toEqual([ids.threat]);
    expect(await search("bundestag")).toEqual([ids.patriot]);
  });

  it("follows edits of texts, claims, source titles and links, and deletions", async () => {
    await db.statement.update({ where: { id: ids.deterrence }, data: { text: "Arms control comes first." } });
    expect(await search("deterrence")).toEqual([]);
    expect(await search("arms control")).toEqual([ids.deterrence]);

    await db.claim.create({ data: { statementId: Number(ids.deterrence), text: "Treaty signed in 1987" } });
    expect(await search("treaty")).toEqual([ids.deterrence]);

    await db.source.update({ where: { id: sourceId }, data: { title: "Sejm stenographic record" } });
    expect(await search("bundestag")).toEqual([]);
    expect(await search("sejm")).toEqual([ids.patriot]);

    await db.statementSource.deleteMany({ where: { statementId: ids.patriot } });
    expect(await search("sejm")).toEqual([]);

    await db.claim.deleteMany({ where: { statementId: ids.threat } });
    expect(await search("missile")).toEqual([]);

    await db.statement.delete({ where: { id: ids.threat } });
    expect(await countSearchMatches(db, "dark")).toBe(0);
  });

  it("marks every match in the text and in a fragment of the claims", async () => {
    const marks = { open: "[", close: "]" };
    await statement("marked", "Energy prices and energy security.", { claims: ["Gas prices fell by half"] });
    const highlight = (await searchHighlights(db, [ids.marked ?? 0], "energy prices", marks)).get(ids.marked ?? 0);
    expect(highlight?.text).toBe("[Energy] [prices] and [energy] security.");
    expect(highlight?.claims).toContain("[prices]");
  });
});
