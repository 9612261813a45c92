import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeInterval, formatInterval, type DateInterval } from "@/lib/dates/precision";
import { formatRole, roleOnDate } from "@/lib/people/roles";
import type { HedgingValue, Stance } from "@/lib/stances/scale";

const roleSelect = { title: true, organisation: true, startDate: true, endDate: true } satisfies Prisma.PersonRoleSelect;

const statementSummarySelect = {
  id: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  kind: true,
  text: true,
  status: true,
  language: true,
  speaker: { select: { slug: true, name: true, roles: { select: roleSelect } } },
  event: { select: { id: true, name: true, kind: true, location: true, date: true } },
  stances: {
    select: { stance: true, hedging: true, topic: { select: { slug: true, name: true } } },
    orderBy: { topic: { name: "asc" } },
  },
  sources: {
    select: { source: { select: { id: true, title: true, url: true, outlet: true, kind: true, publishedOn: true } } },
    orderBy: { position: "asc" },
  },
  _count: { select: { claims: true } },
} satisfies Prisma.StatementSelect;

type StatementSummaryRow = Prisma.StatementGetPayload<{ select: typeof statementSummarySelect }>;

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

function toSummary(row: StatementSummaryRow): StatementSummary {
  const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
  const role = roleOnDate(row.speaker.roles, date);
  return {
    id: row.id,
    date,
    dateLabel: formatInterval(date),
    dateDescription: describeInterval(date),
    kind: row.kind,
    text: row.text,
    status: row.status,
    language: row.language,
    speaker: { slug: row.speaker.slug, name: row.speaker.name, roleThen: role ? formatRole(role) : null },
    event: row.event,
    topics: row.stances.map((s) => ({ slug: s.topic.slug, name: s.topic.name, stance: s.stance, hedging: s.hedging })),
    sources: row.sources.map((s) => s.source),
    claimCount: row._count.claims,
  };
}

const publishedWhere = { status: "PUBLISHED", deletedAt: null } satisfies Prisma.StatementWhereInput;

export interface StatementPage {
  statements: StatementSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** Published statements, newest first by the middle of their date interval. */
export async function listPublishedStatements({ page = 1, pageSize = 50 } = {}): Promise<StatementPage> {
  const [rows, total] = await Promise.all([
    db.statement.findMany({
      where: publishedWhere,
      select: statementSummarySelect,
      orderBy: [{ dateSort: "desc" }, { dateStart: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.statement.count({ where: publishedWhere }),
  ]);
  return { statements: rows.map(toSummary), total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Summaries for the given ids, in the order of the ids. */
export async function summariesByIds(ids: number[]): Promise<StatementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.statement.findMany({ where: { id: { in: ids } }, select: statementSummarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const statementDetailSelect = {
  ...statementSummarySelect,
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
      source: { select: { id: true, title: true, url: true, outlet: true, kind: true, publishedOn: true, retrievedOn: true } },
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.StatementSelect;

type StatementDetailRow = Prisma.StatementGetPayload<{ select: typeof statementDetailSelect }>;

export type StatementDetail = Omit<StatementSummary, "sources"> & {
  context: string;
  deletedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  claims: StatementDetailRow["claims"];
  sources: (StatementDetailRow["sources"][number]["source"] & {
    page: string | null;
    timestamp: string | null;
    quoteStart: number | null;
    quoteEnd: number | null;
  })[];
};

export type StatementLookup =
  | { state: "found"; statement: StatementDetail }
  | { state: "deleted" }
  | { state: "missing" };

/** One statement for its permalink. Drafts are not public; deleted ones are reported as gone. */
export async function findPublicStatement(id: number): Promise<StatementLookup> {
  if (!Number.isSafeInteger(id) || id <= 0) return { state: "missing" };
  const row = await db.statement.findUnique({ where: { id }, select: statementDetailSelect });
  if (!row || row.status !== "PUBLISHED") return { state: "missing" };
  if (row.deletedAt) return { state: "deleted" };
  const summary = toSummary(row);
  return {
    state: "found",
    statement: {
      ...summary,
      context: row.context,
      deletedAt: row.deletedAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      claims: row.claims,
      sources: row.sources.map(({ source, ...locator }) => ({ ...source, ...locator })),
    },
  };
}
