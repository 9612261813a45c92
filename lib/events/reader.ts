import "server-only";
// What readers see of occasions: the events index (each with how many published statements were
// made there, and by whom) and an event's page with everything said there. Only published, not
// deleted statements count (lib/statements/visibility.ts); an event where nothing published was
// said is not listed, and its page says so.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { summariesByIds, type StatementSummary } from "@/lib/statements/queries";
import { readerVisible, readerVisibleSql } from "@/lib/statements/visibility";
import { EVENT_KINDS, type EventKindValue } from "./kinds";
import type { MarkedEvent } from "./markers";

export const EVENT_PAGE_SIZE = 50;

export interface EventListing {
  id: number;
  name: string;
  kind: EventKindValue;
  location: string;
  date: string | null;
  statementCount: number;
  speakers: string[];
}

export function isEventKind(value: unknown): value is EventKindValue {
  return typeof value === "string" && (EVENT_KINDS as readonly string[]).includes(value);
}

/** Events where something published was said, newest first (undated last), optionally of one kind. */
export async function eventsIndex(kind?: EventKindValue): Promise<EventListing[]> {
  const rows = await db.$queryRaw<
    { id: number | bigint; name: string; kind: EventKindValue; location: string; date: string | null; n: number | bigint }[]
  >`
    SELECT e."id" AS id, e."name" AS name, e."kind" AS kind, e."location" AS location, e."date" AS date, COUNT(s."id") AS n
    FROM "Event" e JOIN "Statement" s ON s."eventId" = e."id" AND ${readerVisibleSql()}
    WHERE e."deletedAt" IS NULL ${kind ? Prisma.sql`AND e."kind" = ${kind}` : Prisma.empty}
    GROUP BY e."id", e."name", e."kind", e."location", e."date"
    ORDER BY CASE WHEN e."date" IS NULL THEN 1 ELSE 0 END, e."date" DESC, e."id" DESC`;
  const ids = rows.map((row) => Number(row.id));
  const speakers = new Map<number, string[]>();
  if (ids.length > 0) {
    const pairs = await db.$queryRaw<{ eventId: number | bigint; name: string }[]>`
      SELECT DISTINCT s."eventId" AS "eventId", p."name" AS name FROM "Statement" s JOIN "Person" p ON p."id" = s."speakerId"
      WHERE s."eventId" IN (${Prisma.join(ids)}) AND ${readerVisibleSql()} ORDER BY p."name"`;
    for (const pair of pairs) {
      const list = speakers.get(Number(pair.eventId)) ?? [];
      list.push(pair.name);
      speakers.set(Number(pair.eventId), list);
    }
  }
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    kind: row.kind,
    location: row.location,
    date: row.date,
    statementCount: Number(row.n),
    speakers: speakers.get(Number(row.id)) ?? [],
  }));
}

export interface EventPage {
  event: { id: number; name: string; kind: EventKindValue; location: string; date: string | null };
  statements: StatementSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** An event and one page of what was said there, in the order it was said; null for no such event. */
export async function eventPage(id: number, page = 1): Promise<EventPage | null> {
  const event = await db.event.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, name: true, kind: true, location: true, date: true },
  });
  if (!event) return null;
  const where = { eventId: id, ...readerVisible };
  const total = await db.statement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / EVENT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const ids = await db.statement.findMany({
    where,
    select: { id: true },
    orderBy: [{ dateSort: "asc" }, { id: "asc" }],
    skip: (current - 1) * EVENT_PAGE_SIZE,
    take: EVENT_PAGE_SIZE,
  });
  return {
    event: { ...event, kind: event.kind as EventKindValue },
    statements: await summariesByIds(ids.map((row) => row.id)),
    total,
    page: current,
    pageCount,
  };
}

/**
 * Dated events of these kinds between two days where something published was said: the timeline's
 * markers. A view of the past (`recordedBefore`) marks only events recorded by then where a
 * statement recorded by then was said; the event's name, kind and date are today's.
 */
export async function eventsBetween(
  from: string,
  to: string,
  kinds: readonly EventKindValue[],
  recordedBefore: Date | null = null,
): Promise<MarkedEvent[]> {
  if (kinds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: number | bigint; name: string; kind: EventKindValue; date: string }[]>`
    SELECT e."id" AS id, e."name" AS name, e."kind" AS kind, e."date" AS date FROM "Event" e
    WHERE e."deletedAt" IS NULL AND e."date" IS NOT NULL AND e."date" >= ${from} AND e."date" <= ${to}
      AND e."kind" IN (${Prisma.join([...kinds])})
      AND EXISTS (SELECT 1 FROM "Statement" s WHERE s."eventId" = e."id" AND ${readerVisibleSql()})
    ORDER BY e."date", e."id" LIMIT 500`;
  const events = rows.map((row) => ({ id: Number(row.id), name: row.name, kind: row.kind, date: row.date }));
  if (!recordedBefore || events.length === 0) return events;
  // Times compared by Prisma, which stores them differently on each engine.
  const recorded = await db.event.findMany({
    where: {
      id: { in: events.map((event) => event.id) },
      createdAt: { lt: recordedBefore },
      statements: { some: { ...readerVisible, createdAt: { lt: recordedBefore } } },
    },
    select: { id: true },
  });
  const kept = new Set(recorded.map((event) => event.id));
  return events.filter((event) => kept.has(event.id));
}
