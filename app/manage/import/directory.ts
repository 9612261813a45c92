import "server-only";
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/dates/precision";
import { listEventsForPicker } from "@/lib/events/queries";
import type { SpeakerEntry, TopicEntry } from "@/lib/import/types";
import { listPeopleForPicker } from "@/lib/people/queries";
import { listTopicsForPicker } from "@/lib/topics/queries";
import type { ImportOptions } from "./model";

/** The pickers of both steps, as labels an analyst can tell apart. */
export async function importOptions(): Promise<ImportOptions> {
  const [people, topics, events] = await Promise.all([listPeopleForPicker(), listTopicsForPicker(), listEventsForPicker()]);
  return {
    speakers: people.map((p) => ({ value: String(p.id), label: p.name })),
    topics: topics.map((t) => ({ value: String(t.id), label: t.name })),
    events: events.map((e) => ({
      value: String(e.id),
      label: [e.name, e.location, e.date ? formatDay(e.date) : null].filter(Boolean).join(", "),
    })),
  };
}

/** Who and what the engine may recognise: live speakers with their aliases and roles over time, live topics. */
export async function extractionDirectory(): Promise<{ speakers: SpeakerEntry[]; topics: TopicEntry[] }> {
  const [people, topics] = await Promise.all([
    db.person.findMany({
      where: { deletedAt: null },
      select: {
        id: true,
        name: true,
        aliases: { select: { alias: true } },
        roles: { select: { title: true, organisation: true, startDate: true, endDate: true } },
      },
      orderBy: { id: "asc" },
    }),
    db.topic.findMany({
      where: { deletedAt: null },
      select: { id: true, slug: true, name: true, description: true, proposition: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { speakers: people.map((p) => ({ id: p.id, name: p.name, aliases: p.aliases.map((a) => a.alias), roles: p.roles })), topics };
}

export interface ImportedStatement {
  id: number;
  kind: "QUOTE" | "PARAPHRASE";
  text: string;
  speaker: string;
  status: "DRAFT" | "PUBLISHED";
  date: { start: string; end: string; precision: "DAY" | "MONTH" | "YEAR" | "RANGE" | "APPROXIMATE" };
}

/** The source an import saved to and its `count` most recently created statements, in text order. */
export async function importedStatements(
  sourceId: number,
  count: number,
): Promise<{ title: string; statements: ImportedStatement[] } | null> {
  if (!sourceId) return null;
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { title: true } });
  if (!source) return null;
  const links = await db.statementSource.findMany({
    where: { sourceId, statement: { deletedAt: null } },
    orderBy: { statementId: "desc" },
    take: count,
    select: {
      quoteStart: true,
      statement: {
        select: {
          id: true,
          kind: true,
          text: true,
          status: true,
          dateStart: true,
          dateEnd: true,
          datePrecision: true,
          speaker: { select: { name: true } },
        },
      },
    },
  });
  const statements = links
    .sort((a, b) => (a.quoteStart ?? 0) - (b.quoteStart ?? 0) || a.statement.id - b.statement.id)
    .map(({ statement: s }) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      speaker: s.speaker.name,
      status: s.status,
      date: { start: s.dateStart, end: s.dateEnd, precision: s.datePrecision },
    }));
  return { title: source.title, statements };
}
