// The geometry of the timeline's month strip, apart from its markup. Twenty years are 240 bars,
// split by stance up to six segments each: drawn as one path per stance (and dimming), not one
// rectangle per segment, the strip stays a few dozen elements plus one link per month.
import { monthAbbreviation, monthLabel, monthSpan } from "@/lib/dates/months";
import { STANCE_COLOR, STANCE_LABEL, STANCES, type Stance } from "@/lib/stances/scale";
import { escapeMarkup } from "@/lib/text/markup";

export interface MonthCount {
  month: string; // YYYY-MM
  total: number;
  byStance: Partial<Record<string, number>>;
}

/**
 * Moves the statements of `outside` (per month, a subset of `months`) to the nearest month of the
 * range [from, to]: they belong to the view but their middle month lies outside its dates.
 */
export function clipToRange(months: MonthCount[], outside: MonthCount[], range: { from: string | null; to: string | null }): MonthCount[] {
  const first = range.from?.slice(0, 7) ?? null;
  const last = range.to?.slice(0, 7) ?? null;
  const clip = (month: string) => (first !== null && month < first ? first : last !== null && month > last ? last : month);
  const result = new Map(months.map((m) => [m.month, { month: m.month, total: m.total, byStance: { ...m.byStance } }]));
  const add = (month: string, total: number, byStance: MonthCount["byStance"], sign: 1 | -1) => {
    const entry = result.get(month) ?? { month, total: 0, byStance: {} };
    entry.total = Math.max(0, entry.total + sign * total);
    for (const [stance, n] of Object.entries(byStance))
      entry.byStance[stance] = Math.max(0, (entry.byStance[stance] ?? 0) + sign * (n ?? 0));
    result.set(month, entry);
  };
  for (const m of outside) {
    if (clip(m.month) === m.month) continue;
    add(m.month, m.total, m.byStance, -1);
    add(clip(m.month), m.total, m.byStance, 1);
  }
  return [...result.values()].filter((m) => m.total > 0).sort((a, b) => a.month.localeCompare(b.month));
}

export const STRIP_HEIGHT = 60;
const BAR_WIDTH = 10;
/** Bars shorter than this would vanish at the strip's size. */
const MIN_SEGMENT = 1.5;

const round = (n: number) => Math.round(n * 100) / 100;

export interface MonthBar {
  month: string;
  x: number;
  total: number;
  label: string;
  dimmed: boolean;
}

export interface StripLayer {
  /** null: all statements, in the strip's own colour. */
  stance: Stance | null;
  dimmed: boolean;
  path: string;
}

export interface MonthStrip {
  width: number;
  slot: number;
  bars: MonthBar[];
  layers: StripLayer[];
  firstMonth: string;
  lastMonth: string;
}

export function monthStrip(
  months: MonthCount[],
  options: { byStance: boolean; from: string | null; to: string | null },
): MonthStrip | null {
  if (months.length === 0) return null;
  const all = monthSpan(months[0]!.month, months.at(-1)!.month, 12);
  const counts = new Map(months.map((m) => [m.month, m]));
  const max = Math.max(...months.map((m) => m.total));
  const slot = BAR_WIDTH + (all.length > 120 ? 0 : 2);
  const narrowed = options.from !== null || options.to !== null;
  const fromMonth = options.from?.slice(0, 7);
  const toMonth = options.to?.slice(0, 7);
  const paths = new Map<string, { stance: Stance | null; dimmed: boolean; parts: string[] }>();
  const bars: MonthBar[] = all.map((month, i) => {
    const count = counts.get(month);
    const x = i * slot;
    const dimmed = narrowed && ((fromMonth !== undefined && month < fromMonth) || (toMonth !== undefined && month > toMonth));
    const segments: { stance: Stance | null; n: number }[] = !count
      ? []
      : options.byStance
        ? STANCES.filter((s) => count.byStance[s]).map((s) => ({ stance: s, n: count.byStance[s]! }))
        : [{ stance: null, n: count.total }];
    let y = STRIP_HEIGHT;
    for (const { stance, n } of segments) {
      const h = round(Math.max(MIN_SEGMENT, (n / max) * STRIP_HEIGHT));
      y = round(y - h);
      const key = `${stance}:${dimmed}`;
      const layer = paths.get(key) ?? { stance, dimmed, parts: [] };
      layer.parts.push(`M${x} ${y}h${BAR_WIDTH}v${h}h-${BAR_WIDTH}z`);
      paths.set(key, layer);
    }
    const total = count?.total ?? 0;
    const byStance =
      options.byStance && segments.length > 0 ? ` (${segments.map((s) => `${s.n} ${STANCE_LABEL[s.stance!]}`).join(", ")})` : "";
    return { month, x, total, dimmed, label: `${monthLabel(month)}: ${total} ${total === 1 ? "statement" : "statements"}${byStance}` };
  });
  return {
    width: all.length * slot,
    slot,
    bars,
    layers: [...paths.values()].map(({ stance, dimmed, parts }) => ({ stance, dimmed, path: parts.join("") })),
    firstMonth: all[0]!,
    lastMonth: all.at(-1)!,
  };
}

/** The strip's bars as SVG paths (drawn; the month links lie over them, see `monthStripLinksMarkup`). */
export function monthStripMarkup(strip: MonthStrip): string {
  return strip.layers
    .map(
      (layer) =>
        `<path d="${layer.path}" fill="${layer.stance ? STANCE_COLOR[layer.stance] : "currentColor"}"${layer.dimmed ? ' opacity="0.35"' : ""}/>`,
    )
    .join("");
}

/**
 * One link per month with statements, as HTML laid over the bars: a grid of one column per month
 * of the strip. The link's text is the month's values ("Nov 2024: 3 statements (2 For, 1 Strongly
 * for)"): its accessible name, and shown above the strip on hover and on keyboard focus alike.
 * Rendered by React, the 240 links of twenty years took about 12 ms of every timeline request; as
 * one string they take well under one. Every value is escaped.
 *
 * An empty month stays a gap: narrowing to it would show nothing, and a sparse view (one speaker
 * on one topic over twenty years) would otherwise carry hundreds of useless links.
 */
export function monthStripLinksMarkup(strip: MonthStrip, hrefForMonth: (month: string) => string): string {
  const half = strip.bars.length / 2;
  return strip.bars
    .map((bar, i) =>
      bar.total === 0
        ? ""
        : `<a class="month-strip-bar" href="${escapeMarkup(hrefForMonth(bar.month))}" style="grid-column:${i + 1}"><span class="month-strip-tip ${
            i < half ? "month-strip-tip-start" : "month-strip-tip-end"
          }">${escapeMarkup(bar.label)}</span></a>`,
    )
    .join("");
}

export interface AxisLabel {
  month: string;
  /** Middle of the month's column, in percent of the strip's width. */
  at: number;
  text: string;
  /** The label on a narrow screen, which shows every other one or fewer; null where it shows none. */
  narrow: string | null;
}

const STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/**
 * Labels for the strip's time axis, at a step that leaves room for each: months ("Jan 2025",
 * "Apr", "Jul") or years, at most six on a wide screen and three on a phone. The first label and
 * every January name the year.
 */
export function monthAxis(strip: MonthStrip): AxisLabel[] {
  const count = strip.bars.length;
  const at = (i: number) => Math.round(((i + 0.5) / count) * 10000) / 100;
  const stepFor = (most: number) => STEPS.find((s) => Math.ceil(count / s) <= most) ?? STEPS.at(-1)!;
  const wide = stepFor(6);
  // A multiple of the wide step, so that the narrow labels are some of the wide ones.
  const narrow = STEPS.find((s) => s >= stepFor(3) && s % wide === 0) ?? STEPS.at(-1)!;
  const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const name = (month: string, step: number, first: boolean) =>
    step >= 12 ? month.slice(0, 4) : first || month.endsWith("-01") ? monthLabel(month) : monthAbbreviation(month);
  const labels: AxisLabel[] = [];
  let narrowSeen = false;
  strip.bars.forEach((bar, i) => {
    const index = monthIndex(bar.month);
    if (index % wide !== 0) return;
    const inNarrow = index % narrow === 0;
    labels.push({
      month: bar.month,
      at: at(i),
      text: name(bar.month, wide, labels.length === 0),
      narrow: inNarrow ? name(bar.month, narrow, !narrowSeen) : null,
    });
    if (inNarrow) narrowSeen = true;
  });
  return labels;
}
