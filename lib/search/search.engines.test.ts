import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/url";
import { countSearchMatches, searchHighlights, searchStatementIds } from "./search";

// Runs on SQLite and on PostgreSQL (the same body; the engine comes from DATABASE_URL): search
// means the same on both, and each engine's index follows every change by itself (FTS5 triggers
// on SQLite, statement_search triggers on PostgreSQL).

const ids = new Map<string, number>();
const id = (key: string): number => {
  const value = ids.get(key);
  if (value === undefined) throw new Error(`no statement ${key}`);
  return value;
};

async function statement(key: string, text: string, extra: { claims?: string[]; sourceId?: number; status?: "DRAFT" } = {}) {
  const speaker = await db.person.upsert({
    where: { slug: "search-speaker" },
    update: {},
    create: { slug: "search-speaker", name: "Speaker" },
  });
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
  ids.set(key, created.id);
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
    expect(await search("nuclear deterrence")).toEqual([id("deterrence")]);
    expect(await search('"dark threat"')).toEqual([id("threat")]);
    expect(await search('"threat dark"')).toEqual([]);
    expect(await search("deter*")).toEqual([id("deterrence")]);
    expect(await search("Patriot OR deterrence")).toEqual([id("deterrence"), id("patriot")]);
    expect(await search("nuclear -backbone")).toEqual([]);
    expect(await countSearchMatches(db, "nuclear deterrence")).toBe(2); // the draft is indexed too
  });

  it("ignores case and accents, and searches claims and source titles", async () => {
    // FTS5 keeps Ł (no decomposition), unaccent makes it L: both find Łódź from "ŁODZ".
    expect(await search("ŁODZ elysee")).toEqual([id("threat")]);
    expect(await search("missile stocks")).toEqual([id("threat")]);
    expect(await search("bundestag")).toEqual([id("patriot")]);
  });

  it("follows edits of texts, claims, source titles and links, and deletions", async () => {
    await db.statement.update({ where: { id: id("deterrence") }, data: { text: "Arms control comes first." } });
    expect(await search("deterrence")).toEqual([]);
    expect(await search("arms control")).toEqual([id("deterrence")]);

    await db.claim.create({ data: { statementId: id("deterrence"), text: "Treaty signed in 1987" } });
    expect(await search("treaty")).toEqual([id("deterrence")]);

    await db.source.update({ where: { id: sourceId }, data: { title: "Sejm stenographic record" } });
    expect(await search("bundestag")).toEqual([]);
    expect(await search("sejm")).toEqual([id("patriot")]);

    await db.statementSource.deleteMany({ where: { statementId: id("patriot") } });
    expect(await search("sejm")).toEqual([]);

    await db.claim.deleteMany({ where: { statementId: id("threat") } });
    expect(await search("missile")).toEqual([]);

    await db.statement.delete({ where: { id: id("threat") } });
    expect(await countSearchMatches(db, "dark")).toBe(0);
  });

  it("marks every match in the text and in a fragment of the claims", async () => {
    const marks = { open: "[", close: "]" };
    await statement("marked", "Energy prices and energy security.", { claims: ["Gas prices fell by half"] });
    const highlight = (await searchHighlights(db, [id("marked")], "energy prices", marks)).get(id("marked"));
    expect(highlight?.text).toBe("[Energy] [prices] and [energy] security.");
    expect(highlight?.claims).toContain("[prices]");
  });
});
