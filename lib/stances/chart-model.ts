// What the stance-over-time chart draws, as plain data: the web chart (SVG in percent) and the
// PDF chart (points) render the same model. Pure and serialisable, so the PDF worker can take it.
import { dayNumber } from "@/lib/dates/day-number";
import { addMonths, monthAbbreviation, monthDays, monthLabel } from "@/lib/dates/months";
import { CHANGE_KIND_LABEL, describeChange, positionLabel, type ChangeKind, type PositionHistory } from "./positions";
import { STANCE_LABEL, STANCE_SCORE, STANCES, type Stance } from "./scale";
import { POSITION_CHANGE_TYPES, relationLabel, type RelationTypeValue } from "@/lib/relations/types";

export interface ChartMarker {
  key: string;
  stance: Stance;
  /** Statements on this occasion taking this stance; the marker links to the first. */
  statementIds: number[];
  exact: boolean;
  /** Horizontal position, 0 to 1: the middle, and the interval's ends for an approximate date. */
  x: number;
  x1: number;
  x2: number;
  /** 0 is the row's line; approximate dates and crowded dots go to further lanes. */
  lane: number;
  dateLabel: string;
  /** "1 Aug 2025: Strongly for, 2 statements" */
  label: string;
}

export interface ChartChange {
  kind: Exclude<ChangeKind, "FIRST">;
  kindLabel: string;
  x: number;
  x1: number;
  x2: number;
  exact: boolean;
  statementId: number;
  /** "Hardened to Strongly for, Jun 2025" */
  label: string;
  /** The row its mark's label takes above the plot: changes close in time stack their labels. */
  labelRow: number;
}

/** A link between two statements on the chart, drawn as a connector between their markers. */
export interface ChartLink {
  type: RelationTypeValue;
  fromKey: string;
  toKey: string;
  /** Walk-backs and contradictions stand out: they explain a change of position. */
  emphasis: boolean;
  /** "Jun 2025 walks back 3 Mar 2025" */
  label: string;
}

export interface StanceChartModel {
  rows: { stance: Stance; label: string; lanes: number }[];
  markers: ChartMarker[];
  changes: ChartChange[];
  links: ChartLink[];
  /** How many label rows the changes need. */
  changeRows: number;
  ticks: { x: number; label: string; major: boolean }[];
  /** The days the chart spans, edge to edge (events between them can be marked on it). */
  domain: ChartDomain;
}

export interface ChartDomain {
  from: string;
  to: string;
}

const MARGIN = 0.03;
/** How close two dots may come (a share of the width) before the later one moves to another lane. */
const DOT_GAP = 0.045;
/**
 * How far apart two changes' labels must be (a share of the width) to share a row: a label is
 * about 70 px wide, and a phone's plot about 250 px.
 */
const LABEL_GAP = 0.3;

/** Month ticks for spans up to two years, years beyond; at most about eight of them. */
function axis(firstDay: string, lastDay: string) {
  let first = firstDay.slice(0, 7);
  let last = lastDay.slice(0, 7);
  const monthsBetween = (a: string, b: string) =>
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  if (monthsBetween(first, last) < 2) {
    first = addMonths(first, -1);
    last = addMonths(last, 1);
  }
  const domain: ChartDomain = { from: monthDays(first).start, to: monthDays(last).end };
  const x = (day: string) => chartX(domain, day);
  const months = monthsBetween(first, last) + 1;
  const ticks: StanceChartModel["ticks"] = [];
  if (months <= 24) {
    const step = [1, 2, 3, 6].find((s) => months / s <= 8) ?? 6;
    for (let m = first; m <= last; m = addMonths(m, 1)) {
      const monthNumber = Number(m.slice(5, 7));
      if ((monthNumber - 1) % step !== 0) continue;
      // The first tick carries the year unless a January follows soon (it would crowd it).
      const januarySoon = ticks.length === 0 && monthNumber > 12 - 3 * step && months > 12 - monthNumber + 1;
      const major = monthNumber === 1 || (ticks.length === 0 && !januarySoon);
      ticks.push({ x: x(`${m}-01`), label: major ? monthLabel(m) : monthAbbreviation(m), major });
    }
  } else {
    const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1;
    const step = Math.ceil(years / 8);
    for (let year = Number(first.slice(0, 4)) + (first.endsWith("-01") ? 0 : 1); year <= Number(last.slice(0, 4)); year++) {
      if (year % step === 0) ticks.push({ x: x(`${year}-01-01`), label: String(year), major: true });
    }
  }
  return { x, ticks, domain };
}

/** Where a day stands across the chart, 0 to 1 (the same scale as its dots and ticks). */
export function chartX(domain: ChartDomain, day: string): number {
  const start = dayNumber(domain.from);
  const span = Math.max(1, dayNumber(domain.to) - start);
  return MARGIN + ((dayNumber(day) - start) / span) * (1 - 2 * MARGIN);
}

/** The days the chart of this history spans, or null when it has no occasion to draw. */
export function chartDomain(history: PositionHistory): ChartDomain | null {
  const occasions = history.occasions;
  if (occasions.length === 0) return null;
  return axis(
    occasions.reduce((d, o) => (o.start < d ? o.start : d), occasions[0]!.start),
    occasions.reduce((d, o) => (o.end > d ? o.end : d), occasions[0]!.end),
  ).domain;
}

export function stanceChartModel(
  history: PositionHistory,
  relations: readonly { fromId: number; toId: number; type: RelationTypeValue }[] = [],
): StanceChartModel | null {
  const occasions = history.occasions;
  if (occasions.length === 0) return null;
  const { x, ticks, domain } = axis(
    occasions.reduce((d, o) => (o.start < d ? o.start : d), occasions[0]!.start),
    occasions.reduce((d, o) => (o.end > d ? o.end : d), occasions[0]!.end),
  );

  // Only the part of the scale the record uses, plus "not stated" when an occasion took no stance.
  const scores = occasions.flatMap((o) => o.stances.map((s) => STANCE_SCORE[s]!));
  const top = scores.length ? Math.max(...scores) : 0;
  const bottom = scores.length ? Math.min(...scores) : 0;
  const rowStances = STANCES.filter((s) => {
    const score = STANCE_SCORE[s];
    return score === null ? occasions.some((o) => o.stances.length === 0) : scores.length > 0 && score <= top && score >= bottom;
  });

  const markers: ChartMarker[] = [];
  for (const occasion of occasions) {
    const stances = occasion.stances.length ? occasion.stances : (["NOT_STATED"] as Stance[]);
    for (const stance of stances) {
      const ids = occasion.statements.filter((s) => s.stance === stance).map((s) => s.statementId);
      const count = new Set(ids).size;
      markers.push({
        key: `${occasion.key}:${stance}`,
        stance,
        statementIds: [...new Set(ids)],
        exact: occasion.exact,
        x: x(occasion.mid),
        x1: x(occasion.start),
        x2: x(occasion.end),
        lane: 0,
        dateLabel: occasion.dateLabel,
        label: `${occasion.dateLabel}: ${STANCE_LABEL[stance]}, ${count} ${count === 1 ? "statement" : "statements"}`,
      });
    }
  }

  // Exact dates take the row's line first; a dot too close to another moves to the next lane, and
  // approximate dates go below, into lanes where they cover nothing.
  const rows = rowStances.map((stance) => {
    const taken: { x1: number; x2: number }[][] = [];
    const place = (marker: ChartMarker, from: number) => {
      const span = marker.exact
        ? { x1: marker.x - DOT_GAP / 2, x2: marker.x + DOT_GAP / 2 }
        : { x1: marker.x1 - DOT_GAP / 2, x2: marker.x2 + DOT_GAP / 2 };
      let lane = from;
      while ((taken[lane] ?? []).some((t) => t.x1 < span.x2 && span.x1 < t.x2)) lane++;
      while (taken.length <= lane) taken.push([]);
      taken[lane]!.push(span);
      marker.lane = lane;
    };
    const inRow = markers.filter((m) => m.stance === stance);
    const exact = inRow.filter((m) => m.exact).sort((a, b) => a.x - b.x);
    for (const marker of exact) place(marker, 0);
    const firstVagueLane = taken.length;
    for (const marker of inRow.filter((m) => !m.exact).sort((a, b) => a.x1 - b.x1 || b.x2 - a.x2)) place(marker, firstVagueLane);
    return { stance, label: STANCE_LABEL[stance], lanes: Math.max(1, taken.length) };
  });

  const changes: ChartChange[] = history.changes.flatMap((change) =>
    change.kind === "FIRST"
      ? []
      : [
          {
            kind: change.kind,
            kindLabel: CHANGE_KIND_LABEL[change.kind],
            x: x(change.occasion.mid),
            x1: x(change.occasion.start),
            x2: x(change.occasion.end),
            exact: change.occasion.exact,
            statementId: change.statementIds[0]!,
            label: `${describeChange(change).replace(/^./, (c) => c.toUpperCase())}, ${change.occasion.dateLabel} (from ${positionLabel(change.from ?? [])})`,
            labelRow: 0,
          },
        ],
  );
  const rowEnds: number[] = [];
  for (const change of changes) {
    let row = rowEnds.findIndex((end) => change.x - end >= LABEL_GAP);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = change.x;
    change.labelRow = row;
  }

  // A link joins the markers of its two statements when both are on the chart (and apart).
  const markerOf = new Map<number, ChartMarker>();
  for (const marker of markers) for (const id of marker.statementIds) if (!markerOf.has(id)) markerOf.set(id, marker);
  const seen = new Set<string>();
  const links: ChartLink[] = relations.flatMap((relation) => {
    const from = markerOf.get(relation.fromId);
    const to = markerOf.get(relation.toId);
    const key = `${from?.key}|${to?.key}|${relation.type}`;
    if (!from || !to || from === to || seen.has(key)) return [];
    seen.add(key);
    return [
      {
        type: relation.type,
        fromKey: from.key,
        toKey: to.key,
        emphasis: POSITION_CHANGE_TYPES.includes(relation.type),
        label: `${from.dateLabel} ${relationLabel(relation.type, "outgoing")} ${to.dateLabel}`,
      },
    ];
  });

  return { rows, markers, changes, links, changeRows: rowEnds.length, ticks, domain };
}
