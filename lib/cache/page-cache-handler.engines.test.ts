// Runs on SQLite and on PostgreSQL. The page cache serves a page only while none of its tags has
// changed since its render began; the database's triggers say what changed, in the write's own
// transaction, whoever wrote (this process or another instance). Guards against stale pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { createStatement, restoreStatement, softDeleteStatement, updateStatement } from "@/lib/statements/mutations";
import type { StatementInput } from "@/lib/statements/schema";
import { createTestUser } from "@/lib/testing/users";
import { STALE_RENDER_TAG } from "./cached-render";
import PageCacheHandler from "./page-cache-handler.mjs";

const otherInstance = createClient(databaseUrl());
afterAll(() => otherInstance.$disconnect());

let actorId: number;
let speakers: number[];
let topics: number[];
let sourceId: number;

beforeAll(async () => {
  actorId = (await createTestUser("ANALYST")).id;
  speakers = await Promise.all(["pc-anna", "pc-ben"].map(async (slug) => (await db.person.create({ data: { slug, name: slug } })).id));
  topics = await Promise.all(
    ["pc-aid", "pc-spending", "pc-nuclear"].map(
      async (slug) => (await db.topic.create({ data: { slug, name: slug, proposition: `${slug} matters` } })).id,
    ),
  );
  sourceId = (await db.source.create({ data: { title: "Source", url: "https://example.org/pc", kind: "VIDEO" } })).id;
});

let counter = 0;
function input(speaker: number, topicIds: number[], overrides: Partial<StatementInput> = {}): StatementInput {
  counter += 1;
  return {
    speaker: { kind: "existing", id: speaker },
    date: { start: "2024-11-12", end: "2024-11-12", precision: "DAY" },
    event: null,
    kind: "QUOTE",
    text: `Page cache statement ${counter}.`,
    context: "",
    language: "en",
    status: "PUBLISHED",
    sources: [{ key: "0", kind: "existing", id: sourceId }],
    topics: topicIds.map((topicId, i) => ({ key: String(i), topicId, stance: "FOR", hedging: null, shiftNote: null, shiftSeen: null })),
    claims: [],
    confirmDuplicate: true,
    ...overrides,
  };
}

async function versionOf(id: number) {
  return (await db.statement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

const cache = new PageCacheHandler();
const page = (tags: string[]) => ({
  kind: "APP_PAGE",
  html: "<html></html>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": [...tags, "_N_T_/layout"].join(",") },
  status: 200,
});

/** A render as Next.js does it: a miss, then the page stored. */
async function render(key: string, tags: string[]) {
  expect(await cache.get(key)).toBeNull();
  await cache.set(key, page(tags));
}

const cached = async (key: string) => (await cache.get(key)) !== null;

describe(`the page cache on ${databaseProvider()}`, () => {
  it("keeps a page until a write touches one of its tags, and only then", async () => {
    const topicPage = `/cached/topics/pc-aid/${databaseProvider()}`;
    const speakerPage = `/cached/speakers/pc-ben/${databaseProvider()}`;
    const timeline = `/cached/timeline/${databaseProvider()}`;
    await render(topicPage, [`topic:${topics[0]}`, "catalog"]);
    await render(speakerPage, [`speaker:${speakers[1]}`, "catalog"]);
    await render(timeline, ["statements", "catalog"]);
    expect(await cached(topicPage)).toBe(true);

    // A statement by Anna on spending: the timeline changes, Ben's page and the aid topic do not.
    const { id } = await createStatement(db, input(speakers[0]!, [topics[1]!]), actorId);
    expect(await cached(timeline)).toBe(false);
    expect(await cached(topicPage)).toBe(true);
    expect(await cached(speakerPage)).toBe(true);

    // Another instance moves it to Ben and to aid: both pages expire (the new speaker and topic).
    await updateStatement(otherInstance, id, { ...input(speakers[1]!, [topics[0]!]), version: await versionOf(id) } as never, actorId);
    expect(await cached(topicPage)).toBe(false);
    expect(await cached(speakerPage)).toBe(false);

    await render(topicPage, [`topic:${topics[0]}`, "catalog"]);
    await render(speakerPage, [`speaker:${speakers[1]}`, "catalog"]);
    // Deleting and restoring it changes both again.
    await softDeleteStatement(otherInstance, id, actorId);
    expect(await cached(topicPage)).toBe(false);
    expect(await cached(speakerPage)).toBe(false);
    await render(topicPage, [`topic:${topics[0]}`, "catalog"]);
    await restoreStatement(db, id, actorId);
    expect(await cached(topicPage)).toBe(false);
  });

  it("never keeps a page whose render began before a write that touches it", async () => {
    const key = `/cached/topics/pc-nuclear/${databaseProvider()}`;
    expect(await cache.get(key)).toBeNull(); // the render begins
    await createStatement(otherInstance, input(speakers[0]!, [topics[2]!]), actorId);
    await cache.set(key, page([`topic:${topics[2]}`, "catalog"])); // with what it read before the write
    expect(await cached(key)).toBe(false);
    await render(key, [`topic:${topics[2]}`, "catalog"]);
    expect(await cached(key)).toBe(true);
  });

  it("expires both ends' pages when a link between statements is added or removed, from either instance", async () => {
    // Anna's statement on spending, Ben's on nuclear: a link from Ben's to Anna's shows on Anna's page too.
    const annas = await createStatement(db, input(speakers[0]!, [topics[1]!]), actorId);
    const bens = await createStatement(db, input(speakers[1]!, [topics[2]!]), actorId);
    const annaPage = `/cached/statements/${annas.id}/${databaseProvider()}`;
    const spendingPage = `/cached/topics/pc-spending/links-${databaseProvider()}`;
    await render(annaPage, [`speaker:${speakers[0]}`, `topic:${topics[1]}`, "catalog"]);
    await render(spendingPage, [`topic:${topics[1]}`, "catalog"]);
    const linked = [{ key: "0", target: annas.id, type: "RESPONDS_TO" as const, note: "" }];
    await updateStatement(otherInstance, bens.id, { ...input(speakers[1]!, [topics[2]!]), relations: linked, version: 1 }, actorId);
    expect(await cached(annaPage)).toBe(false);
    expect(await cached(spendingPage)).toBe(false);

    await render(annaPage, [`speaker:${speakers[0]}`, `topic:${topics[1]}`, "catalog"]);
    await updateStatement(db, bens.id, { ...input(speakers[1]!, [topics[2]!]), relations: [], version: 2 }, actorId);
    expect(await cached(annaPage)).toBe(false);
  });

  it("expires every page when the catalog changes, and keeps nothing without tags it knows", async () => {
    const key = `/cached/speakers/pc-anna/${databaseProvider()}`;
    await render(key, [`speaker:${speakers[0]}`, "catalog"]);
    await otherInstance.topic.update({ where: { id: topics[2]! }, data: { name: "Renamed" } });
    expect(await cached(key)).toBe(false);

    const untagged = `/live/${databaseProvider()}`;
    await render(untagged, []);
    expect(await cached(untagged)).toBe(false);
  });

  it("does not keep a page rendered with figures from before a write", async () => {
    const key = `/cached/timeline/stale-${databaseProvider()}`;
    await render(key, ["statements", "catalog", STALE_RENDER_TAG]);
    expect(await cached(key)).toBe(false);
    await render(key, ["statements", "catalog"]);
    expect(await cached(key)).toBe(true);
  });
});
