// The topic page's stance-over-time chart (components/charts/stance-chart.tsx) as vector graphics:
// the same rows, colours, date ranges and ringed change points, in points instead of percent.
// Its labels are ordinary text in the embedded fonts, so they stay searchable.
import { timeScale } from "@/lib/dates/time-scale";
import { STANCE_COLOR, STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import type { DossierChartPoint } from "./dossier";
import { palette, TYPE } from "./theme";
import type { Typesetter } from "./typesetter";

const ROWS: Stance[] = ["STRONGLY_FOR", "FOR", "MIXED", "AGAINST", "STRONGLY_AGAINST", "NOT_STATED"];
const ROW_HEIGHT = 17;
const LABEL_WIDTH = 84;
const GAP = 8;
const AXIS_HEIGHT = 14;

export const STANCE_CHART_HEIGHT = ROWS.length * ROW_HEIGHT + AXIS_HEIGHT;

/** Draws the chart with its top-left corner at (x, y); it is STANCE_CHART_HEIGHT points tall. */
export function drawStanceChart(t: Typesetter, points: DossierChartPoint[], x: number, y: number, width: number): void {
  const { doc } = t;
  const plotX = x + LABEL_WIDTH + GAP;
  const plotWidth = width - LABEL_WIDTH - GAP;
  const plotBottom = y + ROWS.length * ROW_HEIGHT;
  const scale = timeScale(points.flatMap((p) => [p.start, p.end]));
  const px = (day: string) => plotX + (scale.x(day) / 100) * plotWidth;
  const py = (stance: Stance) => y + ROWS.indexOf(stance) * ROW_HEIGHT + ROW_HEIGHT / 2;

  doc.save();
  for (const stance of ROWS) {
    t.write(STANCE_LABEL[stance], { ...TYPE.chartLabel, size: 7.5 }, x, LABEL_WIDTH, { y: py(stance) - 4.5, align: "right" });
    doc.moveTo(plotX, py(stance)).lineTo(plotX + plotWidth, py(stance)).lineWidth(0.6).strokeColor(palette.rule).stroke();
  }
  for (const tick of scale.ticks) {
    const tx = plotX + (tick.x / 100) * plotWidth;
    doc.moveTo(tx, y).lineTo(tx, plotBottom).lineWidth(0.6).dash(2, { space: 3 }).strokeColor(palette.rule).stroke().undash();
    const left = Math.min(plotX + plotWidth - 30, Math.max(plotX, tx - 15));
    t.write(tick.label, TYPE.chartLabel, left, 30, { y: plotBottom + 3, align: "center" });
  }

  // Steps between stated positions, then ranges, then dots, change points last so they stay on top.
  const stated = points.filter((p) => p.stance !== "NOT_STATED");
  doc.lineWidth(0.6).dash(3, { space: 2 }).strokeColor(palette.faint);
  stated.slice(1).forEach((point, i) => {
    const previous = stated[i]!;
    doc.moveTo(px(previous.sortKey), py(previous.stance)).lineTo(px(point.sortKey), py(point.stance)).stroke();
  });
  doc.undash().lineCap("round").lineWidth(5).strokeOpacity(0.45);
  for (const point of points) {
    if (point.start === point.end) continue;
    doc.moveTo(px(point.start), py(point.stance)).lineTo(px(point.end), py(point.stance)).strokeColor(STANCE_COLOR[point.stance]).stroke();
  }
  doc.strokeOpacity(1).lineCap("butt");
  const ordered = [...points.filter((p) => !p.isShift), ...points.filter((p) => p.isShift)];
  for (const point of ordered) {
    const cx = px(point.sortKey);
    const cy = py(point.stance);
    if (point.isShift) doc.lineWidth(1.2).circle(cx, cy, 6).fillAndStroke(palette.white, palette.ink);
    doc.lineWidth(0.8).circle(cx, cy, point.start === point.end ? 3.6 : 3).fillAndStroke(STANCE_COLOR[point.stance], palette.white);
  }
  doc.restore();
  t.y = y + STANCE_CHART_HEIGHT;
}
