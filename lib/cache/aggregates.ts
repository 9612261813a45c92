import "server-only";
import { cache as perRequest } from "react";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/url";
import { Prisma } from "@/lib/generated/prisma/client";
import { createAggregateCache } from "./aggregate-cache";
import { isCachedRender, markStaleCachedRender } from "./cached-render";

// Aggregates that no table keeps (facets of a filtered view, a topic's claims, a feed) are computed
// once per data version and shared by every reader. The version: every write made through the app
// adds a Revision; on SQLite, PRAGMA data_version changes when another connection (a script, a
// second process) commits; on PostgreSQL, triggers bump the data_version row at the commit of any
// change to what readers see. Another instance on a shared database sees both, so this cache
// needs no message between instances.
const changeCounter = () =>
  databaseProvider() === "postgres"
    ? db.$queryRaw<{ v: bigint | number | null }[]>`SELECT "version" AS v FROM "data_version"`
    : db.$queryRawUnsafe<{ v: bigint | number }[]>("SELECT data_version AS v FROM pragma_data_version");

// Asked once per request (React's cache is per server render; elsewhere it calls straight
// through): a page reads several cached aggregates, and each check costs two queries.
const dataVersion = perRequest(async function dataVersion(): Promise<string> {
  const [revision, counter] = await Promise.all([
    db.$queryRaw<{ v: bigint | number | null }[]>`SELECT MAX("id") AS v FROM "Revision"`,
    changeCounter(),
  ]);
  return `${revision[0]?.v ?? 0}:${counter[0]?.v ?? 0}`;
});

// AGGREGATE_FRESH_WITHIN_MS (default 100): how long the first reader after a write waits for the
// new figures before it is given the previous ones. A deployment that must never show figures
// older than a write sets it high (the multi-instance browser test does).
const freshWithinMs = /^\d+$/.test(process.env.AGGREGATE_FRESH_WITHIN_MS ?? "") ? Number(process.env.AGGREGATE_FRESH_WITHIN_MS) : 100;

// The version of what some page-cache tags cover (lib/cache/page-tags.ts): the newest number
// the triggers gave them. An aggregate of one topic or speaker keeps across writes elsewhere.
const tagVersion = perRequest(async function tagVersion(tagList: string): Promise<string> {
  const rows = await db.$queryRaw<{ v: bigint | number | null }[]>`
    SELECT MAX("seq") AS v FROM "CacheTag" WHERE "tag" IN (${Prisma.join(tagList.split(","))})`;
  return `tags:${rows[0]?.v ?? 0}`;
});

const aggregates = createAggregateCache({ maxEntries: 500, freshWithinMs });

/**
 * The aggregate under `key` for the current data, or (with `tags`) for the current state of what
 * those tags cover. After a write the first reader starts one recomputation and waits for it at
 * most 100 ms (AGGREGATE_FRESH_WITHIN_MS); readers meanwhile (and that reader, when the
 * recomputation takes longer) get the figures from before the write. Readers of a key never seen
 * before all wait for the same single computation. A page rendered for the page cache is given
 * the older figures on the same terms, and is then served but not kept (markStaleCachedRender).
 */
export async function cachedAggregate<T>(key: string, compute: () => Promise<T>, tags?: string[]): Promise<T> {
  const version = tags && tags.length > 0 ? await tagVersion([...tags, "catalog"].sort().join(",")) : await dataVersion();
  let stale = false;
  const value = await aggregates.get(key, version, compute, {
    onStale: () => {
      stale = true;
    },
  });
  if (stale && isCachedRender()) await markStaleCachedRender();
  return value;
}

/** cachedAggregate of what some page-cache tags cover ('topic:<id>', 'speaker:<id>'; 'catalog' is added). */
export const cachedByTags = <T>(tags: string[], key: string, compute: () => Promise<T>): Promise<T> => cachedAggregate(key, compute, tags);
