import "server-only";
import { cache as perRequest } from "react";
import { db } from "@/lib/db/client";

// Aggregates (facet counts, month histograms) are cached until the data changes. Every write
// made through the app adds a Revision; PRAGMA data_version changes when another connection
// (a script, a second process) commits. Together they say whether cached figures still hold.
const MAX_ENTRIES = 500;
const cache = new Map<string, { version: string; value: unknown }>();

// Asked once per request (React's cache is per server render; elsewhere it calls straight
// through): a page reads several cached aggregates, and each check costs two queries.
const dataVersion = perRequest(async function dataVersion(): Promise<string> {
  const [revision, pragma] = await Promise.all([
    db.$queryRaw<{ v: bigint | number | null }[]>`SELECT MAX(id) AS v FROM Revision`,
    db.$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version"),
  ]);
  return `${revision[0]?.v ?? 0}:${pragma[0]?.data_version ?? 0}`;
});

export async function cachedByDataVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = await dataVersion();
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.value as T;
  }
  const value = await compute();
  cache.set(key, { version, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
