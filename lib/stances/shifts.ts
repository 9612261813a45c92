// Where a speaker's stance on a topic changed. "Not stated" is no position, so it neither
// starts nor ends a run; a change point is a stated stance that differs from the previous one.
import type { Stance } from "./scale";

export interface StancePoint {
  statementId: number;
  start: string;
  end: string;
  sortKey: string; // the interval's middle day
  stance: Stance;
}

export interface StanceShift {
  statementId: number;
  from: Stance;
  to: Stance;
  start: string;
  end: string;
}

const chronological = <T extends StancePoint>(points: readonly T[]) =>
  [...points].sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.start.localeCompare(b.start) || a.statementId - b.statementId);

export function stanceShifts(points: readonly StancePoint[]): StanceShift[] {
  const shifts: StanceShift[] = [];
  let previous: StancePoint | null = null;
  for (const point of chronological(points)) {
    if (point.stance === "NOT_STATED") continue;
    if (previous && previous.stance !== point.stance) {
      shifts.push({ statementId: point.statementId, from: previous.stance, to: point.stance, start: point.start, end: point.end });
    }
    previous = point;
  }
  return shifts;
}

/** The latest stated stance and the statement that began the run it belongs to. */
export function currentPosition(points: readonly StancePoint[]): { stance: Stance; since: StancePoint; latest: StancePoint } | null {
  const stated = chronological(points).filter((p) => p.stance !== "NOT_STATED");
  const latest = stated.at(-1);
  if (!latest) return null;
  let since = latest;
  for (let i = stated.length - 2; i >= 0 && stated[i]!.stance === latest.stance; i--) since = stated[i]!;
  return { stance: latest.stance, since, latest };
}
