import "server-only";
import { db } from "@/lib/db/client";
import { summariesByIds, type StatementSummary } from "./queries";
import { readerVisible } from "./visibility";

/**
 * The same speaker's published statements on any of the same topics just before and just after
 * this one, in timeline order (middle day, then start, then id).
 */
export async function neighbouringStatements(statement: {
  id: number;
  speakerSlug: string;
  topicSlugs: string[];
}): Promise<{ before: StatementSummary | null; after: StatementSummary | null }> {
  if (statement.topicSlugs.length === 0) return { before: null, after: null };
  const current = await db.statement.findUnique({
    where: { id: statement.id },
    select: { dateSort: true, dateStart: true, speakerId: true },
  });
  if (!current) return { before: null, after: null };
  const base = {
    id: { not: statement.id },
    speakerId: current.speakerId,
    ...readerVisible,
    stances: { some: { topic: { slug: { in: statement.topicSlugs } } } },
  };
  const earlier = {
    OR: [
      { dateSort: { lt: current.dateSort } },
      { dateSort: current.dateSort, dateStart: { lt: current.dateStart } },
      { dateSort: current.dateSort, dateStart: current.dateStart, id: { lt: statement.id } },
    ],
  };
  const later = {
    OR: [
      { dateSort: { gt: current.dateSort } },
      { dateSort: current.dateSort, dateStart: { gt: current.dateStart } },
      { dateSort: current.dateSort, dateStart: current.dateStart, id: { gt: statement.id } },
    ],
  };
  const [before, after] = await Promise.all([
    db.statement.findFirst({
      where: { ...base, ...earlier },
      select: { id: true },
      orderBy: [{ dateSort: "desc" }, { dateStart: "desc" }, { id: "desc" }],
    }),
    db.statement.findFirst({
      where: { ...base, ...later },
      select: { id: true },
      orderBy: [{ dateSort: "asc" }, { dateStart: "asc" }, { id: "asc" }],
    }),
  ]);
  const summaries = await summariesByIds([before?.id, after?.id].filter((id): id is number => id !== undefined));
  return {
    before: summaries.find((s) => s.id === before?.id) ?? null,
    after: summaries.find((s) => s.id === after?.id) ?? null,
  };
}
