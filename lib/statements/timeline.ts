import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { format, parseISO, subDays } from "date-fns";
import { dialect } from "@/lib/db/dialect";
import { toFtsQuery } from "@/lib/search/fts-query";
import { searchHighlights } from "@/lib/search/search";
import { type TimelineFilters } from "./filters";
import { clipToRange, type MonthCount } from "./month-strip";
import { monthDays } from "@/lib/dates/months";
import { CLAIM_STATUSES } from "@/lib/claims/kinds";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { STANCES } from "@/lib/stances/scale";
import { summariesByIds, type StatementSummary } from "./queries";
import { readerVisibleSql } from "./visibility";
import type { FacetValue, Facets } from "./facet-index";
import { facetIndexFor, facetIndexLoaded, warmFacetIndex } from "./live-facet-index";

export const PAGE_SIZE = 25;

type Dimension = "speaker" | "topic" | "stance" | "date" | "kind" | "source" | "claims" | "q";

const inList = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

/** The longest date interval of any visible statement, in days: bounds date-range lookups on dateStart. */
async function longestIntervalDays(): Promise<number> {
  const rows = await db.$queryRaw<
    { days: string | null }[]
  >`SELECT MAX("value") AS days FROM "FacetCount" WHERE "dimension" = 'span' AND "count" > 0`;
  return Number(rows[0]?.days ?? 0);
}

/**
 * Statements with a row in `from` (whose `statementId` column is given) meeting `where`. Walking the
 * timeline in order (a broad view), each statement is tested with EXISTS; otherwise `s.id IN (…)`
 * lets SQLite start from the small side (a topic's stances, a status's claims).
 */
const withRow = (plan: { scanInOrder?: boolean }, from: Prisma.Sql, statementId: Prisma.Sql, where: Prisma.Sql): Prisma.Sql =>
  plan.scanInOrder
    ? Prisma.sql`EXISTS (SELECT 1 FROM ${from} WHERE ${statementId} = s."id" AND ${where})`
    : Prisma.sql`s."id" IN (SELECT ${statementId} FROM ${from} WHERE ${where})`;

/**
 * The SQL conditions for a set of filters on `Statement s`, leaving out one dimension when asked
 * (facet counts show what each choice would give with the other filters kept). Sub-selects are
 * written as `s.id IN (…)` so SQLite starts from the small side (a topic's stances, the matches
 * of a search) instead of probing every statement.
 */
async function conditions(filters: TimelineFilters, omit?: Dimension, plan: { scanInOrder?: boolean } = {}): Promise<Prisma.Sql> {
  const parts: Prisma.Sql[] = [readerVisibleSql()];
  if (omit !== "speaker" && filters.speakers.length > 0) {
    parts.push(Prisma.sql`s."speakerId" IN (SELECT "id" FROM "Person" WHERE "slug" IN (${inList(filters.speakers)}))`);
  }
  const topics = omit !== "topic" ? filters.topics : [];
  const stances = omit !== "stance" ? filters.stances : [];
  if (topics.length > 0 || stances.length > 0) {
    // A stance filter applies to the chosen topics when there are any, else to any topic.
    const where = [
      topics.length > 0 ? Prisma.sql`st."topicId" IN (SELECT "id" FROM "Topic" WHERE "slug" IN (${inList(topics)}))` : null,
      stances.length > 0 ? Prisma.sql`st."stance" IN (${inList(stances)})` : null,
    ].filter((part): part is Prisma.Sql => part !== null);
    parts.push(withRow(plan, Prisma.sql`"Stance" st`, Prisma.sql`st."statementId"`, Prisma.join(where, " AND ")));
  }
  if (omit !== "date" && (filters.from || filters.to)) {
    // An interval matches when it shares at least one day with the range. No interval is longer
    // than the longest one stored, which bounds the scan of the dateStart index from below.
    if (filters.to) parts.push(Prisma.sql`s."dateStart" <= ${filters.to}`);
    if (filters.from) {
      const earliest = format(subDays(parseISO(filters.from), await longestIntervalDays()), "yyyy-MM-dd");
      parts.push(Prisma.sql`s."dateEnd" >= ${filters.from} AND s."dateStart" >= ${earliest}`);
    }
  }
  if (omit !== "kind" && filters.kind) parts.push(Prisma.sql`s."kind" = ${filters.kind}`);
  if (omit !== "source" && filters.sourceKinds.length > 0) {
    parts.push(
      withRow(
        plan,
        Prisma.sql`"StatementSource" ss JOIN "Source" so ON so."id" = ss."sourceId"`,
        Prisma.sql`ss."statementId"`,
        Prisma.sql`so."kind" IN (${inList(filters.sourceKinds)})`,
      ),
    );
  }
  if (omit !== "claims") {
    if (filters.claims === "with") parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."statementId" = s."id")`);
    if (filters.claims === "without") parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Claim" c WHERE c."statementId" = s."id")`);
    if (filters.claimStatuses.length > 0) {
      parts.push(
        withRow(plan, Prisma.sql`"Claim" c`, Prisma.sql`c."statementId"`, Prisma.sql`c."status" IN (${inList(filters.claimStatuses)})`),
      );
    }
  }
  const fts = omit !== "q" && filters.q ? toFtsQuery(filters.q) : null;
  if (fts) {
    // `+s.id` keeps SQLite from driving the query from the matches; see orderedPlan.
    const id = plan.scanInOrder ? dialect().unindexed(Prisma.sql`s."id"`) : Prisma.sql`s."id"`;
    parts.push(Prisma.sql`${id} IN (${dialect().searchMatchIds(fts)})`);
  }
  return Prisma.join(parts, " AND ");
}

/** The timeline's SQL conditions, for views that add their own (the record as of a past day). */
export const timelineConditions = (filters: TimelineFilters) => conditions(filters);

const orderBy = (order: TimelineFilters["order"]) =>
  order === "oldest"
    ? Prisma.sql`s."dateSort" ASC, s."dateStart" ASC, s."id" ASC`
    : Prisma.sql`s."dateSort" DESC, s."dateStart" DESC, s."id" DESC`;

const toNumber = (value: bigint | number | null | undefined) => Number(value ?? 0);

export async function countStatements(filters: TimelineFilters, omit?: Dimension): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "Statement" s WHERE ${await conditions(filters, omit)}`;
  return toNumber(rows[0]?.n);
}

/** Views with more statements than this are walked in timeline order instead of sorting every match. */
const BROAD_VIEW = 2000;

/**
 * How to fetch one page in timeline order. By default SQLite collects every statement a
 * sub-select (a search, a source kind, a stance) matches and sorts them: fine for a few, slow
 * for many (the 50,000 news-article statements of 100,000 took 237 ms to sort against 18 ms for
 * walking the date index, testing each statement, until a page is full; a search of 35,000
 * matches 15 ms against 6 ms). Walking is slow when matches are rare, so the view's size, which
 * the facet index counts at once, decides.
 */
const orderedPlan = (total: number): { scanInOrder: boolean } => ({ scanInOrder: total > BROAD_VIEW });

export interface HighlightedText {
  /** The text split at search matches: odd-indexed parts are matches. */
  parts: string[];
  /** Where the match was, when it was not in the statement's own text. */
  matchedIn: "text" | "claims" | "sources" | null;
}

export interface TimelineEntry extends StatementSummary {
  highlight: HighlightedText | null;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  total: number;
  page: number;
  pageCount: number;
  searchUnusable: boolean;
}

const MARK_OPEN = "\u0001";
const MARK_CLOSE = "\u0002";

/** Splits FTS5 highlight output into plain text and matches; nothing in it is HTML. */
export function splitHighlight(value: string): string[] {
  const parts: string[] = [];
  let rest = value;
  for (;;) {
    const open = rest.indexOf(MARK_OPEN);
    if (open === -1) break;
    const close = rest.indexOf(MARK_CLOSE, open);
    if (close === -1) break;
    parts.push(rest.slice(0, open), rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  parts.push(rest);
  return parts;
}

async function highlights(ids: number[], q: string): Promise<Map<number, HighlightedText>> {
  const map = new Map<number, HighlightedText>();
  const rows = await searchHighlights(db, ids, q, { open: MARK_OPEN, close: MARK_CLOSE });
  for (const [id, row] of rows) {
    const text = splitHighlight(row.text);
    if (text.length > 1) map.set(id, { parts: text, matchedIn: "text" });
    else if (row.claims?.includes(MARK_OPEN)) map.set(id, { parts: splitHighlight(row.claims), matchedIn: "claims" });
    else if (row.sources?.includes(MARK_OPEN)) map.set(id, { parts: splitHighlight(row.sources), matchedIn: "sources" });
  }
  return map;
}

export async function timelinePage(filters: TimelineFilters, pageSize = PAGE_SIZE): Promise<TimelinePage> {
  const searchUnusable = filters.q !== "" && toFtsQuery(filters.q) === null;
  const total = await timelineCount(filters);
  const where = await conditions(filters, undefined, orderedPlan(total));
  const idRows = await db.$queryRaw<{ id: bigint }[]>`SELECT s."id" FROM "Statement" s WHERE ${where} ORDER BY ${orderBy(filters.order)}
      LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}`;
  const ids = idRows.map((r) => Number(r.id));
  const [summaries, marks] = await Promise.all([
    summariesByIds(ids),
    filters.q ? highlights(ids, filters.q) : new Map<number, HighlightedText>(),
  ]);
  return {
    entries: summaries.map((s) => ({ ...s, highlight: marks.get(s.id) ?? null })),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    searchUnusable,
  };
}

export type { FacetValue, Facets };

// Sorted here rather than in SQL, so that both engines give one order whatever the database's
// collation: names by count, then by code points; enum values (stances, kinds) by code points.
const byCodePoints = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || byCodePoints(a.label, b.label);
const byValue = (a: FacetValue, b: FacetValue) => byCodePoints(a.value, b.value);

/**
 * How many statements each choice would give, keeping the other filters: counted on the facet
 * index, which is kept current write by write, so no view waits for a recount after a write.
 */
export async function timelineFacets(filters: TimelineFilters): Promise<Facets> {
  const { index, matches } = await facetIndexFor(filters);
  return index.facets(filters, matches);
}

/**
 * How many statements match the filters, counted on the facet index (countStatements is the SQL).
 * Before the index's first load has ended (just after a start) the count comes from SQL, so the
 * list does not wait for the load; the facet counts, streamed after the list, do.
 */
export async function timelineCount(filters: TimelineFilters): Promise<number> {
  if (!facetIndexLoaded()) {
    warmFacetIndex();
    return countStatements(filters);
  }
  const { index, matches } = await facetIndexFor(filters);
  return index.count(filters, matches);
}

/** The facets counted from the statements themselves. */
export async function computeFacets(filters: TimelineFilters): Promise<Facets> {
  type Row = { value: string; label: string; n: bigint };
  const toFacet = (rows: Row[], order = byValue) => rows.map((r) => ({ value: r.value, label: r.label, count: toNumber(r.n) })).sort(order);
  const stanceTopics =
    filters.topics.length > 0
      ? Prisma.sql`AND st."topicId" IN (SELECT "id" FROM "Topic" WHERE "slug" IN (${inList(filters.topics)}))`
      : Prisma.empty;
  const [bySpeaker, byTopic, byStance, byKind, bySource, byClaims] = await Promise.all(
    (["speaker", "topic", "stance", "kind", "source", "claims"] as const).map((dimension) => conditions(filters, dimension)),
  );
  const [speakers, topics, stances, kinds, sourceKinds, claimStatuses, withClaims] = await Promise.all([
    db.$queryRaw<
      Row[]
    >`SELECT p."slug" AS value, p."name" AS label, COUNT(*) AS n FROM "Statement" s JOIN "Person" p ON p."id" = s."speakerId"
      WHERE ${bySpeaker} GROUP BY p."id" ORDER BY n DESC, p."name"`,
    db.$queryRaw<
      Row[]
    >`SELECT t."slug" AS value, t."name" AS label, COUNT(*) AS n FROM "Statement" s JOIN "Stance" st ON st."statementId" = s."id"
      JOIN "Topic" t ON t."id" = st."topicId" WHERE ${byTopic} GROUP BY t."id" ORDER BY n DESC, t."name"`,
    db.$queryRaw<Row[]>`SELECT st."stance" AS value, st."stance" AS label, COUNT(DISTINCT s."id") AS n FROM "Statement" s
      JOIN "Stance" st ON st."statementId" = s."id" WHERE ${byStance} ${stanceTopics} GROUP BY st."stance"`,
    db.$queryRaw<Row[]>`SELECT s."kind" AS value, s."kind" AS label, COUNT(*) AS n FROM "Statement" s WHERE ${byKind} GROUP BY s."kind"`,
    db.$queryRaw<Row[]>`SELECT so."kind" AS value, so."kind" AS label, COUNT(DISTINCT s."id") AS n FROM "Statement" s
      JOIN "StatementSource" ss ON ss."statementId" = s."id" JOIN "Source" so ON so."id" = ss."sourceId"
      WHERE ${bySource} GROUP BY so."kind"`,
    db.$queryRaw<Row[]>`SELECT c."status" AS value, c."status" AS label, COUNT(DISTINCT s."id") AS n FROM "Statement" s
      JOIN "Claim" c ON c."statementId" = s."id" WHERE ${byClaims} GROUP BY c."status"`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "Statement" s WHERE ${byClaims}
      AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."statementId" = s."id")`,
  ]);
  return {
    speakers: toFacet(speakers, byCount),
    topics: toFacet(topics, byCount),
    stances: toFacet(stances),
    kinds: toFacet(kinds),
    sourceKinds: toFacet(sourceKinds),
    claimStatuses: toFacet(claimStatuses),
    withClaims: toNumber(withClaims[0]?.n),
  };
}

/**
 * Every choice the filter form offers, without counts: what it shows while the counts are on their
 * way, and for good without JavaScript. Reads only the small speaker and topic tables.
 */
export async function facetChoices(): Promise<Facets> {
  const [people, topics] = await Promise.all([
    db.person.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.topic.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value, count: 0 }));
  return {
    speakers: people.map((p) => ({ value: p.slug, label: p.name, count: 0 })),
    topics: topics.map((t) => ({ value: t.slug, label: t.name, count: 0 })),
    stances: plain(STANCES),
    kinds: plain(["QUOTE", "PARAPHRASE"]),
    sourceKinds: plain(SOURCE_KINDS),
    claimStatuses: plain(CLAIM_STATUSES),
    withClaims: 0,
  };
}

/**
 * Statements per month (by the middle of their date interval) for the filters without the date
 * range, so the strip keeps its context; per stance on the topic when exactly one is chosen. With a
 * date range, a statement in the view whose interval reaches into the range but whose middle lies
 * outside it (a vague date) is counted in the range's nearest month: the strip then never shows a
 * bar of the view outside the range it was narrowed to.
 */
export async function monthlyCounts(filters: TimelineFilters): Promise<MonthCount[]> {
  const { index, matches } = await facetIndexFor(filters);
  return index.monthlyCounts(filters, matches);
}

/** Statements per month (and stance, for one topic) matching `where`. */
async function countByMonth(filters: TimelineFilters, where: Prisma.Sql): Promise<MonthCount[]> {
  const topic = filters.topics.length === 1 ? filters.topics[0]! : null;
  const rows = topic
    ? await db.$queryRaw<{ month: string; stance: string | null; n: bigint }[]>`
        SELECT substr(s."dateSort", 1, 7) AS month, st."stance" AS stance, COUNT(*) AS n FROM "Statement" s
        JOIN "Stance" st ON st."statementId" = s."id" AND st."topicId" = (SELECT "id" FROM "Topic" WHERE "slug" = ${topic})
        WHERE ${where} GROUP BY month, st."stance" ORDER BY month`
    : await db.$queryRaw<{ month: string; stance: string | null; n: bigint }[]>`
        SELECT substr(s."dateSort", 1, 7) AS month, NULL AS stance, COUNT(*) AS n FROM "Statement" s
        WHERE ${where} GROUP BY month ORDER BY month`;
  const months = new Map<string, MonthCount>();
  for (const row of rows) {
    const entry = months.get(row.month) ?? { month: row.month, total: 0, byStance: {} };
    const n = toNumber(row.n);
    entry.total += n;
    if (row.stance) entry.byStance[row.stance] = (entry.byStance[row.stance] ?? 0) + n;
    months.set(row.month, entry);
  }
  return [...months.values()];
}

/** Statements per month counted from the statements themselves (the date range left out). */
export async function computeMonthlyCounts(filters: TimelineFilters): Promise<MonthCount[]> {
  return countByMonth(filters, await conditions(filters, "date"));
}

/** The view's statements whose middle month lies outside its date range: vague dates that reach into it. */
async function countsOutsideRange(filters: TimelineFilters): Promise<MonthCount[]> {
  const outside = [
    filters.from ? Prisma.sql`s."dateSort" < ${monthDays(filters.from.slice(0, 7)).start}` : null,
    filters.to ? Prisma.sql`s."dateSort" > ${monthDays(filters.to.slice(0, 7)).end}` : null,
  ].filter((part): part is Prisma.Sql => part !== null);
  return countByMonth(filters, Prisma.sql`${await conditions(filters)} AND (${Prisma.join(outside, " OR ")})`);
}

/** monthlyCounts counted from the statements themselves: the reference the facet index is held to. */
export async function recountMonthlyCounts(filters: TimelineFilters): Promise<MonthCount[]> {
  const context = await computeMonthlyCounts(filters);
  if (!filters.from && !filters.to) return context;
  return clipToRange(context, await countsOutsideRange(filters), { from: filters.from, to: filters.to });
}

/** Display names for the speakers and topics named in the filters. */
export async function filterLabels(filters: TimelineFilters) {
  const [people, topics] = await Promise.all([
    filters.speakers.length ? db.person.findMany({ where: { slug: { in: filters.speakers } }, select: { slug: true, name: true } }) : [],
    filters.topics.length ? db.topic.findMany({ where: { slug: { in: filters.topics } }, select: { slug: true, name: true } }) : [],
  ]);
  return { speakers: new Map(people.map((p) => [p.slug, p.name])), topics: new Map(topics.map((t) => [t.slug, t.name])) };
}

/** Ids of every statement matching the filters, in the view's order (for per-view summaries). */
export async function matchingStatementIds(filters: TimelineFilters, limit = 5000): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: bigint }[]>`SELECT s."id" FROM "Statement" s WHERE ${await conditions(filters)}
    ORDER BY ${orderBy(filters.order)} LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}

/** Where a statement sits in the timeline's order: what keyset pages continue after. */
export interface StatementKey {
  id: number;
  dateSort: string;
  dateStart: string;
}

/**
 * The next `limit` statements matching the filters after `after`, in the view's order (dateSort,
 * dateStart, id), as a query (columns id, dateSort, dateStart). Keyset pages stay stable while
 * statements are added, unlike OFFSET pages, and cost the same at any depth: the read API's
 * cursors and the streaming exports walk results so. Returned as SQL because they run it on a
 * read-only connection of their own (lib/export/reader.ts).
 */
export async function matchingStatementKeysSql(filters: TimelineFilters, after: StatementKey | null, limit: number): Promise<Prisma.Sql> {
  // Spelled out rather than a row-value comparison, so SQLite can seek the dateSort index.
  const keyset = !after
    ? Prisma.empty
    : filters.order === "oldest"
      ? Prisma.sql`AND s."dateSort" >= ${after.dateSort} AND (s."dateSort" > ${after.dateSort} OR s."dateStart" > ${after.dateStart}
          OR (s."dateStart" = ${after.dateStart} AND s."id" > ${after.id}))`
      : Prisma.sql`AND s."dateSort" <= ${after.dateSort} AND (s."dateSort" < ${after.dateSort} OR s."dateStart" < ${after.dateStart}
          OR (s."dateStart" = ${after.dateStart} AND s."id" < ${after.id}))`;
  return Prisma.sql`SELECT s."id" AS id, s."dateSort" AS "dateSort", s."dateStart" AS "dateStart" FROM "Statement" s
    WHERE ${await conditions(filters)} ${keyset}
    ORDER BY ${orderBy(filters.order)} LIMIT ${limit}`;
}

/**
 * The most recently added or changed statements matching the filters, newest change first, as a
 * query (column id) for the open-data reader: the filtered Atom feeds select with the timeline's
 * own conditions, so a feed follows exactly the view it was linked from.
 */
export async function recentlyChangedIdsSql(filters: TimelineFilters, limit: number): Promise<Prisma.Sql> {
  return Prisma.sql`SELECT s."id" AS id FROM "Statement" s WHERE ${await conditions(filters)}
    ORDER BY s."updatedAt" DESC, s."id" DESC LIMIT ${limit}`;
}
