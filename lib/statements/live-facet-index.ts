// The facet index of this process, kept current with the database. Loaded once, on first use;
// then every read first catches up with what changed since: the audit trail's new rows say which
// statements (or sources, speakers, topics) a write changed, and only those are read again. A
// change that left no revision (a script, a bulk load, another program) still bumps the content
// sequence the page-cache triggers keep ('*' in CacheTag, on both engines, for any connection):
// then the index is rebuilt in the background while readers keep the current one. Another
// instance on the same database catches up the same way, so no message passes between them.
import "server-only";
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { toFtsQuery, type FtsQuery } from "@/lib/search/fts-query";
import { FacetIndex, type IndexedStatement, type NamedRecord } from "./facet-index";
import type { TimelineFilters } from "./filters";
import { readerVisibleSql } from "./visibility";

type Client = Pick<typeof db, "$queryRaw">;

interface Version {
  revision: number;
  content: number;
}

interface State extends Version {
  index: FacetIndex;
  /** Revision ids below `revision` not seen yet (a transaction still open when they were read), with when first missed. */
  gaps: Map<number, number>;
  /** How many catch-ups changed statements in this index, and which statements each of the latest ones changed (what cached search matches are brought up to date from). */
  step: number;
  changes: { step: number; ids: number[] }[];
  /** Which load of the index this is: cached matches name it rather than hold on to a replaced index. */
  load: number;
}

const CHUNK = 20_000;
/** Beyond this many revisions at once (a large import), a rebuild is cheaper than catching up. */
const MAX_CATCH_UP = 20_000;
/** How long a missing revision id is looked for again: a PostgreSQL transaction may commit after a later one. */
const GAP_WAIT_MS = 120_000;
/** How far below the newest revision a fresh index looks for ids still missing. */
const GAP_WINDOW = 200;

const toNumber = (value: bigint | number | null | undefined) => Number(value ?? 0);

async function currentVersion(client: Client): Promise<Version> {
  const rows = await client.$queryRaw<{ r: bigint | number | null; c: bigint | number | null }[]>`
    SELECT (SELECT MAX("id") FROM "Revision") AS r, (SELECT "seq" FROM "CacheTag" WHERE "tag" = '*') AS c`;
  return { revision: toNumber(rows[0]?.r), content: toNumber(rows[0]?.c) };
}

/**
 * The visible statements among `where` (an SQL condition on `s`), as the index keeps them. Each
 * statement comes as one line of text (its fields, its stances, source kinds and claim statuses
 * packed): a driver pays per value returned, and this is several times cheaper than a row per
 * stance, source and claim.
 */
async function readStatements(client: Client, where: Prisma.Sql): Promise<IndexedStatement[]> {
  const list = (expression: Prisma.Sql, from: Prisma.Sql) =>
    Prisma.sql`COALESCE((SELECT ${dialect().distinctList(expression)} ${from}), '')`;
  const rows = await client.$queryRaw<{ line: string }[]>`
    SELECT s."id" || '|' || s."speakerId" || '|' || CAST(s."kind" AS TEXT) || '|' || s."dateStart" || '|' || s."dateEnd"
      || '|' || s."dateSort"
      || '|' || ${list(Prisma.sql`st."topicId" || ':' || CAST(st."stance" AS TEXT)`, Prisma.sql`FROM "Stance" st WHERE st."statementId" = s."id"`)}
      || '|' || ${list(
        Prisma.sql`CAST(so."kind" AS TEXT)`,
        Prisma.sql`FROM "StatementSource" ss JOIN "Source" so ON so."id" = ss."sourceId" WHERE ss."statementId" = s."id"`,
      )}
      || '|' || ${list(Prisma.sql`CAST(c."status" AS TEXT)`, Prisma.sql`FROM "Claim" c WHERE c."statementId" = s."id"`)} AS line
    FROM "Statement" s WHERE ${readerVisibleSql()} AND ${where}`;
  const values = (text: string | undefined) => (text ? text.split(",") : []);
  return rows.map(({ line }) => {
    const [id, speakerId, kind, dateStart, dateEnd, dateSort, stances, sources, claims] = line.split("|");
    return {
      id: Number(id),
      speakerId: Number(speakerId),
      kind: kind!,
      dateStart: dateStart!,
      dateEnd: dateEnd!,
      dateSort: dateSort!,
      stances: values(stances).map((pair) => {
        const colon = pair.indexOf(":");
        return { topicId: Number(pair.slice(0, colon)), stance: pair.slice(colon + 1) };
      }),
      sourceKinds: values(sources),
      claimStatuses: values(claims),
    };
  });
}

async function readNames(client: Client): Promise<{ people: NamedRecord[]; topics: NamedRecord[] }> {
  type Row = { id: number; slug: string; name: string; deleted: bigint | number | boolean };
  const [people, topics] = await Promise.all([
    client.$queryRaw<Row[]>`SELECT "id" AS id, "slug" AS slug, "name" AS name, "deletedAt" IS NOT NULL AS deleted FROM "Person"`,
    client.$queryRaw<Row[]>`SELECT "id" AS id, "slug" AS slug, "name" AS name, "deletedAt" IS NOT NULL AS deleted FROM "Topic"`,
  ]);
  const plain = (r: Row) => ({ id: Number(r.id), slug: r.slug, name: r.name, deleted: Boolean(Number(r.deleted)) });
  return { people: people.map(plain), topics: topics.map(plain) };
}

// SQLite commits one writer at a time, in the order of the ids it gives; PostgreSQL's transactions
// take ids as they write and may commit in another order, so a lower id can appear later.
const tracksGaps = () => dialect().provider === "postgres";

/** Revision ids in (newest - window, newest] that are not there (yet). */
async function missingRevisions(client: Client, newest: number, window: number, now: number): Promise<Map<number, number>> {
  const rows = await client.$queryRaw<{ id: number }[]>`SELECT "id" AS id FROM "Revision" WHERE "id" > ${newest - window}`;
  const present = new Set(rows.map((r) => Number(r.id)));
  const gaps = new Map<number, number>();
  for (let id = Math.max(1, newest - window + 1); id <= newest; id++) if (!present.has(id)) gaps.set(id, now);
  return gaps;
}

/** How often this process has built the index from scratch (tests check that writes are caught up, not rebuilt). */
export const facetIndexLoads = { count: 0 };

/** Builds the index from scratch, a chunk of statements at a time (the event loop breathes between). */
export async function loadFacetIndex(client: Client): Promise<State> {
  const load = ++facetIndexLoads.count;
  const version = await currentVersion(client);
  const index = new FacetIndex();
  let after = 0;
  for (;;) {
    const bounds = await client.$queryRaw<{ last: bigint | number | null }[]>`
      SELECT MAX("id") AS last FROM (SELECT s."id" FROM "Statement" s WHERE s."id" > ${after} ORDER BY s."id" LIMIT ${CHUNK}) AS chunk`;
    const last = bounds[0]?.last;
    if (last === null || last === undefined) break;
    for (const statement of await readStatements(client, Prisma.sql`s."id" > ${after} AND s."id" <= ${Number(last)}`)) index.put(statement);
    after = Number(last);
  }
  const { people, topics } = await readNames(client);
  index.setNames(people, topics);
  const gaps = tracksGaps() ? await missingRevisions(client, version.revision, GAP_WINDOW, Date.now()) : new Map<number, number>();
  return { ...version, index, gaps, step: 0, changes: [], load };
}

/** How many catch-ups' changed statements a state remembers for the search matches cached before them. */
const CHANGES_KEPT = 50;

/** Applies the revisions after `state.revision` (and any missing before it) to the index. */
async function catchUp(client: Client, state: State, version: Version): Promise<boolean> {
  const now = Date.now();
  for (const [id, since] of state.gaps) if (now - since > GAP_WAIT_MS) state.gaps.delete(id);
  const gapIds = [...state.gaps.keys()];
  const revisions = await client.$queryRaw<{ id: number; entity: string; entityId: number }[]>`
    SELECT "id" AS id, "entity" AS entity, "entityId" AS "entityId" FROM "Revision"
    WHERE "id" > ${state.revision} ${gapIds.length > 0 ? Prisma.sql`OR "id" IN (${Prisma.join(gapIds)})` : Prisma.empty}
    ORDER BY "id" LIMIT ${MAX_CATCH_UP + 1}`;
  if (revisions.length > MAX_CATCH_UP) return false;
  const statements = new Set<number>();
  const sources = new Set<number>();
  let names = false;
  let newest = state.revision;
  for (const r of revisions) {
    const id = Number(r.id);
    state.gaps.delete(id);
    if (id > newest) {
      if (tracksGaps()) for (let missing = newest + 1; missing < id; missing++) state.gaps.set(missing, now);
      newest = id;
    }
    if (r.entity === "Statement") statements.add(Number(r.entityId));
    else if (r.entity === "Source") sources.add(Number(r.entityId));
    else if (r.entity === "Person" || r.entity === "Topic") names = true;
  }
  if (sources.size > 0) {
    // A source's kind shows in the facets of every statement that cites it.
    const linked = await client.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT "statementId" AS id FROM "StatementSource" WHERE "sourceId" IN (${Prisma.join([...sources])})`;
    for (const r of linked) statements.add(Number(r.id));
  }
  const ids = [...statements];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = await readStatements(client, Prisma.sql`s."id" IN (${Prisma.join(chunk)})`);
    for (const id of chunk) state.index.remove(id);
    for (const row of rows) state.index.put(row);
  }
  if (ids.length > 0) {
    state.changes.push({ step: ++state.step, ids });
    if (state.changes.length > CHANGES_KEPT) state.changes.shift();
  }
  if (names) {
    const { people, topics } = await readNames(client);
    state.index.setNames(people, topics);
  }
  state.revision = Math.max(newest, version.revision);
  state.content = version.content;
  return true;
}

// One index per process (kept on globalThis so that `next dev`'s reloads share it).
const shared = globalThis as unknown as {
  facetIndex?: {
    state: State | null;
    loading: Promise<State> | null;
    rebuilding: Promise<void> | null;
    checking: Promise<State> | null;
    queued: Promise<State> | null;
  };
};
const live = (shared.facetIndex ??= { state: null, loading: null, rebuilding: null, checking: null, queued: null });

/** Rebuilds the index in the background (one rebuild at a time); readers keep the current one. */
function rebuildInBackground(client: Client) {
  if (live.rebuilding) return;
  live.rebuilding = loadFacetIndex(client)
    .then((state) => {
      live.state = state;
    })
    .catch((error: unknown) => console.error("Rebuilding the facet index failed:", error))
    .finally(() => {
      live.rebuilding = null;
    });
}

async function check(client: Client): Promise<State> {
  if (!live.state) {
    live.loading ??= loadFacetIndex(client).finally(() => {
      live.loading = null;
    });
    live.state = await live.loading;
    return live.state;
  }
  const state = live.state;
  const version = await currentVersion(client);
  if (version.revision === state.revision && version.content === state.content && state.gaps.size === 0) return state;
  if (version.revision > state.revision || state.gaps.size > 0) {
    if (!(await catchUp(client, state, version))) rebuildInBackground(client);
  } else if (version.content !== state.content) {
    // Changed without a revision: only a full read can tell what.
    rebuildInBackground(client);
  }
  // Rows replaced by edits pile up as dead slots; a rebuild packs them.
  if (state.index.deadSlots > Math.max(10_000, state.index.size)) rebuildInBackground(client);
  return live.state;
}

/**
 * The index as of now: every write committed before the call is in it, except changes made
 * without a revision, which a background rebuild brings in shortly. Concurrent callers share one
 * check; one arriving while a check runs waits for the next (which sees its predecessors' writes).
 */
function currentState(client: Client): Promise<State> {
  const run = (): Promise<State> => {
    const promise = check(client).finally(() => {
      if (live.checking === promise) live.checking = null;
    });
    live.checking = promise;
    return promise;
  };
  if (!live.checking) return run();
  live.queued ??= live.checking
    .catch(() => undefined)
    .then(() => {
      live.queued = null;
      return run();
    });
  return live.queued;
}

/** The index as of now, as `currentState` keeps it. */
export const currentFacetIndex = (client: Client = db): Promise<FacetIndex> => currentState(client).then((state) => state.index);

/** The current index and which load of it this is: a value counted on it is counted again on a rebuilt one. */
export const currentFacetIndexLoad = (client: Client = db): Promise<{ index: FacetIndex; load: number }> =>
  currentState(client).then(({ index, load }) => ({ index, load }));

/**
 * Whether the index has been loaded in this process. The first load after a start reads every
 * visible statement (seconds of CPU at 100,000, about half a minute at 1,000,000): until it ends,
 * a page's list counts in SQL instead of waiting for it (see timelineCount).
 */
export const facetIndexLoaded = (): boolean => live.state !== null;

/** Starts the first load in the background, once (a server start, or a reader who does not wait for it). */
export function warmFacetIndex(client: Client = db): void {
  if (live.state || live.loading) return;
  currentFacetIndex(client).catch((error: unknown) => console.error("Loading the facet index failed:", error));
}

/** Forgets the index (tests that replace the database under it). */
export function resetFacetIndex() {
  live.state = null;
}

/** Waits for a background rebuild, if one runs (tests and benchmarks). */
export async function facetIndexSettled(): Promise<void> {
  while (live.rebuilding) await live.rebuilding;
}

// The statements a search matches, per query, for one state of the index: the search index alone
// (the facet index holds only what readers see, so hidden matches count nowhere). After a write
// only the statements it changed are matched again, not the whole query: a common word matches
// tens of thousands of statements (60,539 of 100,000 for "patriot"), and reading them all again
// took 80 to 140 ms of CPU after every write, against about 1 ms for the write's own statements.
const matchCache = new Map<string, { load: number; step: number; ids: number[] }>();
const MATCH_CACHE_ENTRIES = 200;

/** The statements changed by the catch-ups after `step`, or null when the state no longer remembers them all. */
function changedSince(state: State, step: number): Set<number> | null {
  const newer = state.changes.filter((change) => change.step > step);
  if (newer.length !== state.step - step) return null;
  return new Set(newer.flatMap((change) => change.ids));
}

/** How often this process has read a search's matches in full (tests check that writes are matched again alone). */
export const searchMatchReads = { count: 0 };

async function readMatchIds(fts: FtsQuery, client: Client, among?: number[]): Promise<number[]> {
  if (!among) searchMatchReads.count++;
  const rows = await client.$queryRaw<Record<string, bigint | number>[]>`SELECT * FROM (${dialect().searchMatchIds(fts, among)}) AS m`;
  return rows.map((row) => Number(Object.values(row)[0]));
}

async function matchIds(fts: FtsQuery, client: Client): Promise<number[]> {
  const state = live.state;
  const step = state?.step ?? -1;
  const hit = matchCache.get(fts.match);
  let ids: number[] | null = null;
  if (hit && state && hit.load === state.load) {
    if (hit.step === step) return hit.ids;
    const changed = changedSince(state, hit.step);
    if (changed) {
      const among = [...changed];
      const matched = [];
      for (let i = 0; i < among.length; i += 1000) matched.push(...(await readMatchIds(fts, client, among.slice(i, i + 1000))));
      ids = hit.ids.filter((id) => !changed.has(id)).concat(matched);
    }
  }
  ids ??= await readMatchIds(fts, client);
  matchCache.delete(fts.match);
  if (state) matchCache.set(fts.match, { load: state.load, step, ids });
  if (matchCache.size > MATCH_CACHE_ENTRIES) matchCache.delete(matchCache.keys().next().value as string);
  return ids;
}

/**
 * The current index, with the ids of the statements the filters' text query matches (null when
 * the filters have no usable query: the SQL conditions then leave it out as well).
 */
export async function facetIndexFor(
  filters: TimelineFilters,
  client: Client = db,
): Promise<{ index: FacetIndex; matches: number[] | null }> {
  const index = await currentFacetIndex(client);
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  return { index, matches: fts ? await matchIds(fts, client) : null };
}
