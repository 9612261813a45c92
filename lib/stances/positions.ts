// A speaker's positions on a topic and the changes between them. Pure: the topic page, the
// speaker page, the PDF, the API and the analyst's "possible shift" notice all read them here.
//
// A position is what the speaker held on one occasion: the statements of one event, or of one
// day (or one identical vague interval) when there is no event. Statements of one occasion are
// not ordered against each other, so when they differ the position holds both stances.
//
// A change is claimed only between positions whose order is certain (the earlier one ends
// before the later one begins) and whose stances do not overlap on the scale: "For and
// Strongly for" followed by "Strongly for" is the same position, said more or less strongly.
import { formatInterval, midpoint, type DatePrecision } from "@/lib/dates/precision";
import { monthAbbreviation, monthLabel } from "@/lib/dates/months";
import { STANCE_LABEL, STANCE_SCORE, type Stance } from "./scale";

/** One stance a statement takes on the topic. */
export interface StanceRecord {
  statementId: number;
  start: string;
  end: string;
  precision: DatePrecision;
  /** The event the statement was made at, if recorded: statements of one event are one occasion. */
  eventId: number | null;
  stance: Stance;
}

export interface Occasion {
  key: string;
  start: string;
  end: string;
  /** Middle day of the interval: where an uncertain date sorts and is drawn. */
  mid: string;
  precision: DatePrecision;
  /** Known to the day. */
  exact: boolean;
  dateLabel: string;
  statements: { statementId: number; stance: Stance }[];
  /** The stated stances (not "not stated"), weakest first: the position held on the occasion. */
  stances: Stance[];
}

export type ChangeKind = "FIRST" | "REVERSAL" | "HARDENING" | "SOFTENING" | "TO_MIXED" | "FROM_MIXED";

export interface PositionChange {
  kind: ChangeKind;
  from: Stance[] | null;
  to: Stance[];
  occasion: Occasion;
  /** The statements on the occasion that take the new position. */
  statementIds: number[];
}

/** A position whose order against the standing one is unknown (overlapping dates) and differs from it. */
export interface UnorderedDifference {
  occasion: Occasion;
  standing: Stance[];
}

export interface PositionHistory {
  occasions: Occasion[];
  /** The first stance, then every change, oldest first. */
  changes: PositionChange[];
  unordered: UnorderedDifference[];
  /** The position held now: the stances of the last change and the occasion it began. */
  current: { stances: Stance[]; since: Occasion; latest: Occasion } | null;
  reversals: number;
  statementCount: number;
}

const scoreOf = (stance: Stance) => STANCE_SCORE[stance];
const stated = (stance: Stance) => stance !== "NOT_STATED";

/** Weakest first, "for" before "against" at equal strength: "For and Strongly for", "Mixed or neutral and For". */
function orderStances(stances: Iterable<Stance>): Stance[] {
  return [...new Set(stances)].filter(stated).sort((a, b) => Math.abs(scoreOf(a)!) - Math.abs(scoreOf(b)!) || scoreOf(b)! - scoreOf(a)!);
}

const range = (stances: readonly Stance[]) => {
  const scores = stances.map((s) => scoreOf(s)!);
  return { min: Math.min(...scores), max: Math.max(...scores) };
};

type Side = "FOR" | "AGAINST" | "MIXED";
function sideOf(stances: readonly Stance[]): Side {
  const { min, max } = range(stances);
  return min > 0 ? "FOR" : max < 0 ? "AGAINST" : "MIXED";
}

/**
 * The kind of change from one position to another, or null when they are the same position:
 * their stances overlap on the scale (a mixed position always overlaps another mixed one).
 */
export function changeKind(from: readonly Stance[], to: readonly Stance[]): Exclude<ChangeKind, "FIRST"> | null {
  const a = orderStances(from);
  const b = orderStances(to);
  if (a.length === 0 || b.length === 0) return null;
  const ra = range(a);
  const rb = range(b);
  if (ra.min <= rb.max && rb.min <= ra.max) return null;
  const sa = sideOf(a);
  const sb = sideOf(b);
  if (sa === "MIXED") return "FROM_MIXED";
  if (sb === "MIXED") return "TO_MIXED";
  if (sa !== sb) return "REVERSAL";
  const stronger = sa === "FOR" ? rb.min > ra.max : rb.max < ra.min;
  return stronger ? "HARDENING" : "SOFTENING";
}

/** "For and Strongly for". */
export function positionLabel(stances: readonly Stance[]): string {
  const ordered = orderStances(stances);
  if (ordered.length === 0) return STANCE_LABEL.NOT_STATED;
  const labels = ordered.map((s) => STANCE_LABEL[s]);
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

export const CHANGE_KIND_LABEL: Record<ChangeKind, string> = {
  FIRST: "First stance",
  REVERSAL: "Reversal",
  HARDENING: "Hardened",
  SOFTENING: "Softened",
  TO_MIXED: "To mixed",
  FROM_MIXED: "From mixed",
};

/** "hardened to Strongly for", "reversed to Against", "moved to Mixed or neutral". */
export function describeChange(change: Pick<PositionChange, "kind" | "to">): string {
  const to = positionLabel(change.to);
  switch (change.kind) {
    case "FIRST":
      return to;
    case "REVERSAL":
      return `reversed to ${to}`;
    case "HARDENING":
      return `hardened to ${to}`;
    case "SOFTENING":
      return `softened to ${to}`;
    case "TO_MIXED":
    case "FROM_MIXED":
      return `moved to ${to}`;
  }
}

const keyOf = (r: StanceRecord) =>
  r.eventId !== null ? `event:${r.eventId}` : r.start === r.end ? `day:${r.start}` : `interval:${r.start}/${r.end}`;

function toOccasion(key: string, records: StanceRecord[]): Occasion {
  // Statements of one event were said within all their intervals at once: the narrowest common
  // interval, or all of them together if the dates contradict each other.
  const latestStart = records.reduce((d, r) => (r.start > d ? r.start : d), records[0]!.start);
  const earliestEnd = records.reduce((d, r) => (r.end < d ? r.end : d), records[0]!.end);
  const [start, end] =
    latestStart <= earliestEnd
      ? [latestStart, earliestEnd]
      : [
          records.reduce((d, r) => (r.start < d ? r.start : d), records[0]!.start),
          records.reduce((d, r) => (r.end > d ? r.end : d), records[0]!.end),
        ];
  const narrowest = records.find((r) => r.start === start && r.end === end);
  const precision: DatePrecision = narrowest ? narrowest.precision : start === end ? "DAY" : "RANGE";
  const byStatement = new Map<string, { statementId: number; stance: Stance }>();
  for (const r of records) byStatement.set(`${r.statementId}:${r.stance}`, { statementId: r.statementId, stance: r.stance });
  return {
    key,
    start,
    end,
    mid: midpoint(start, end),
    precision,
    exact: start === end,
    dateLabel: formatInterval({ start, end, precision }),
    statements: [...byStatement.values()].sort((a, b) => a.statementId - b.statementId),
    stances: orderStances(records.map((r) => r.stance)),
  };
}

/** The record grouped into occasions, in time order (by middle day, then the narrower interval). */
export function occasionsOf(records: readonly StanceRecord[]): Occasion[] {
  const groups = new Map<string, StanceRecord[]>();
  for (const record of records) {
    const key = keyOf(record);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups]
    .map(([key, group]) => toOccasion(key, group))
    .sort(
      (a, b) => a.mid.localeCompare(b.mid) || b.start.localeCompare(a.start) || a.end.localeCompare(b.end) || a.key.localeCompare(b.key),
    );
}

/** Whether `a` certainly happened before `b`: it ends before `b` can begin. */
export const certainlyBefore = (a: Pick<Occasion, "end">, b: Pick<Occasion, "start">) => a.end < b.start;

export function positionHistory(records: readonly StanceRecord[]): PositionHistory {
  const occasions = occasionsOf(records);
  const changes: PositionChange[] = [];
  const unordered: UnorderedDifference[] = [];
  let standing: { stances: Stance[]; since: Occasion; run: Occasion[] } | null = null;
  let latest: Occasion | null = null;

  for (const occasion of occasions) {
    if (occasion.stances.length === 0) continue;
    latest = occasion;
    const takers = (stances: readonly Stance[]) => occasion.statements.filter((s) => stances.includes(s.stance)).map((s) => s.statementId);
    if (!standing) {
      changes.push({ kind: "FIRST", from: null, to: occasion.stances, occasion, statementIds: takers(occasion.stances) });
      standing = { stances: occasion.stances, since: occasion, run: [occasion] };
      continue;
    }
    // The events of the first day are not ordered against each other: the first position is what
    // the speaker said that day at all of them ("For and Strongly for"), whichever sorts first.
    const first = changes[0]!;
    if (changes.length === 1 && first.occasion.exact && occasion.exact && occasion.start === first.occasion.start) {
      standing.stances = orderStances([...standing.stances, ...occasion.stances]);
      standing.run.push(occasion);
      first.to = standing.stances;
      first.statementIds = [...first.statementIds, ...takers(occasion.stances)];
      continue;
    }
    const kind = changeKind(standing.stances, occasion.stances);
    if (!kind) {
      standing.run.push(occasion);
      continue;
    }
    // A change needs an order: some occasion of the standing position must end before this one begins.
    if (!standing.run.some((held) => certainlyBefore(held, occasion))) {
      unordered.push({ occasion, standing: standing.stances });
      continue;
    }
    changes.push({ kind, from: standing.stances, to: occasion.stances, occasion, statementIds: takers(occasion.stances) });
    standing = { stances: occasion.stances, since: occasion, run: [occasion] };
  }

  return {
    occasions,
    changes,
    unordered,
    current: standing && latest ? { stances: standing.stances, since: standing.since, latest } : null,
    reversals: changes.filter((c) => c.kind === "REVERSAL").length,
    statementCount: new Set(records.map((r) => r.statementId)).size,
  };
}

/** The months an occasion falls in, as a reader says them: "Oct 2024", "Feb–Dec 2025", "Oct 2024 – Mar 2025". */
export function monthsPhrase({ start, end }: Pick<Occasion, "start" | "end">): string {
  if (start.slice(0, 7) === end.slice(0, 7)) return monthLabel(start.slice(0, 7));
  if (start.slice(0, 4) === end.slice(0, 4)) {
    if (start.endsWith("-01-01") && end.endsWith("-12-31")) return start.slice(0, 4);
    return `${monthAbbreviation(start)}–${monthLabel(end.slice(0, 7))}`;
  }
  return `${monthLabel(start.slice(0, 7))} – ${monthLabel(end.slice(0, 7))}`;
}

/**
 * When an occasion was, for a headline: its months ("in Jun 2025", "since Oct 2024"), or for an
 * approximate date the very label its statements carry ("c. early 2025"), so a reader never sees
 * one date written two ways on one screen.
 */
function when(occasion: Pick<Occasion, "start" | "end" | "precision">, preposition: "in" | "since"): string {
  if (occasion.precision === "APPROXIMATE") {
    const label = formatInterval(occasion);
    return preposition === "in" ? label : `${preposition} ${label}`;
  }
  return `${preposition} ${monthsPhrase(occasion)}`;
}

/** "For since Oct 2024; hardened to Strongly for in Jun 2025; no reversal". */
export function positionHeadline(history: PositionHistory): string | null {
  const [first, ...later] = history.changes;
  if (!first) return null;
  const parts = [`${positionLabel(first.to)} ${when(first.occasion, "since")}`];
  for (const change of later) parts.push(`${describeChange(change)} ${when(change.occasion, "in")}`);
  if (later.length === 0) parts.push("no change");
  if (history.reversals === 0) parts.push("no reversal");
  return parts.join("; ");
}

/** The change (not the first stance) that an occasion's statements begin, keyed by statement id. */
export function changesByStatement(history: PositionHistory): Map<number, PositionChange> {
  const map = new Map<number, PositionChange>();
  for (const change of history.changes) {
    if (change.kind === "FIRST") continue;
    for (const id of change.statementIds) map.set(id, change);
  }
  return map;
}
