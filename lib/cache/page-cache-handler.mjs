// @ts-check
// Next.js's page cache for this app (next.config.ts `cacheHandler`): rendered reader pages kept in
// this process's memory, each with the tags it depends on (lib/cache/page-tags.ts) and the number
// of the database's CacheTag sequence read just before it was rendered. Triggers bump a tag's
// number in the transaction of every write that changes it (migration `cache_tags`), so a page is
// served only while none of its tags has a newer number than the page: after any write, by any
// process or app instance on the same database, the pages it touched are rendered again on their
// next request, and the others stay. No message between instances: the database is the one place
// where expirations live. Plain JavaScript because Next loads this file as it is, outside its build.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Pages older than this are rendered again: a citation's access date is the day of rendering. */
const MAX_AGE_MS = 60 * 60 * 1000;
const MAX_BYTES = (Number(process.env.PAGE_CACHE_MB) || 128) * 1024 * 1024;
/** The tags the triggers maintain; an entry without one of them is not ours to keep. */
const DOMAIN_TAG = /^(statements|catalog|speaker:\d+|topic:\d+)$/;

/**
 * latest: the sequence now; newest: the newest number among tags, and the sequence now.
 * @typedef {{ latest(): Promise<number>, newest(tags: string[]): Promise<{ tags: number, latest: number }> }} TagReader
 * @typedef {{ value: any, lastModified: number, seq: number, tags: string[], bytes: number }} Entry
 */

const LATEST = `(SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') AS latest`;
const NEWEST_PG = `SELECT COALESCE(MAX("seq"), 0) AS tags, ${LATEST} FROM "CacheTag" WHERE "tag" = ANY($1)`;
const NEWEST_SQLITE = `SELECT COALESCE(MAX("seq"), 0) AS tags, ${LATEST} FROM "CacheTag" WHERE "tag" IN (SELECT value FROM json_each(?))`;

/** @returns {TagReader} */
function openTagReader() {
  const url = process.env.DATABASE_URL || "file:./data/tracker.db";
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { Pool } = require("pg");
    const parsed = new URL(url);
    const schema = parsed.searchParams.get("schema");
    parsed.searchParams.delete("schema");
    const pool = new Pool({
      connectionString: parsed.toString(),
      max: 2,
      allowExitOnIdle: true,
      ...(schema ? { options: `-c search_path="${schema.replace(/"/g, '""')}"` } : {}),
    });
    // An idle connection the server closes (a restart) is replaced on the next query.
    pool.on("error", (error) => console.error("Page cache: a database connection failed:", error.message));
    return {
      latest: async () => Number((await pool.query(`SELECT "seq" FROM "CacheTag" WHERE "tag" = '*'`)).rows[0].seq),
      newest: async (tags) => {
        const row = (await pool.query(NEWEST_PG, [tags])).rows[0];
        return { tags: Number(row.tags), latest: Number(row.latest) };
      },
    };
  }
  const Database = require("better-sqlite3");
  const db = new Database(url.replace(/^file:/, "").replace(/\?.*$/, ""), { fileMustExist: true, timeout: 5000 });
  const latest = db.prepare(`SELECT "seq" FROM "CacheTag" WHERE "tag" = '*'`).pluck();
  const newest = db.prepare(NEWEST_SQLITE);
  return {
    latest: async () => Number(latest.get()),
    newest: async (tags) => {
      const row = /** @type {{ tags: number, latest: number }} */ (newest.get(JSON.stringify(tags)));
      return { tags: Number(row.tags), latest: Number(row.latest) };
    },
  };
}

/** @type {TagReader | null} */
let reader = null;
/** The tag table, or null while it cannot be read (a build without a database, before migrating). */
function tagReader() {
  if (!reader) {
    try {
      reader = openTagReader();
    } catch {
      return null;
    }
  }
  return reader;
}

/** @type {Map<string, Entry>} in least-recently-used order */
const entries = new Map();
/** @type {Map<string, number>} the sequence number read before a page's render, by key */
const renderStarts = new Map();
let totalBytes = 0;

/** @param {any} value */
function sizeOf(value) {
  let bytes = 0;
  if (value?.html) bytes += value.html.length;
  if (value?.rscData) bytes += value.rscData.length;
  if (value?.segmentData instanceof Map) for (const segment of value.segmentData.values()) bytes += segment.length;
  if (value?.data?.body) bytes += value.data.body.length;
  return bytes + 1024;
}

/** @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const tags = typeof header === "string" ? header.split(",") : Array.isArray(ctx?.tags) ? ctx.tags : [];
  return [...new Set(tags.filter((tag) => DOMAIN_TAG.test(tag)))];
}

/** The tag lib/cache/cached-render.ts gives a page rendered with an older version's figures. */
const STALE_RENDER_TAG = "render:stale";

/** @param {any} value */
function renderedStale(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header.split(",").includes(STALE_RENDER_TAG);
}

/** @param {string} key */
function forget(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

/** @param {string} key @param {TagReader} tags */
async function miss(key, tags) {
  renderStarts.set(key, await tags.latest());
  return null;
}

export default class PageCacheHandler {
  /** @param {string} key */
  async get(key) {
    const tags = tagReader();
    if (!tags) return null;
    try {
      const entry = entries.get(key);
      if (!entry) return await miss(key, tags);
      const now = await tags.newest(entry.tags);
      // A sequence behind the page's means another database (a restored backup): drop it too.
      if (Date.now() - entry.lastModified > MAX_AGE_MS || now.tags > entry.seq || now.latest < entry.seq) {
        forget(key);
        return await miss(key, tags);
      }
      entries.delete(key);
      entries.set(key, entry);
      return { lastModified: entry.lastModified, value: entry.value };
    } catch (error) {
      // An unreadable tag table must not serve a page that may be stale, nor fail the request.
      console.error("Page cache: cannot read the tag table; rendering without the cache.", error);
      reader = null;
      renderStarts.delete(key);
      return null;
    }
  }

  /** @param {string} key @param {any} value @param {any} ctx */
  async set(key, value, ctx) {
    const seq = renderStarts.get(key);
    renderStarts.delete(key);
    forget(key);
    const tags = tagsOf(value, ctx);
    // Kept only when we know what it depends on and when its render began, and not when it was
    // rendered with figures from before a write (lib/cache/cached-render.ts).
    if (!value || seq === undefined || tags.length === 0 || renderedStale(value)) return;
    const entry = { value, lastModified: Date.now(), seq, tags, bytes: sizeOf(value) };
    entries.set(key, entry);
    totalBytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= MAX_BYTES) break;
      forget(oldest);
    }
  }

  // Expirations come from the database's triggers, whoever wrote; revalidatePath/revalidateTag
  // calls of the app's actions have nothing to add.
  async revalidateTag() {}

  resetRequestCache() {}
}
