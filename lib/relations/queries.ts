import "server-only";
// Reading links between statements: for a permalink (both directions, readers see only links
// whose two ends they may see), for the API and exports, and for the form's statement picker.
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import { formatInterval, type DateInterval } from "@/lib/dates/precision";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toFtsQuery } from "@/lib/search/fts-query";
import { readerVisibleRelation } from "@/lib/statements/visibility";
import { excerpt } from "@/lib/text/excerpt";
import type { LinkEnd, TopicRelation } from "./topic-links";
import { readStatementReference, relationLabel, type RelationTypeValue } from "./types";

type Client = Pick<PrismaClient, "statementRelation" | "statement" | "$queryRaw">;

export type Audience = "reader" | "staff";

/** The statement at the other end of a link, as a line of a list. */
export interface LinkedStatement {
  id: number;
  speakerName: string;
  speakerSlug: string;
  date: DateInterval;
  dateLabel: string;
  excerpt: string;
  status: "DRAFT" | "PUBLISHED";
  deleted: boolean;
}

export interface StatementLink {
  type: RelationTypeValue;
  direction: "outgoing" | "incoming";
  /** How the link reads from this statement: "walks back", "walked back by". */
  label: string;
  note: string;
  other: LinkedStatement;
}

export const linkedStatementSelect = {
  id: true,
  text: true,
  status: true,
  deletedAt: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  speaker: { select: { name: true, slug: true } },
} satisfies Prisma.StatementSelect;

type LinkedRow = Prisma.StatementGetPayload<{ select: typeof linkedStatementSelect }>;

export function toLinkedStatement(row: LinkedRow): LinkedStatement {
  const date: DateInterval = { start: row.dateStart, end: row.dateEnd, precision: row.datePrecision };
  return {
    id: row.id,
    speakerName: row.speaker.name,
    speakerSlug: row.speaker.slug,
    date,
    dateLabel: formatInterval(date),
    excerpt: excerpt(row.text),
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

/** Both directions of a statement's links; for readers, only links whose two ends are reader-visible. */
export async function linksOfStatement(
  client: Client,
  id: number,
  audience: Audience,
): Promise<{ outgoing: StatementLink[]; incoming: StatementLink[] }> {
  const visible = audience === "reader" ? readerVisibleRelation : {};
  const [outgoing, incoming] = await Promise.all([
    client.statementRelation.findMany({
      where: { fromId: id, ...visible },
      orderBy: [{ position: "asc" }, { toId: "asc" }, { type: "asc" }],
      select: { type: true, note: true, to: { select: linkedStatementSelect } },
    }),
    client.statementRelation.findMany({
      where: { toId: id, ...visible },
      orderBy: [{ from: { dateSort: "asc" } }, { fromId: "asc" }, { type: "asc" }],
      select: { type: true, note: true, from: { select: linkedStatementSelect } },
    }),
  ]);
  return {
    outgoing: outgoing.map((r) => ({
      type: r.type,
      direction: "outgoing",
      label: relationLabel(r.type, "outgoing"),
      note: r.note,
      other: toLinkedStatement(r.to),
    })),
    incoming: incoming.map((r) => ({
      type: r.type,
      direction: "incoming",
      label: relationLabel(r.type, "incoming"),
      note: r.note,
      other: toLinkedStatement(r.from),
    })),
  };
}

/** Reader-visible links among or touching the given statements (exports, API, topic view, PDF). */
export async function readerLinksTouching(client: Client, ids: number[]) {
  if (ids.length === 0) return [];
  const rows: { fromId: number; toId: number; type: RelationTypeValue; note: string }[] = [];
  // Chunked: SQLite limits the number of bound parameters.
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    rows.push(
      ...(await client.statementRelation.findMany({
        where: { ...readerVisibleRelation, OR: [{ fromId: { in: chunk } }, { toId: { in: chunk } }] },
        orderBy: [{ fromId: "asc" }, { position: "asc" }, { toId: "asc" }, { type: "asc" }],
        select: { fromId: true, toId: true, type: true, note: true },
      })),
    );
  }
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.fromId}:${r.toId}:${r.type}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The reader-visible links touching these statements (a topic view's record, a dossier's
 * statements), with what a line needs about every statement at either end.
 */
export async function readerLinksWithEnds(
  client: Client,
  ids: number[],
): Promise<{ relations: TopicRelation[]; ends: Map<number, LinkEnd> }> {
  const relations = await readerLinksTouching(client, ids);
  const endIds = [...new Set(relations.flatMap((r) => [r.fromId, r.toId]))];
  const ends = new Map<number, LinkEnd>();
  for (let start = 0; start < endIds.length; start += 500) {
    const rows = await client.statement.findMany({
      where: { id: { in: endIds.slice(start, start + 500) } },
      select: linkedStatementSelect,
    });
    for (const row of rows) {
      const linked = toLinkedStatement(row);
      ends.set(row.id, { id: row.id, speakerName: linked.speakerName, dateLabel: linked.dateLabel, excerpt: excerpt(row.text, 120) });
    }
  }
  return { relations, ends };
}

/** The links a topic view draws for one speaker's record on the topic. */
export const topicRecordLinks = (ids: number[]) => readerLinksWithEnds(db, ids);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Statements an analyst may link to, for the picker: a number or permalink names one; otherwise
 * every word must match the speaker's name or the statement's text (full-text index). Drafts are
 * offered (an analyst may link one before publishing), deleted statements are not.
 */
export async function searchLinkCandidates(client: Client, query: string, excludeId: number | null, limit = 8): Promise<LinkedStatement[]> {
  const text = query.trim().slice(0, 200);
  if (!text) return [];
  const exclude = excludeId ?? 0;
  const referenced = readStatementReference(text);
  let ids: number[];
  if (referenced !== null) {
    ids = referenced === exclude ? [] : [referenced];
  } else {
    const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).slice(0, 6);
    if (words.length === 0) return [];
    const conditions = words.map((word) => {
      const fts = toFtsQuery(`${word}*`);
      const byName = Prisma.sql`LOWER(p."name") LIKE ${`%${escapeLike(word.toLowerCase())}%`} ESCAPE '\\'`;
      return fts ? Prisma.sql`(${byName} OR s."id" IN (${dialect().searchMatchIds(fts)}))` : byName;
    });
    const rows = await client.$queryRaw<{ id: bigint | number }[]>`
      SELECT s."id" FROM "Statement" AS s JOIN "Person" AS p ON p."id" = s."speakerId"
      WHERE s."deletedAt" IS NULL AND s."id" <> ${exclude} AND ${Prisma.join(conditions, " AND ")}
      ORDER BY s."dateSort" DESC, s."id" DESC
      LIMIT ${limit}`;
    ids = rows.map((row) => Number(row.id));
  }
  if (ids.length === 0) return [];
  const found = await client.statement.findMany({ where: { id: { in: ids }, deletedAt: null }, select: linkedStatementSelect });
  const byId = new Map(found.map((row) => [row.id, toLinkedStatement(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One line naming a statement in the form: "#12 · Mark Rutte · 12 Nov 2024 · “We must…”". */
export function linkedStatementLine(statement: LinkedStatement): string {
  const state = statement.deleted ? " (deleted)" : statement.status === "DRAFT" ? " (draft)" : "";
  return `#${statement.id}${state} · ${statement.speakerName} · ${statement.dateLabel} · “${excerpt(statement.excerpt, 90)}”`;
}

/** The statements the given ids name, deleted ones included (an edit form shows what it already links to). */
export async function linkedStatementsByIds(client: Client, ids: number[]): Promise<Map<number, LinkedStatement>> {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (unique.length === 0) return new Map();
  const rows = await client.statement.findMany({ where: { id: { in: unique } }, select: linkedStatementSelect });
  return new Map(rows.map((row) => [row.id, toLinkedStatement(row)]));
}

/** A permalink's links, both directions, as its audience may see them. */
export const statementLinks = (id: number, audience: Audience) => linksOfStatement(db, id, audience);
