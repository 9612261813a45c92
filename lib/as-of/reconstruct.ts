// A record as it stood at a past instant, from its state now and the revisions written since.
// Revisions store only the fields a change touched ({ field: { before, after } }), as readable
// values (names, labels, one line per stance or claim), so the past state is today's snapshot
// with each later change undone, newest first: it costs the revisions after the day, never the
// whole history. Pure: no Prisma, no React.
import { DATE_PRECISIONS, formatDay, formatInterval, isIsoDay, type DateInterval } from "@/lib/dates/precision";
import type { FieldChanges, Snapshot } from "@/lib/revisions/diff";
import { RELATION_TYPES, relationLabel, type RelationTypeValue } from "@/lib/relations/types";
import { HEDGINGS, HEDGING_LABEL, STANCES, STANCE_LABEL, type HedgingValue, type Stance } from "@/lib/stances/scale";

export interface LaterRevision {
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE";
  changes: FieldChanges;
}

export interface RolledBack {
  /** The snapshot as it stood, or null when the record did not exist yet. */
  snapshot: Snapshot | null;
  /** The fields that differ today (changed since, then possibly changed back). */
  touched: Set<string>;
}

/** Undoes `later` (the revisions after the instant, newest first) on today's snapshot. */
export function rollBack(current: Snapshot, later: LaterRevision[]): RolledBack {
  const snapshot: Snapshot = { ...current };
  const touched = new Set<string>();
  for (const revision of later) {
    if (revision.action === "CREATE") return { snapshot: null, touched };
    for (const [field, change] of Object.entries(revision.changes)) {
      snapshot[field] = change.before;
      touched.add(field);
    }
  }
  return { snapshot, touched };
}

/** Whether readers saw a snapshot's record: published and not deleted. */
export const wasReaderVisible = (snapshot: Snapshot) =>
  snapshot.status === "PUBLISHED" && (snapshot.deletedAt === null || snapshot.deletedAt === undefined);

const MONTH_BY_ABBREVIATION = new Map(
  Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, "0");
    return [formatDay(`2001-${month}-01`).split(" ")[1]!, month] as const;
  }),
);

/**
 * A statement's date as its snapshot labels it ("12 Nov 2024", or "Nov 2024 (2024-11-01 to
 * 2024-11-30)"), back to an interval; null when the label is not one this app writes.
 */
export function parseDateLabel(label: unknown): DateInterval | null {
  if (typeof label !== "string") return null;
  const day = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(label);
  if (day) {
    const month = MONTH_BY_ABBREVIATION.get(day[2]!);
    const iso = month ? `${day[3]}-${month}-${day[1]!.padStart(2, "0")}` : "";
    return isIsoDay(iso) && formatDay(iso) === label ? { start: iso, end: iso, precision: "DAY" } : null;
  }
  const range = /^(.*) \((\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})\)$/.exec(label);
  if (!range || !isIsoDay(range[2]!) || !isIsoDay(range[3]!)) return null;
  const [, shown, start, end] = range as unknown as [string, string, string, string];
  const precision = DATE_PRECISIONS.find((p) => p !== "DAY" && formatInterval({ start, end, precision: p }) === shown);
  return precision ? { start, end, precision } : { start, end, precision: "RANGE" };
}

export interface RecordedStance {
  topicName: string;
  stance: Stance;
  hedging: HedgingValue | null;
  shiftNote: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (labels: string[]) =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
const STANCE_LINE = new RegExp(
  `^(.+?): (${alternatives(Object.values(STANCE_LABEL))})(?: \\((${alternatives(Object.values(HEDGING_LABEL))})\\))?(?:; shift note: ([\\s\\S]*))?$`,
);

/** One "Topic: Stance (hedging); shift note: …" line of a snapshot; null when it is not one. */
export function parseStanceLine(line: unknown): RecordedStance | null {
  if (typeof line !== "string") return null;
  const match = STANCE_LINE.exec(line);
  if (!match) return null;
  const stance = STANCES.find((s) => STANCE_LABEL[s] === match[2]);
  const hedging = match[3] ? (HEDGINGS.find((h) => HEDGING_LABEL[h] === match[3]) ?? null) : null;
  return stance ? { topicName: match[1]!, stance, hedging, shiftNote: match[4] ?? null } : null;
}

/**
 * A link as a statement's revision records it: "walks back statement #12 (Mark Rutte); note: …".
 * The speaker's name is left to the other statement's own record.
 */
export function parseLinkLine(line: unknown): { type: RelationTypeValue; toId: number; note: string } | null {
  if (typeof line !== "string") return null;
  for (const type of RELATION_TYPES) {
    const prefix = `${relationLabel(type, "outgoing")} statement #`;
    const match = line.startsWith(prefix) ? /^(\d{1,12}) \(/.exec(line.slice(prefix.length)) : null;
    if (!match) continue;
    const noteAt = line.indexOf("); note: ", prefix.length);
    return { type, toId: Number(match[1]), note: noteAt === -1 ? "" : line.slice(noteAt + "); note: ".length) };
  }
  return null;
}

/** A snapshot field that holds lines (sources, claims, topics), as strings. */
export const linesOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
