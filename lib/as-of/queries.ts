import "server-only";
// Reader views as they stood at the end of a past day. A statement's past state is its snapshot
// today with the revisions written after the day undone (./reconstruct.ts). Only statements
// changed since the day need that: the others read as today, straight from the timeline's own
// SQL, restricted to statements recorded by then. So a view costs the revisions after the day
// plus one page of statements, never a replay of the whole history.
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { midpoint, overlaps, formatInterval, type DateInterval } from "@/lib/dates/precision";
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES, type ClaimStatusValue } from "@/lib/claims/kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FieldChanges, Snapshot } from "@/lib/revisions/diff";
import { parseSourceSnapshotLine, sourceSnapshotLine } from "@/lib/renderings/snapshot-line";
import { toFtsQuery } from "@/lib/search/fts-query";
import type { HedgingValue, Stance } from "@/lib/stances/scale";
import type { TimelineFilters } from "@/lib/statements/filters";
import { statementRecord, statementSnapshotSelect } from "@/lib/statements/mutations";
import { PAGE_SIZE, timelineConditions } from "@/lib/statements/timeline";
import { asOfEnd, parseAsOf, rawAsOf, type AsOfRequest } from "./as-of-date";
import { linesOf, parseDateLabel, parseStanceLine, rollBack, wasReaderVisible, type LaterRevision } from "./reconstruct";

/** A statement as readers saw it at the end of the day. */
export interface AsOfStatement {
  id: number;
  speaker: { name: string; slug: string | null };
  date: DateInterval | null;
  dateLabel: string;
  event: string | null;
  /** Today's event id while the occasion is unchanged (statements of one event are one occasion). */
  eventId: number | null;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  context: string;
  language: string;
  topics: { name: string; slug: string | null; stance: Stance; hedging: HedgingValue | null; shiftNote: string | null }[];
  /** Each source's title (and outlet), and the words it gave when they differ from the statement's. */
  sources: { label: string; url: string | null; kind: string | null; rendering: string | null }[];
  claims: { line: string; status: ClaimStatusValue | null }[];
  /** Fields of its snapshot that this view does not lay out, as recorded (for fields added later). */
  otherFields: { field: string; lines: string[] }[];
  /** The fields recorded differently today. */
  changedSince: string[];
  /** Timeline order. */
  sort: { dateSort: string; dateStart: string };
}

const SHOWN_FIELDS = new Set([
  "speaker",
  "date",
  "event",
  "kind",
  "text",
  "context",
  "language",
  "status",
  "sources",
  "topics",
  "claims",
  "deletedAt",
]);

// The rows read to snapshot a statement (the lifecycle's own select, so fields other modules add
// to a statement's snapshot are read too), with what links need besides.
const asOfSelect = {
  ...statementSnapshotSelect,
  createdAt: true,
  dateSort: true,
  speaker: { select: { ...statementSnapshotSelect.speaker.select, slug: true } },
  sources: {
    ...statementSnapshotSelect.sources,
    select: {
      ...statementSnapshotSelect.sources.select,
      source: { select: { ...statementSnapshotSelect.sources.select.source.select, url: true, kind: true } },
    },
  },
  stances: {
    ...statementSnapshotSelect.stances,
    select: {
      ...statementSnapshotSelect.stances.select,
      topic: { select: { ...statementSnapshotSelect.stances.select.topic.select, slug: true } },
    },
  },
} satisfies Prisma.StatementSelect;

type AsOfRow = Prisma.StatementGetPayload<{ select: typeof asOfSelect }>;

/** The instant of the earliest statement recorded: no view can go back before it. */
export async function firstRecorded(): Promise<Date | null> {
  const [statement, revision] = await Promise.all([
    db.statement.aggregate({ _min: { createdAt: true } }),
    db.revision.aggregate({ _min: { createdAt: true }, where: { entity: "Statement" } }),
  ]);
  const instants = [statement._min.createdAt, revision._min.createdAt].filter((d): d is Date => d !== null);
  return instants.length ? new Date(Math.min(...instants.map((d) => d.getTime()))) : null;
}

/** The view's `asOf`, checked against today and the start of the record. */
export async function resolveAsOf(params: Record<string, string | string[] | undefined>, now = new Date()): Promise<AsOfRequest> {
  const value = rawAsOf(params);
  if (value === "") return { kind: "today" };
  return parseAsOf(value, now, await firstRecorded());
}

/** The dataset revision as it stood at the end of the day: the latest change recorded by then. */
export async function datasetRevisionAsOf(day: string): Promise<number> {
  const { _max } = await db.revision.aggregate({ _max: { id: true }, where: { createdAt: { lt: asOfEnd(day) } } });
  return _max.id ?? 0;
}

// Ids per query: a list of thousands of changed statements must stay within the database's limit
// on bound parameters.
const IDS_PER_QUERY = 500;

/** The statements with these ids, read a bounded number of ids at a time. */
async function statementRows(ids: number[]) {
  const rows = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    rows.push(...(await db.statement.findMany({ where: { id: { in: ids.slice(i, i + IDS_PER_QUERY) } }, select: asOfSelect })));
  }
  return rows;
}

/** Each statement's revisions after the instant, newest first. */
async function revisionsAfter(ids: number[], end: Date): Promise<Map<number, LaterRevision[]>> {
  const byId = new Map<number, LaterRevision[]>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const rows = await db.revision.findMany({
      where: { entity: "Statement", entityId: { in: ids.slice(i, i + IDS_PER_QUERY) }, createdAt: { gte: end } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { entityId: true, action: true, changes: true },
    });
    for (const row of rows) {
      const list = byId.get(row.entityId) ?? [];
      list.push({ action: row.action, changes: JSON.parse(row.changes) as FieldChanges });
      byId.set(row.entityId, list);
    }
  }
  return byId;
}

/** Topic names, today's and earlier ones from the topics' own history, to their slugs. */
async function topicSlugsByName(): Promise<Map<string, string>> {
  const [topics, renames] = await Promise.all([
    db.topic.findMany({ select: { id: true, name: true, slug: true } }),
    db.revision.findMany({ where: { entity: "Topic", changes: { contains: '"name"' } }, select: { entityId: true, changes: true } }),
  ]);
  const slugById = new Map(topics.map((t) => [t.id, t.slug]));
  const bySlug = new Map<string, string>();
  for (const rename of renames) {
    const slug = slugById.get(rename.entityId);
    const change = (JSON.parse(rename.changes) as FieldChanges).name;
    if (!slug || !change) continue;
    for (const name of [change.before, change.after]) if (typeof name === "string" && !bySlug.has(name)) bySlug.set(name, slug);
  }
  for (const topic of topics) bySlug.set(topic.name, topic.slug);
  return bySlug;
}

function claimStatus(line: string): ClaimStatusValue | null {
  const parts = line.split(" · ");
  return CLAIM_STATUSES.find((status) => parts.includes(CLAIM_STATUS_LABEL[status])) ?? null;
}

/** A statement's past snapshot laid out for a view; structured values of today where unchanged. */
function toAsOf(row: AsOfRow, past: Snapshot, touched: Set<string>, topicSlugs: Map<string, string>, speakerSlugs: Map<string, string>) {
  const today = statementRecord.definition.snapshot(row);
  const unchanged = (field: string) => !touched.has(field) || JSON.stringify(past[field]) === JSON.stringify(today[field]);
  const currentDate: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
  const date = unchanged("date") ? currentDate : parseDateLabel(past.date);
  const speakerName = String(past.speaker ?? row.speaker.name);
  // A source's line is its title (and outlet), then the words it gave (lib/renderings/snapshot-line).
  const sourceOf = (label: string) =>
    row.sources.find(({ source }) => sourceSnapshotLine(source.title, source.outlet ?? "", null) === label)?.source;
  const statement: AsOfStatement = {
    id: row.id,
    speaker: { name: speakerName, slug: unchanged("speaker") ? row.speaker.slug : (speakerSlugs.get(speakerName) ?? null) },
    date,
    dateLabel: date ? formatInterval(date) : String(past.date ?? ""),
    event: typeof past.event === "string" ? past.event : null,
    eventId: unchanged("event") ? row.eventId : null,
    kind: past.kind === "PARAPHRASE" ? "PARAPHRASE" : "QUOTE",
    text: String(past.text ?? ""),
    context: String(past.context ?? ""),
    language: String(past.language ?? "en"),
    topics: linesOf(past.topics).flatMap((line) => {
      const stance = parseStanceLine(line);
      return stance
        ? [
            {
              name: stance.topicName,
              slug: topicSlugs.get(stance.topicName) ?? null,
              stance: stance.stance,
              hedging: stance.hedging,
              shiftNote: stance.shiftNote,
            },
          ]
        : [];
    }),
    sources: linesOf(past.sources).map((line) => {
      const { label, rendering } = parseSourceSnapshotLine(line);
      const source = sourceOf(label);
      return { label, url: source?.url ?? null, kind: source?.kind ?? null, rendering };
    }),
    claims: linesOf(past.claims).map((line) => ({ line, status: claimStatus(line) })),
    otherFields: Object.keys(past)
      .filter((field) => !SHOWN_FIELDS.has(field))
      .map((field) => ({
        field,
        lines: Array.isArray(past[field]) ? linesOf(past[field]) : past[field] == null ? [] : [String(past[field])],
      }))
      .filter((other) => other.lines.length > 0),
    changedSince: [...touched].filter((field) => !unchanged(field)),
    sort: date ? { dateSort: midpoint(date.start, date.end), dateStart: date.start } : { dateSort: row.dateSort, dateStart: row.dateStart },
  };
  return statement;
}

/**
 * The statements among `ids` as readers saw them at `end`, in the order asked; those not
 * recorded yet, or then a draft or deleted, are left out.
 */
async function statementsAt(ids: number[], end: Date, later?: Map<number, LaterRevision[]>): Promise<AsOfStatement[]> {
  if (ids.length === 0) return [];
  const [rows, revisions, topicSlugs] = await Promise.all([statementRows(ids), later ?? revisionsAfter(ids, end), topicSlugsByName()]);
  const pasts = new Map<number, ReturnType<typeof rollBack>>();
  const speakerNames = new Set<string>();
  for (const row of rows) {
    const rolled = rollBack(statementRecord.definition.snapshot(row), revisions.get(row.id) ?? []);
    // Records loaded without revisions (demo data, bulk loads) have no CREATE revision: their
    // creation time says whether they existed.
    if (!rolled.snapshot || row.createdAt >= end || !wasReaderVisible(rolled.snapshot)) continue;
    pasts.set(row.id, rolled);
    if (rolled.touched.has("speaker") && typeof rolled.snapshot.speaker === "string") speakerNames.add(rolled.snapshot.speaker);
  }
  const speakers = speakerNames.size
    ? await db.person.findMany({ where: { name: { in: [...speakerNames] } }, select: { name: true, slug: true } })
    : [];
  const speakerSlugs = new Map(speakers.map((p) => [p.name, p.slug]));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = rowById.get(id);
    const past = pasts.get(id);
    return row && past?.snapshot ? [toAsOf(row, past.snapshot, past.touched, topicSlugs, speakerSlugs)] : [];
  });
}

export type AsOfLookup = { state: "found"; statement: AsOfStatement } | { state: "absent" };

/** One statement as readers saw it at the end of the day, or absent (not yet recorded, a draft or deleted then). */
export async function statementAsOf(id: number, day: string): Promise<AsOfLookup> {
  const [statement] = await statementsAt([id], asOfEnd(day));
  return statement ? { state: "found", statement } : { state: "absent" };
}

/** Statements as readers saw them at the end of the day; those absent then are left out. */
export const statementsAsOf = (ids: number[], day: string) => statementsAt(ids, asOfEnd(day));

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");

/** The timeline's filters on a reconstructed statement (search: every term appears, without FTS's stemming). */
export function matchesFilters(statement: AsOfStatement, filters: TimelineFilters): boolean {
  if (filters.speakers.length && !filters.speakers.includes(statement.speaker.slug ?? "")) return false;
  const topics = filters.topics.length ? statement.topics.filter((t) => filters.topics.includes(t.slug ?? "")) : statement.topics;
  if (
    (filters.topics.length || filters.stances.length) &&
    !topics.some((t) => !filters.stances.length || filters.stances.includes(t.stance))
  )
    return false;
  if ((filters.from || filters.to) && !(statement.date && overlaps(statement.date, filters.from, filters.to))) return false;
  if (filters.kind && statement.kind !== filters.kind) return false;
  if (filters.sourceKinds.length && !statement.sources.some((s) => s.kind && (filters.sourceKinds as string[]).includes(s.kind)))
    return false;
  if (filters.claims === "with" && statement.claims.length === 0) return false;
  if (filters.claims === "without" && statement.claims.length > 0) return false;
  if (filters.claimStatuses.length && !statement.claims.some((c) => c.status && filters.claimStatuses.includes(c.status))) return false;
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  if (fts) {
    const haystack = fold([statement.text, ...statement.claims.map((c) => c.line), ...statement.sources.map((s) => s.label)].join(" "));
    if (!fts.terms.every((term) => haystack.includes(fold(term)))) return false;
  }
  return true;
}

const compareKeys = (order: TimelineFilters["order"]) => (a: TimelineKey, b: TimelineKey) => {
  const sign = order === "oldest" ? 1 : -1;
  if (a.dateSort !== b.dateSort) return a.dateSort < b.dateSort ? -sign : sign;
  if (a.dateStart !== b.dateStart) return a.dateStart < b.dateStart ? -sign : sign;
  return (a.id - b.id) * sign;
};

interface TimelineKey {
  id: number;
  dateSort: string;
  dateStart: string;
}

export interface AsOfTimelinePage {
  entries: AsOfStatement[];
  total: number;
  page: number;
  pageCount: number;
  /** How many statements of the whole record were changed after the day (their past state was rebuilt). */
  rebuilt: number;
}

/** Statements recorded by `end`, as an SQL condition on `Statement s` (ids grow with creation time). */
async function recordedBy(end: Date): Promise<Prisma.Sql> {
  const [before, after] = await Promise.all([
    db.statement.aggregate({ _max: { id: true }, where: { createdAt: { lt: end } } }),
    db.statement.aggregate({ _min: { id: true }, where: { createdAt: { gte: end } } }),
  ]);
  const lastBefore = before._max.id ?? 0;
  if (after._min.id === null || after._min.id > lastBefore) return Prisma.sql`s."id" <= ${lastBefore}`;
  // Ids out of creation order (rows restored or loaded with their own times): list the later ones.
  const later = await db.statement.findMany({ where: { createdAt: { gte: end } }, select: { id: true } });
  return Prisma.sql`s."id" NOT IN (${dialect().idsFromJson(JSON.stringify(later.map((r) => r.id)))})`;
}

/**
 * A page of the timeline as it stood at the end of the day. Statements unchanged since come from
 * SQL in timeline order; the changed ones are rebuilt, filtered here, and merged in.
 */
export async function timelineAsOf(filters: TimelineFilters, day: string, pageSize = PAGE_SIZE): Promise<AsOfTimelinePage> {
  const end = asOfEnd(day);
  const changedRows = await db.revision.findMany({
    where: { entity: "Statement", createdAt: { gte: end } },
    distinct: ["entityId"],
    select: { entityId: true },
  });
  const changedIds = changedRows.map((r) => r.entityId);
  const changed = (await statementsAt(changedIds, end)).filter((s) => matchesFilters(s, filters));
  const unchangedWhere = Prisma.join(
    [
      await timelineConditions(filters),
      await recordedBy(end),
      ...(changedIds.length ? [Prisma.sql`s."id" NOT IN (${dialect().idsFromJson(JSON.stringify(changedIds))})`] : []),
    ],
    " AND ",
  );
  const offset = (filters.page - 1) * pageSize;
  const direction = filters.order === "oldest" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const [countRows, keyRows] = await Promise.all([
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Statement" s WHERE ${unchangedWhere}`,
    db.$queryRaw<{ id: bigint | number; dateSort: string; dateStart: string }[]>`
      SELECT s."id" AS id, s."dateSort" AS "dateSort", s."dateStart" AS "dateStart" FROM "Statement" s WHERE ${unchangedWhere}
      ORDER BY s."dateSort" ${direction}, s."dateStart" ${direction}, s."id" ${direction} LIMIT ${offset + pageSize}`,
  ]);
  const keys: (TimelineKey & { rebuilt?: AsOfStatement })[] = [
    ...keyRows.map((r) => ({ id: Number(r.id), dateSort: r.dateSort, dateStart: r.dateStart })),
    ...changed.map((s) => ({ id: s.id, ...s.sort, rebuilt: s })),
  ].sort(compareKeys(filters.order));
  const pageKeys = keys.slice(offset, offset + pageSize);
  const unchangedOnPage = await statementsAt(
    pageKeys.filter((k) => !k.rebuilt).map((k) => k.id),
    end,
    new Map(),
  );
  const byId = new Map(unchangedOnPage.map((s) => [s.id, s]));
  const total = Number(countRows[0]?.n ?? 0) + changed.length;
  return {
    entries: pageKeys.flatMap((k) => {
      const statement = k.rebuilt ?? byId.get(k.id);
      return statement ? [statement] : [];
    }),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    rebuilt: changedIds.length,
  };
}

/** The most statements a topic view or dossier lays out as of a day. */
export const AS_OF_VIEW_LIMIT = 2000;

/** The statements of a view as they stood at the end of the day, oldest first, up to AS_OF_VIEW_LIMIT. */
export async function allStatementsAsOf(filters: TimelineFilters, day: string): Promise<AsOfTimelinePage> {
  return timelineAsOf({ ...filters, order: "oldest", page: 1 }, day, AS_OF_VIEW_LIMIT);
}
