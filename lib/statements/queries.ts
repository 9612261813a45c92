import "server-only";
import { db } from "@/lib/db/client";
import { columns, dialect } from "@/lib/db/dialect";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeInterval, formatInterval, type DateInterval } from "@/lib/dates/precision";
import { formatRole, roleOnDate, type RolePeriod } from "@/lib/people/roles";
import type { HedgingValue, Stance } from "@/lib/stances/scale";
import { readerVisible } from "./visibility";

export interface StatementSummary {
  id: number;
  date: DateInterval;
  dateLabel: string;
  dateDescription: string;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  status: "DRAFT" | "PUBLISHED";
  language: string;
  speaker: { slug: string; name: string; roleThen: string | null };
  event: { id: number; name: string; kind: string; location: string; date: string | null } | null;
  topics: { slug: string; name: string; stance: Stance; hedging: HedgingValue | null }[];
  sources: { id: number; title: string; url: string | null; outlet: string; kind: string; publishedOn: string | null }[];
  claimCount: number;
}

interface SummaryRow {
  id: bigint | number;
  dateStart: string;
  dateEnd: string;
  datePrecision: DateInterval["precision"];
  kind: StatementSummary["kind"];
  text: string;
  status: StatementSummary["status"];
  language: string;
  speakerSlug: string;
  speakerName: string;
  roles: string;
  eventId: bigint | number | null;
  eventName: string | null;
  eventKind: string | null;
  eventLocation: string | null;
  eventDate: string | null;
  topics: string;
  sources: string;
  claimCount: bigint | number;
}

/**
 * Summaries for the given ids, in the order of the ids. One SQL statement with JSON sub-arrays:
 * a timeline page needs it on every request, and Prisma's relation loading took several queries.
 */
export async function summariesByIds(ids: number[]): Promise<StatementSummary[]> {
  if (ids.length === 0) return [];
  const { jsonArray } = dialect();
  const roles = jsonArray(
    {
      title: Prisma.sql`r."title"`,
      organisation: Prisma.sql`r."organisation"`,
      startDate: Prisma.sql`r."startDate"`,
      endDate: Prisma.sql`r."endDate"`,
    },
    Prisma.sql`r."id"`,
  );
  const topics = jsonArray(
    { slug: Prisma.sql`t."slug"`, name: Prisma.sql`t."name"`, stance: Prisma.sql`st."stance"`, hedging: Prisma.sql`st."hedging"` },
    Prisma.sql`t."name", t."id"`,
  );
  const sources = jsonArray(columns("so", ["id", "title", "url", "outlet", "kind", "publishedOn"]), Prisma.sql`ss."position", so."id"`);
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT s."id" AS id, s."dateStart" AS "dateStart", s."dateEnd" AS "dateEnd", s."datePrecision" AS "datePrecision", s."kind" AS kind,
      s."text" AS text, s."status" AS status, s."language" AS language, p."slug" AS "speakerSlug", p."name" AS "speakerName",
      (SELECT ${roles} FROM "PersonRole" r WHERE r."personId" = p."id") AS roles,
      e."id" AS "eventId", e."name" AS "eventName", e."kind" AS "eventKind", e."location" AS "eventLocation", e."date" AS "eventDate",
      (SELECT ${topics} FROM "Stance" st JOIN "Topic" t ON t."id" = st."topicId" WHERE st."statementId" = s."id") AS topics,
      (SELECT ${sources} FROM "StatementSource" ss JOIN "Source" so ON so."id" = ss."sourceId" WHERE ss."statementId" = s."id") AS sources,
      (SELECT COUNT(*) FROM "Claim" c WHERE c."statementId" = s."id") AS "claimCount"
    FROM "Statement" s JOIN "Person" p ON p."id" = s."speakerId" LEFT JOIN "Event" e ON e."id" = s."eventId"
    WHERE s."id" IN (${Prisma.join(ids)})`;
  const byId = new Map<number, StatementSummary>();
  for (const row of rows) {
    const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
    const role = roleOnDate(JSON.parse(row.roles) as RolePeriod[], date);
    byId.set(Number(row.id), {
      id: Number(row.id),
      date,
      dateLabel: formatInterval(date),
      dateDescription: describeInterval(date),
      kind: row.kind,
      text: row.text,
      status: row.status,
      language: row.language,
      speaker: { slug: row.speakerSlug, name: row.speakerName, roleThen: role ? formatRole(role) : null },
      event:
        row.eventId === null
          ? null
          : {
              id: Number(row.eventId),
              name: row.eventName ?? "",
              kind: row.eventKind ?? "OTHER",
              location: row.eventLocation ?? "",
              date: row.eventDate,
            },
      topics: JSON.parse(row.topics) as StatementSummary["topics"],
      sources: JSON.parse(row.sources) as StatementSummary["sources"],
      claimCount: Number(row.claimCount),
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a permalink shows beyond the summary: context, claims, and each source with its locator. */
const statementDetailSelect = {
  status: true,
  context: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  claims: {
    select: { id: true, text: true, kind: true, value: true, unit: true, status: true, note: true, evidenceUrl: true },
    orderBy: { position: "asc" },
  },
  sources: {
    select: {
      page: true,
      timestamp: true,
      quoteStart: true,
      quoteEnd: true,
      anchorExact: true,
      anchorPrefix: true,
      anchorSuffix: true,
      rendering: true,
      source: {
        select: { id: true, title: true, url: true, outlet: true, kind: true, publishedOn: true, retrievedOn: true, snapshotText: true },
      },
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.StatementSelect;

type StatementDetailRow = Prisma.StatementGetPayload<{ select: typeof statementDetailSelect }>;
type DetailSource = StatementDetailRow["sources"][number];

export type StatementDetail = Omit<StatementSummary, "sources"> & {
  context: string;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  claims: StatementDetailRow["claims"];
  sources: (DetailSource["source"] & Omit<DetailSource, "source">)[];
};

export type StatementLookup = { state: "found"; statement: StatementDetail } | { state: "deleted" } | { state: "missing" };

/** A statement in full, whatever its status; null when there is no such statement. */
export async function loadStatementDetail(id: number): Promise<StatementDetail | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const [[summary], row] = await Promise.all([
    summariesByIds([id]),
    db.statement.findUnique({ where: { id }, select: statementDetailSelect }),
  ]);
  if (!summary || !row) return null;
  return {
    ...summary,
    context: row.context,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    claims: row.claims,
    sources: row.sources.map(({ source, ...locator }) => ({ ...source, ...locator })),
  };
}

/** One statement for its permalink. Drafts are not public; deleted ones are reported as gone. */
export async function findPublicStatement(id: number): Promise<StatementLookup> {
  const statement = await loadStatementDetail(id);
  if (!statement || statement.status !== readerVisible.status) return { state: "missing" };
  if (statement.deletedAt) return { state: "deleted" };
  return { state: "found", statement };
}
