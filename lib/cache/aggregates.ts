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

// AGGREGATE_STALE_AFTER_MS (unset by default): an operator's opt-in to stale-while-revalidate. Unset,
// the reader after a write waits for the one recomputation of each aggregate it reads, so no reader
// is given figures older than a write it could know of (on any instance). Set, the first reader
// after a write waits at most that long and is otherwise given the figures from before the write.
const staleAfterMs = /^\d+$/.test(process.env.AGGREGATE_STALE_AFTER_MS ?? "") ? Number(process.env.AGGREGATE_STALE_AFTER_MS) : null;

// The version of what some page-cache tags cover (lib/cache/page-tags.ts): the newest number
// the triggers gave them. An aggregate of one topic or speaker keeps across writes elsewhere.
const tagVersion = perRequest(async function tagVersion(tagList: string): Promise<string> {
  const rows = await db.$queryRaw<{ v: bigint | number | null }[]>`
    SELECT MAX("seq") AS v FROM "CacheTag" WHERE "tag" IN (${Prisma.join(tagList.split(","))})`;
  return `tags:${rows[0]?.v ?? 0}`;
});

const aggregates = createAggregateCache({ maxEntries: 500, staleAfterMs });

/**
 * The aggregate under `key` for the current data, or (with `tags`) for the current state of what
 * those tags cover. After a write, the readers of a key all wait for the same single
 * recomputation, which starts after the write, and get its result. Only with AGGREGATE_STALE_AFTER_MS
 * may a reader be given the figures from before the write; a page rendered for the page cache
 * given them is then served but not kept (markStaleCachedRender).
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
