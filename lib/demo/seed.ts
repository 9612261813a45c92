// Loads the demo data set. Everything is matched on natural keys (slugs, URLs or titles, and a
// statement's speaker + day + text), so loading twice adds nothing the second time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { midpoint } from "@/lib/dates/precision";
import { buildAnchor, locateAnchor } from "@/lib/import/anchor";
import { snapshotSha256 } from "@/lib/import/hash";
import type { DemoDataSet } from "./types";

export interface SeedReport {
  people: number;
  topics: number;
  sources: number;
  events: number;
  statements: number;
}

/**
 * When the demo says a thing was recorded: each statement on the last day it may have been made,
 * each event on its day (never later than now). So views of the past (`?asOf=2025-06-30`) show
 * the demo record as it grew, rather than nothing before the day it was loaded.
 */
export function demoRecordedAt(day: string | null | undefined, now = new Date()): Date | undefined {
  if (!day) return undefined;
  return new Date(Math.min(Date.parse(`${day}T20:00:00.000Z`), now.getTime()));
}

export async function seedDemoData(db: PrismaClient, data: DemoDataSet): Promise<SeedReport> {
  return db.$transaction(
    async (tx) => {
      const created: SeedReport = { people: 0, topics: 0, sources: 0, events: 0, statements: 0 };

      const personIds = new Map<string, number>();
      for (const person of data.people) {
        const existing = await tx.person.findUnique({ where: { slug: person.slug }, select: { id: true } });
        const row =
          existing ??
          (await tx.person.create({
            data: {
              slug: person.slug,
              name: person.name,
              description: person.description,
              aliases: { create: person.aliases.map((alias) => ({ alias })) },
              roles: { create: person.roles },
            },
            select: { id: true },
          }));
        if (!existing) created.people++;
        personIds.set(person.slug, row.id);
      }

      const topicIds = new Map<string, number>();
      for (const topic of data.topics) {
        const existing = await tx.topic.findUnique({ where: { slug: topic.slug }, select: { id: true } });
        const row = existing ?? (await tx.topic.create({ data: topic, select: { id: true } }));
        if (!existing) created.topics++;
        topicIds.set(topic.slug, row.id);
      }

      const sourceIds = new Map<string, number>();
      const snapshots = new Map(
        data.sources.flatMap((source) => (source.snapshotText ? [[source.key, source.snapshotText] as const] : [])),
      );
      for (const { key, ...source } of data.sources) {
        const existing = await tx.source.findFirst({
          where: source.url ? { url: source.url } : { url: null, title: source.title },
          select: { id: true },
        });
        const data = { ...source, snapshotSha256: source.snapshotText ? snapshotSha256(source.snapshotText) : null };
        const row = existing ?? (await tx.source.create({ data, select: { id: true } }));
        if (!existing) created.sources++;
        sourceIds.set(key, row.id);
      }

      const eventIds = new Map<string, number>();
      for (const { key, ...event } of data.events) {
        const existing = await tx.event.findFirst({ where: { name: event.name, date: event.date }, select: { id: true } });
        const row =
          existing ?? (await tx.event.create({ data: { ...event, createdAt: demoRecordedAt(event.date) }, select: { id: true } }));
        if (!existing) created.events++;
        eventIds.set(key, row.id);
      }

      const lookup = (map: Map<string, number>, key: string, what: string) => {
        const id = map.get(key);
        if (id === undefined) throw new Error(`Demo data refers to an unknown ${what}: ${key}`);
        return id;
      };

      const statementIds = new Map<string, number>();
      for (const statement of data.statements) {
        const speakerId = lookup(personIds, statement.speaker, "speaker");
        const existing = await tx.statement.findFirst({
          where: { speakerId, dateStart: statement.dateStart, text: statement.text },
          select: { id: true },
        });
        if (existing) {
          if (statement.key) statementIds.set(statement.key, existing.id);
          continue;
        }
        const row = await tx.statement.create({
          data: {
            speakerId,
            dateStart: statement.dateStart,
            dateEnd: statement.dateEnd,
            datePrecision: statement.datePrecision,
            dateSort: midpoint(statement.dateStart, statement.dateEnd),
            eventId: statement.event ? lookup(eventIds, statement.event, "event") : null,
            kind: statement.kind,
            text: statement.text,
            context: statement.context,
            status: "PUBLISHED",
            createdAt: demoRecordedAt(statement.dateEnd),
            sources: {
              create: statement.sources.map((link, position) => ({
                sourceId: lookup(sourceIds, link.source, "source"),
                position,
                page: link.page ?? null,
                timestamp: link.timestamp ?? null,
                rendering: link.rendering ?? null,
                ...anchorIn(snapshots.get(link.source), link.rendering ?? statement.text),
              })),
            },
            stances: {
              create: statement.topics.map((link) => ({
                topicId: lookup(topicIds, link.topic, "topic"),
                stance: link.stance,
                hedging: link.hedging ?? null,
              })),
            },
            claims: {
              create: statement.claims.map((claim, position) => ({
                position,
                text: claim.text,
                kind: claim.kind,
                value: claim.value ?? null,
                unit: claim.unit ?? null,
                status: claim.status,
                note: claim.note ?? "",
              })),
            },
          },
          select: { id: true },
        });
        if (statement.key) statementIds.set(statement.key, row.id);
        created.statements++;
      }

      // Links once every statement has its id; a link already there is left as it is.
      for (const statement of data.statements) {
        if (!statement.links?.length) continue;
        const fromId = (
          await tx.statement.findFirst({
            where: { speakerId: lookup(personIds, statement.speaker, "speaker"), dateStart: statement.dateStart, text: statement.text },
            select: { id: true },
          })
        )?.id;
        if (fromId === undefined) continue;
        for (const [position, link] of statement.links.entries()) {
          const toId = lookup(statementIds, link.to, "statement");
          await tx.statementRelation.upsert({
            where: { fromId_toId_type: { fromId, toId, type: link.type } },
            create: { fromId, toId, type: link.type, note: link.note, position },
            update: {},
          });
        }
      }
      return created;
    },
    { timeout: 60_000 },
  );
}

/** Where a statement's words (or the source's own wording of them) stand in the source's stored text. */
export function anchorIn(snapshot: string | undefined, words: string) {
  if (!snapshot) return {};
  const range = locateAnchor(snapshot, { exact: words, prefix: "", suffix: "", start: 0, end: 0 });
  if (!range) throw new Error(`Demo data quotes words its source's stored text does not hold: ${words.slice(0, 60)}`);
  const anchor = buildAnchor(snapshot, range.start, range.end);
  return {
    quoteStart: anchor.start,
    quoteEnd: anchor.end,
    anchorExact: anchor.exact,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
  };
}

export async function databaseIsEmpty(db: PrismaClient): Promise<boolean> {
  const [people, statements] = await Promise.all([db.person.count(), db.statement.count()]);
  return people === 0 && statements === 0;
}
