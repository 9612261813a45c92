import "server-only";
import { columns, dialect } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import { formatRole, type RolePeriod } from "@/lib/people/roles";
import { relationLabel, type RelationTypeValue } from "@/lib/relations/types";
import type { TimelineFilters } from "@/lib/statements/filters";
import { matchingStatementKeysSql, type StatementKey } from "@/lib/statements/timeline";
import { compareRendering } from "@/lib/renderings/compare";
import { readRows } from "./reader";
import type { PublicStatement } from "./schema";
import { readerVisibleSql } from "@/lib/statements/visibility";

interface Row {
  id: number;
  dateStart: string;
  dateEnd: string;
  datePrecision: DateInterval["precision"];
  kind: PublicStatement["kind"];
  text: string;
  context: string;
  language: string;
  createdAt: string | number;
  updatedAt: string | number;
  speakerSlug: string;
  speakerName: string;
  role: string | null;
  eventName: string | null;
  eventKind: string | null;
  eventLocation: string | null;
  eventDate: string | null;
  topics: string;
  claims: string;
  sources: string;
  linksOut: string;
  linksIn: string;
}

/** Instants are stored as ISO text by Prisma, as epoch milliseconds by bulk loads. */
export function toIsoInstant(value: string | number | bigint | Date): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(typeof value === "bigint" ? Number(value) : value).toISOString();
}

// Date labels repeat across statements; formatting each with date-fns cost a second per 100,000.
const labels = new Map<string, string>();
function dateLabel(date: DateInterval): string {
  const key = `${date.start}|${date.end}|${date.precision}`;
  let label = labels.get(key);
  if (label === undefined) {
    if (labels.size >= 50_000) labels.clear();
    label = formatInterval(date);
    labels.set(key, label);
  }
  return label;
}

/**
 * The speaker's role on the statement's date, chosen in SQL the way roleOnDate (lib/people/roles)
 * chooses it: a role held on the interval's middle day (dateSort), else one held during the
 * interval, the latest to start first. In SQL because it ran for every one of 100,000 rows; a
 * test checks both agree.
 */
const roleThen = () => Prisma.sql`(SELECT ${dialect().jsonObject({
  title: Prisma.sql`r."title"`,
  organisation: Prisma.sql`r."organisation"`,
  startDate: Prisma.sql`r."startDate"`,
  endDate: Prisma.sql`r."endDate"`,
})}
  FROM "PersonRole" r WHERE r."personId" = s."speakerId"
    AND (r."startDate" IS NULL OR r."startDate" <= s."dateEnd") AND (r."endDate" IS NULL OR r."endDate" >= s."dateStart")
  ORDER BY (COALESCE(r."startDate", '') <= s."dateSort" AND COALESCE(r."endDate", '9999-12-31') >= s."dateSort") DESC,
    COALESCE(r."startDate", '') DESC, r."id"
  LIMIT 1)`;

function publicLinks(json: string, direction: "outgoing" | "incoming", origin: string): PublicStatement["links"] {
  const links = JSON.parse(json) as { type: RelationTypeValue; statementId: number; note: string }[];
  return links.map((link) => ({
    type: link.type,
    direction,
    label: relationLabel(link.type, direction),
    statementId: Number(link.statementId),
    url: `${origin}/statements/${link.statementId}`,
    note: link.note,
  }));
}

/**
 * Published, non-deleted statements in the public shape, in the order of the ids; other ids are
 * skipped. One SQL statement with JSON sub-arrays for a whole batch.
 */
export async function publicStatementsByIds(ids: number[], origin: string): Promise<PublicStatement[]> {
  if (ids.length === 0) return [];
  const { jsonArray, idsFromJson } = dialect();
  const topics = jsonArray(
    { slug: Prisma.sql`t."slug"`, name: Prisma.sql`t."name"`, stance: Prisma.sql`st."stance"`, hedging: Prisma.sql`st."hedging"` },
    Prisma.sql`t."name", t."id"`,
  );
  const claims = jsonArray(
    columns("c", ["id", "text", "kind", "value", "unit", "status", "note", "evidenceUrl"]),
    Prisma.sql`c."position", c."id"`,
  );
  const sources = jsonArray(
    { ...columns("so", ["id", "title", "url", "outlet", "kind", "publishedOn"]), ...columns("ss", ["page", "timestamp", "rendering"]) },
    Prisma.sql`ss."position", so."id"`,
  );
  // Links whose other end readers may see too (this end is, by the WHERE below).
  const links = () =>
    jsonArray(
      { type: Prisma.sql`r."type"`, statementId: Prisma.sql`o."id"`, note: Prisma.sql`r."note"` },
      Prisma.sql`r."position", o."id", r."type"`,
    );
  const rows = await readRows<Row>(Prisma.sql`
    SELECT s."id" AS id, s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd", s."datePrecision" AS "datePrecision", s."kind" AS kind,
      s."text" AS text, s."context" AS context, s."language" AS language, s."createdAt" AS "createdAt", s."updatedAt" AS "updatedAt",
      p."slug" AS "speakerSlug", p."name" AS "speakerName", ${roleThen()} AS role,
      e."name" AS "eventName", e."kind" AS "eventKind", e."location" AS "eventLocation", e."date" AS "eventDate",
      (SELECT ${topics} FROM "Stance" st JOIN "Topic" t ON t."id" = st."topicId"
         WHERE st."statementId" = s."id" AND t."deletedAt" IS NULL) AS topics,
      (SELECT ${claims} FROM "Claim" c WHERE c."statementId" = s."id") AS claims,
      (SELECT ${sources} FROM "StatementSource" ss JOIN "Source" so ON so."id" = ss."sourceId"
         WHERE ss."statementId" = s."id" AND so."deletedAt" IS NULL) AS sources,
      (SELECT ${links()} FROM "StatementRelation" r JOIN "Statement" o ON o."id" = r."toId"
         WHERE r."fromId" = s."id" AND ${readerVisibleSql("o")}) AS "linksOut",
      (SELECT ${links()} FROM "StatementRelation" r JOIN "Statement" o ON o."id" = r."fromId"
         WHERE r."toId" = s."id" AND ${readerVisibleSql("o")}) AS "linksIn"
    FROM "Statement" s JOIN "Person" p ON p."id" = s."speakerId" LEFT JOIN "Event" e ON e."id" = s."eventId" AND e."deletedAt" IS NULL
    WHERE s."id" IN (${idsFromJson(JSON.stringify(ids))}) AND ${readerVisibleSql()}`);
  const byId = new Map<number, PublicStatement>();
  for (const row of rows) {
    const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
    const role = row.role === null ? null : (JSON.parse(row.role) as RolePeriod);
    const topics = JSON.parse(row.topics) as Omit<PublicStatement["topics"][number], "url">[];
    byId.set(row.id, {
      id: row.id,
      url: `${origin}/statements/${row.id}`,
      date: { ...date, label: dateLabel(date) },
      kind: row.kind,
      text: row.text,
      context: row.context,
      language: row.language,
      speaker: {
        slug: row.speakerSlug,
        name: row.speakerName,
        role: role ? formatRole(role) : null,
        url: `${origin}/speakers/${row.speakerSlug}`,
      },
      event:
        row.eventName === null
          ? null
          : {
              name: row.eventName,
              kind: (row.eventKind ?? "OTHER") as NonNullable<PublicStatement["event"]>["kind"],
              location: row.eventLocation ?? "",
              date: row.eventDate,
            },
      topics: topics.map((t) => ({ ...t, url: `${origin}/topics/${t.slug}` })),
      claims: JSON.parse(row.claims) as PublicStatement["claims"],
      sources: (JSON.parse(row.sources) as Omit<PublicStatement["sources"][number], "renderingFlags">[]).map((source) => ({
        ...source,
        renderingFlags: source.rendering
          ? compareRendering(row.text, source.rendering).flags.map(({ kind, message }) => ({ kind, message }))
          : [],
      })),
      links: [...publicLinks(row.linksOut, "outgoing", origin), ...publicLinks(row.linksIn, "incoming", origin)],
      createdAt: toIsoInstant(row.createdAt),
      updatedAt: toIsoInstant(row.updatedAt),
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The next keyset page of statements matching the filters (see matchingStatementKeysSql). */
export async function statementKeys(filters: TimelineFilters, after: StatementKey | null, limit: number): Promise<StatementKey[]> {
  return readRows<StatementKey>(await matchingStatementKeysSql(filters, after, limit));
}

export const EXPORT_BATCH_SIZE = 200;

/**
 * Every statement matching the filters, a batch at a time, in the view's order. Walks the result
 * by keyset, so only one batch is in memory however many statements match.
 */
export async function* publicStatementBatches(
  filters: TimelineFilters,
  origin: string,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<PublicStatement[]> {
  let after: StatementKey | null = null;
  for (;;) {
    const keys = await statementKeys(filters, after, batchSize);
    if (keys.length === 0) return;
    const batch = await publicStatementsByIds(
      keys.map((k) => k.id),
      origin,
    );
    if (batch.length > 0) yield batch;
    if (keys.length < batchSize) return;
    after = keys.at(-1)!;
  }
}
