import "server-only";
import { db } from "@/lib/db/client";
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import { linkedStatementLine, linkedStatementSelect, toLinkedStatement } from "@/lib/relations/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FormValues } from "@/lib/forms/state";
import { latestPublishedStances } from "./latest-stances";
import { loadStatementDetail, type StatementLookup } from "./queries";
import { statementFormValues } from "./form-values";
import type { PublishedStance } from "./shift";
import { statementClaimsSelect, statementFieldsSelect } from "./selects";
import { readerVisible } from "./visibility";

// What analysts and admins see: drafts and deleted statements included. Only staff pages and
// guarded actions call these.

export const STAFF_TABS = ["draft", "published", "deleted"] as const;
export type StaffTab = (typeof STAFF_TABS)[number];

const tabWhere: Record<StaffTab, Prisma.StatementWhereInput> = {
  draft: { status: "DRAFT", deletedAt: null },
  published: readerVisible,
  deleted: { deletedAt: { not: null } },
};

const staffListSelect = {
  id: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  text: true,
  kind: true,
  status: true,
  deletedAt: true,
  updatedAt: true,
  speaker: { select: { name: true } },
  updatedBy: { select: { name: true } },
  _count: { select: { stances: true, claims: true, sources: true } },
} satisfies Prisma.StatementSelect;

export interface StaffStatementRow {
  id: number;
  dateLabel: string;
  date: DateInterval;
  speaker: string;
  text: string;
  kind: "QUOTE" | "PARAPHRASE";
  status: "DRAFT" | "PUBLISHED";
  deletedAt: Date | null;
  updatedAt: Date;
  updatedBy: string | null;
  counts: { topics: number; claims: number; sources: number };
}

export interface StaffStatementPage {
  rows: StaffStatementRow[];
  counts: Record<StaffTab, number>;
  page: number;
  pageCount: number;
}

/** One tab of the staff list, most recently changed first, with the size of every tab. */
export async function listStaffStatements({
  tab,
  page = 1,
  pageSize = 50,
  q = "",
}: {
  tab: StaffTab;
  page?: number;
  pageSize?: number;
  q?: string;
}): Promise<StaffStatementPage> {
  const search: Prisma.StatementWhereInput = q ? { OR: [{ text: { contains: q } }, { speaker: { name: { contains: q } } }] } : {};
  const [rows, drafts, published, deleted] = await Promise.all([
    db.statement.findMany({
      where: { ...tabWhere[tab], ...search },
      select: staffListSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.statement.count({ where: { ...tabWhere.draft, ...search } }),
    db.statement.count({ where: { ...tabWhere.published, ...search } }),
    db.statement.count({ where: { ...tabWhere.deleted, ...search } }),
  ]);
  const counts = { draft: drafts, published, deleted };
  return {
    rows: rows.map((row) => {
      const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
      return {
        id: row.id,
        date,
        dateLabel: formatInterval(date),
        speaker: row.speaker.name,
        text: row.text,
        kind: row.kind,
        status: row.status,
        deletedAt: row.deletedAt,
        updatedAt: row.updatedAt,
        updatedBy: row.updatedBy?.name ?? null,
        counts: { topics: row._count.stances, claims: row._count.claims, sources: row._count.sources },
      };
    }),
    counts,
    page,
    pageCount: Math.max(1, Math.ceil(counts[tab] / pageSize)),
  };
}

const editSelect = {
  ...statementFieldsSelect,
  speaker: { select: { id: true, name: true, deletedAt: true } },
  event: { select: { id: true, name: true, date: true, deletedAt: true } },
  sources: {
    select: { rendering: true, source: { select: { id: true, title: true, outlet: true, deletedAt: true } } },
    orderBy: { position: "asc" },
  },
  stances: {
    select: { topicId: true, stance: true, hedging: true, shiftNote: true, topic: { select: { id: true, name: true, deletedAt: true } } },
    orderBy: { topic: { name: "asc" } },
  },
  claims: statementClaimsSelect,
  relationsFrom: {
    select: { toId: true, type: true, note: true, to: { select: linkedStatementSelect } },
    orderBy: [{ position: "asc" }, { toId: "asc" }],
  },
} satisfies Prisma.StatementSelect;

export interface StatementForEdit {
  id: number;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  deletedAt: Date | null;
  speakerName: string;
  dateLabel: string;
  values: FormValues;
  /** What the statement links to, so the pickers can offer it even when it has since been deleted. */
  linked: {
    speaker: { id: number; name: string; deleted: boolean };
    event: { id: number; name: string; deleted: boolean } | null;
    topics: { id: number; name: string; deleted: boolean }[];
    sources: { id: number; title: string; outlet: string; deleted: boolean }[];
    /** The statements it links to, by number, as the lines the link rows show under their field. */
    statements: Record<string, string>;
  };
}

export async function getStatementForEdit(id: number): Promise<StatementForEdit | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db.statement.findUnique({ where: { id }, select: editSelect });
  if (!row) return null;
  const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    deletedAt: row.deletedAt,
    speakerName: row.speaker.name,
    dateLabel: formatInterval(date),
    values: statementFormValues({
      speakerId: row.speakerId,
      date,
      eventId: row.eventId,
      kind: row.kind,
      text: row.text,
      context: row.context,
      language: row.language,
      status: row.status,
      version: row.version,
      sources: row.sources.map((s) => ({ id: s.source.id, rendering: s.rendering })),
      topics: row.stances,
      claims: row.claims,
      relations: row.relationsFrom,
    }),
    linked: {
      speaker: { id: row.speaker.id, name: row.speaker.name, deleted: row.speaker.deletedAt !== null },
      event: row.event ? { id: row.event.id, name: row.event.name, deleted: row.event.deletedAt !== null } : null,
      topics: row.stances.map((s) => ({ id: s.topic.id, name: s.topic.name, deleted: s.topic.deletedAt !== null })),
      sources: row.sources.map((s) => ({
        id: s.source.id,
        title: s.source.title,
        outlet: s.source.outlet,
        deleted: s.source.deletedAt !== null,
      })),
      statements: Object.fromEntries(row.relationsFrom.map((r) => [String(r.toId), linkedStatementLine(toLinkedStatement(r.to))])),
    },
  };
}

/** The permalink's statement as staff see it: drafts and deleted statements are found too (the page labels them). */
export async function findStatementForStaff(id: number): Promise<StatementLookup> {
  const statement = await loadStatementDetail(id);
  return statement ? { state: "found", statement } : { state: "missing" };
}

/** The speaker's latest published stances on these topics, for the form's live shift notice. */
export async function latestStancesFor(
  speakerId: number,
  topicIds: number[],
  excludeStatementId: number | null,
): Promise<PublishedStance[]> {
  return [...(await latestPublishedStances(db, speakerId, topicIds, excludeStatementId)).values()];
}
