import "server-only";
// Statements already recorded that an imported text may render again: the same speaker, a date
// within a few days, and most of the words in common (./overlap.ts). Each comes with the word by
// word comparison the permalink would show, so the review can offer "another rendering of it".
import type { Db } from "@/lib/records/lifecycle";
import { formatInterval } from "@/lib/dates/precision";
import { dayNumber, isoDay } from "@/lib/dates/day-number";
import { changesMeaning, compareRendering } from "./compare";
import { wordOverlap, SAME_UTTERANCE_OVERLAP, type RenderingMatch } from "./overlap";

/** How far apart in days the statement and the report's date may be: a report follows within days. */
const DAYS_APART = 7;
const MAX_MATCHES = 3;

export async function renderingMatches(client: Db, speakerId: number, day: string, text: string): Promise<RenderingMatch[]> {
  const rows = await client.statement.findMany({
    where: {
      speakerId,
      deletedAt: null,
      dateStart: { lte: isoDay(dayNumber(day) + DAYS_APART) },
      dateEnd: { gte: isoDay(dayNumber(day) - DAYS_APART) },
    },
    select: { id: true, text: true, status: true, dateStart: true, dateEnd: true, datePrecision: true },
    orderBy: { id: "asc" },
    take: 200,
  });
  return rows
    .map((row) => ({ row, overlap: wordOverlap(row.text, text) }))
    .filter(({ overlap }) => overlap >= SAME_UTTERANCE_OVERLAP)
    .sort((a, b) => b.overlap - a.overlap || a.row.id - b.row.id)
    .slice(0, MAX_MATCHES)
    .map(({ row, overlap }) => {
      const comparison = compareRendering(row.text, text);
      return {
        id: row.id,
        text: row.text,
        dateLabel: formatInterval({ start: row.dateStart, end: row.dateEnd, precision: row.datePrecision }),
        status: row.status === "PUBLISHED" ? "PUBLISHED" : "DRAFT",
        overlap,
        segments: comparison.segments,
        sameWords: comparison.sameWords,
        changesMeaning: changesMeaning(comparison),
        flags: comparison.flags.map((flag) => flag.message),
      };
    });
}
