// The topic page's stance-over-time chart (components/charts/stance-chart.tsx) as vector graphics:
// the same model (lib/stances/chart-model.ts), in points instead of percent. Its labels are
// ordinary text in the embedded fonts, so they stay searchable.
import type { StanceChartModel } from "@/lib/stances/chart-model";
import { STANCE_COLOR, type Stance } from "@/lib/stances/scale";
import { palette, TYPE } from "./theme";
import type { Typesetter } from "./typesetter";

const LANE = 10;
const ROW_PAD = 3;
/** One row of change labels; changes close in time stack their labels (chart-model.ts). */
const CHANGE_ROW = 10;
const LABEL_WIDTH = 84;
const GAP = 8;
const AXIS_HEIGHT = 14;
const DARK_TEXT = new Set(["#34d399", "#f59e0b", "#fb7185", "#a8a29e"]);

const rowHeight = (row: StanceChartModel["rows"][number]) => 2 * ROW_PAD + row.lanes * LANE;
const changeBand = (model: StanceChartModel) => (model.changes.length > 0 ? model.changeRows * CHANGE_ROW + 6 : 6);

/** How tall the chart of this model is, in points. */
export function stanceChartHeight(model: StanceChartModel): number {
  return changeBand(model) + model.rows.reduce((sum, row) => sum + rowHeight(row), 0) + AXIS_HEIGHT;
}

/** Draws the chart with its top-left corner at (x, y). */
export function drawStanceChart(t: Typesetter, model: StanceChartModel, x: number, y: number, width: number): void {
  const { doc } = t;
  const CHANGE_BAND = changeBand(model);
  const plotX = x + LABEL_WIDTH + GAP;
  const plotWidth = width - LABEL_WIDTH - GAP;
  const px = (fraction: number) => plotX + fraction * plotWidth;
  const rowTop = new Map<Stance, number>();
  let top = y + CHANGE_BAND;
  for (const row of model.rows) {
    rowTop.set(row.stance, top);
    top += rowHeight(row);
  }
  const plotBottom = top;
  const laneY = (stance: Stance, lane: number) => rowTop.get(stance)! + ROW_PAD + lane * LANE + LANE / 2;

  // Drawn as decoration in the structure tree: the caption and the list of changes say it in words.
  doc.markContent("Artifact");
  doc.save();
  for (const row of model.rows) {
    t.write(row.label, { ...TYPE.chartLabel, size: 7.5 }, x, LABEL_WIDTH, { y: laneY(row.stance, 0) - 4.5, align: "right", tag: null });
    doc
      .moveTo(plotX, laneY(row.stance, 0))
      .lineTo(plotX + plotWidth, laneY(row.stance, 0))
      .lineWidth(0.6)
      .strokeColor(palette.rule)
      .stroke();
  }
  model.ticks.forEach((tick, i) => {
    const tx = px(tick.x);
    doc
      .moveTo(tx, y + CHANGE_BAND)
      .lineTo(tx, plotBottom)
      .lineWidth(0.5);
    if (!tick.major) doc.dash(2, { space: 3 });
    doc.strokeColor(palette.rule).stroke().undash();
    const left = i === 0 ? tx : Math.min(plotX + plotWidth - 36, Math.max(plotX, tx - 18));
    t.write(tick.label, TYPE.chartLabel, left, 36, { y: plotBottom + 3, align: i === 0 ? "left" : "center", tag: null });
  });

  for (const change of model.changes) {
    doc.lineWidth(0.8).strokeColor(palette.ink);
    if (!change.exact)
      doc
        .moveTo(px(change.x1), y + CHANGE_BAND - 3)
        .lineTo(px(change.x2), y + CHANGE_BAND - 3)
        .stroke();
    if (!change.exact) doc.dash(2, { space: 2 });
    doc
      .moveTo(px(change.x), y + (change.labelRow + 1) * CHANGE_ROW)
      .lineTo(px(change.x), plotBottom)
      .stroke()
      .undash();
    const label = `${change.kind === "REVERSAL" ? "⇄ " : ""}${change.kindLabel}`;
    const left = Math.min(plotX + plotWidth - 60, Math.max(plotX, px(change.x) - 30));
    t.write(label, { ...TYPE.chartLabel, size: 7 }, left, 60, { y: y + 1 + change.labelRow * CHANGE_ROW, align: "center", tag: null });
  }

  // Links between statements: a curve from marker to marker above them, ringed at both ends.
  const markerByKey = new Map(model.markers.map((m) => [m.key, m]));
  for (const link of model.links) {
    const from = markerByKey.get(link.fromKey);
    const to = markerByKey.get(link.toKey);
    if (!from || !to) continue;
    const [ax, ay, bx, by] = [px(from.x), laneY(from.stance, from.lane), px(to.x), laneY(to.stance, to.lane)];
    const apex = Math.max(y + 2, Math.min(ay, by) - 9 - Math.min(12, Math.abs(bx - ax) / 30));
    doc.lineWidth(link.emphasis ? 1.2 : 0.7).strokeColor(link.emphasis ? palette.link : palette.faint);
    if (!link.emphasis) doc.dash(1.5, { space: 1.5 });
    doc.moveTo(ax, ay).bezierCurveTo(ax, apex, bx, apex, bx, by).stroke().undash();
    doc.circle(ax, ay, 5.5).stroke();
    doc.circle(bx, by, 5.5).stroke();
  }

  // Approximate dates first, lighter and in lanes of their own; exact dates on top.
  const ordered = [...model.markers.filter((m) => !m.exact), ...model.markers.filter((m) => m.exact)];
  for (const marker of ordered) {
    const cy = laneY(marker.stance, marker.lane);
    const color = STANCE_COLOR[marker.stance];
    const count = marker.statementIds.length;
    const r = count > 1 ? 4.6 : 3.6;
    if (!marker.exact) {
      doc.lineCap("round").lineWidth(5).strokeOpacity(0.35).moveTo(px(marker.x1), cy).lineTo(px(marker.x2), cy).strokeColor(color).stroke();
      doc.strokeOpacity(1).lineCap("butt");
      doc
        .lineWidth(0.6)
        .fillOpacity(0.55)
        .circle(px(marker.x), cy, r - 0.6)
        .fillAndStroke(color, palette.faint)
        .fillOpacity(1);
    } else {
      doc.lineWidth(0.8).circle(px(marker.x), cy, r).fillAndStroke(color, palette.white);
    }
    if (count > 1) {
      t.write(
        String(count),
        { ...TYPE.chartLabel, size: 5.5, color: DARK_TEXT.has(color) ? palette.ink : palette.white },
        px(marker.x) - 6,
        12,
        { y: cy - 2.6, align: "center", tag: null },
      );
    }
  }
  doc.restore();
  doc.endMarkedContent();
  t.y = plotBottom + AXIS_HEIGHT;
}
