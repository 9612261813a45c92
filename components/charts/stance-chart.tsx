import { EventMarkerGlyphs, EventMarkerList, type MarkedEvents } from "@/components/events/event-markers";
import { chartEventMarkers } from "@/lib/events/markers";
import type { RelationTypeValue } from "@/lib/relations/types";
import { chartX, stanceChartModel } from "@/lib/stances/chart-model";
import { CHANGE_KIND_LABEL, changesByStatement, positionLabel, type PositionHistory } from "@/lib/stances/positions";
import { STANCE_COLOR } from "@/lib/stances/scale";

const LANE = 16;
const ROW_PAD = 6;
/** Height of one row of change labels above the plot. */
const CHANGE_ROW = 18;
const AXIS = 22;
const DOT = 6;

/** Text on a dot: dark on the light fills, white on the dark ones. */
const countFill = (color: string) => (["#34d399", "#f59e0b", "#fb7185", "#a8a29e"].includes(color) ? "#1c1917" : "#ffffff");

/**
 * Stance over time: time runs across, only the part of the scale the record uses runs down.
 * One dot per occasion and stance, with the number of statements; an approximate date is a
 * lighter bar in a lane of its own, so it never covers an exact one. Changes of position are
 * marked above the plot by their kind and link to their statements. The table below says the
 * same in words. Horizontal positions are in percent, so the chart fits any width. Events, when
 * given, stand as dashed lines with a shape per kind above the plot, listed in words below.
 */
export function StanceChart({
  history,
  speaker,
  events,
  relations = [],
  statementHref = (id) => `/statements/${id}`,
}: {
  history: PositionHistory;
  speaker: string;
  events?: MarkedEvents;
  /** Links between statements: those with both ends on the chart are drawn as connectors. */
  relations?: readonly { fromId: number; toId: number; type: RelationTypeValue }[];
  /** A statement's page (a view of the past links to the statement as it stood then). */
  statementHref?: (id: number) => string;
}) {
  const model = stanceChartModel(history, relations);
  if (!model) return null;
  const eventMarkers = events ? chartEventMarkers(events.list, (day) => chartX(model.domain, day)) : [];
  const CHANGE_BAND = model.changes.length > 0 ? model.changeRows * CHANGE_ROW + 10 : 8;
  // On a phone only the years (and a first month far from them) keep their labels.
  const phoneLabel = (i: number) => {
    const tick = model.ticks[i]!;
    if (i === 0) return !model.ticks.some((t, j) => j > 0 && t.major && t.x - tick.x < 0.25);
    return tick.major;
  };
  const rowHeights = model.rows.map((r) => 2 * ROW_PAD + r.lanes * LANE);
  const rowTop = model.rows.map((_, i) => CHANGE_BAND + rowHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const plotBottom = CHANGE_BAND + rowHeights.reduce((a, b) => a + b, 0);
  const height = plotBottom + AXIS;
  const rowIndex = new Map(model.rows.map((r, i) => [r.stance, i]));
  const laneY = (stance: (typeof model.rows)[number]["stance"], lane: number) =>
    rowTop[rowIndex.get(stance)!]! + ROW_PAD + lane * LANE + LANE / 2;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const changeOf = changesByStatement(history);
  const markerByKey = new Map(model.markers.map((m) => [m.key, m]));
  // Connectors are drawn in a box of 1000 units across (stretched to the width) and the chart's
  // own height, so a curve can span percentages; strokes keep their width when stretched.
  const connectors = model.links.flatMap((link) => {
    const from = markerByKey.get(link.fromKey);
    const to = markerByKey.get(link.toKey);
    if (!from || !to) return [];
    const [ax, ay, bx, by] = [from.x * 1000, laneY(from.stance, from.lane), to.x * 1000, laneY(to.stance, to.lane)];
    const apex = Math.max(4, Math.min(ay, by) - 16 - Math.min(24, Math.abs(bx - ax) / 40));
    return [{ link, from, to, ax, ay, bx, by, apex, path: `M ${ax} ${ay} C ${ax} ${apex} ${bx} ${apex} ${bx} ${by}` }];
  });
  const emphasised = connectors.some((c) => c.link.emphasis);
  const plain = connectors.some((c) => !c.link.emphasis);

  return (
    <figure>
      {eventMarkers.length ? (
        <div aria-hidden="true" className="flex gap-2">
          <div className="w-20 shrink-0 sm:w-28" />
          <EventMarkerGlyphs markers={eventMarkers} className="min-w-0 flex-1" />
        </div>
      ) : null}
      <div className="flex gap-2">
        <div
          aria-hidden="true"
          className="w-20 shrink-0 text-right text-xs text-stone-700 sm:w-28 dark:text-stone-300"
          style={{ paddingTop: CHANGE_BAND }}
        >
          {model.rows.map((row, i) => (
            <div
              key={row.stance}
              className="flex items-start justify-end"
              style={{ height: rowHeights[i], paddingTop: ROW_PAD + LANE / 2 - 8 }}
            >
              {row.label}
            </div>
          ))}
        </div>
        <svg
          role="group"
          aria-label={`${speaker}'s stance over time. The table below the chart lists the same positions.`}
          className="min-w-0 flex-1 overflow-visible"
          height={height}
          width="100%"
        >
          {model.rows.map((row, i) => (
            <g key={row.stance}>
              {i > 0 ? <line x1="0" x2="100%" y1={rowTop[i]} y2={rowTop[i]} className="stroke-stone-200 dark:stroke-stone-800" /> : null}
              <line
                x1="0"
                x2="100%"
                y1={laneY(row.stance, 0)}
                y2={laneY(row.stance, 0)}
                className="stroke-stone-300 dark:stroke-stone-700"
              />
            </g>
          ))}
          {model.ticks.map((tick, i) => (
            <g key={`${tick.label}-${i}`}>
              <line
                x1={pct(tick.x)}
                x2={pct(tick.x)}
                y1={CHANGE_BAND}
                y2={plotBottom + 4}
                className="stroke-stone-300 dark:stroke-stone-700"
                strokeDasharray={tick.major ? undefined : "2 3"}
              />
              <text
                x={pct(tick.x)}
                y={height - 5}
                textAnchor={i === 0 ? "start" : "middle"}
                fontSize="11"
                className={`fill-stone-700 dark:fill-stone-300 ${phoneLabel(i) ? "" : "max-sm:hidden"}`}
              >
                {tick.label}
              </text>
            </g>
          ))}
          {/* Events are decoration here; the list below the chart names them and links to them. */}
          <g aria-hidden="true" pointerEvents="none">
            {eventMarkers.map((marker) => (
              <line
                key={`event-${marker.key}`}
                x1={`${marker.at}%`}
                x2={`${marker.at}%`}
                y1={0}
                y2={plotBottom}
                strokeWidth="1"
                strokeDasharray="3 3"
                className="stroke-amber-600 dark:stroke-amber-400"
              />
            ))}
          </g>
          {/* The changes' lines are decoration under the dots; their labels above the plot are the links. */}
          <g aria-hidden="true" pointerEvents="none">
            {model.changes.map((change) => (
              <g key={`change-line-${change.statementId}`}>
                {change.exact ? null : (
                  <line
                    x1={pct(change.x1)}
                    x2={pct(change.x2)}
                    y1={CHANGE_BAND - 5}
                    y2={CHANGE_BAND - 5}
                    className="stance-chart-change"
                    strokeWidth="2"
                  />
                )}
                <line
                  x1={pct(change.x)}
                  x2={pct(change.x)}
                  y1={(change.labelRow + 1) * CHANGE_ROW}
                  y2={plotBottom}
                  className="stance-chart-change"
                  strokeWidth="1.5"
                  strokeDasharray={change.exact ? undefined : "4 3"}
                />
              </g>
            ))}
          </g>
          {connectors.length > 0 ? (
            <g aria-hidden="true" pointerEvents="none" data-testid="stance-chart-links">
              <svg x="0" y="0" width="100%" height={height} viewBox={`0 0 1000 ${height}`} preserveAspectRatio="none" overflow="visible">
                {connectors.map(({ link, path }) => (
                  <path
                    key={`link-${link.fromKey}-${link.toKey}-${link.type}`}
                    d={path}
                    fill="none"
                    className={link.emphasis ? "stance-chart-link-strong" : "stance-chart-link"}
                    strokeWidth={link.emphasis ? 2 : 1.25}
                    strokeDasharray={link.emphasis ? undefined : "3 3"}
                    vectorEffect="non-scaling-stroke"
                    data-link-type={link.type}
                  />
                ))}
              </svg>
              {connectors.flatMap(({ link, from, to, ay, by }) =>
                [
                  { marker: from, y: ay },
                  { marker: to, y: by },
                ].map(({ marker, y }) => (
                  <circle
                    key={`link-end-${link.fromKey}-${link.toKey}-${link.type}-${marker.key}`}
                    cx={pct(marker.x)}
                    cy={y}
                    r={DOT + 3}
                    fill="none"
                    className={link.emphasis ? "stance-chart-link-strong" : "stance-chart-link"}
                    strokeWidth={link.emphasis ? 2 : 1.25}
                  />
                )),
              )}
            </g>
          ) : null}
          {model.changes.map((change) => {
            const text = `${change.kind === "REVERSAL" ? "⇄ " : ""}${change.kindLabel}`;
            const width = Math.round(text.length * 7 + 12);
            // Near an edge the label grows inwards, so it stays inside the chart.
            const anchor = change.x > 0.85 ? "end" : change.x < 0.15 ? "start" : "middle";
            const left = anchor === "end" ? -width : anchor === "start" ? 0 : -width / 2;
            const textX = anchor === "end" ? -6 : anchor === "start" ? 6 : 0;
            return (
              <a key={`change-${change.statementId}`} href={statementHref(change.statementId)} aria-label={change.label}>
                <title>{change.label}</title>
                <svg x={pct(change.x)} y={change.labelRow * CHANGE_ROW} width="1" height={CHANGE_ROW} overflow="visible">
                  <rect x={left} y={1} width={width} height={CHANGE_ROW - 2} rx="3" fill="transparent" className="stance-chart-focus" />
                  <text
                    x={textX}
                    y={CHANGE_ROW - 5}
                    textAnchor={anchor}
                    fontSize="11"
                    fontWeight="600"
                    className="stance-chart-change-label"
                  >
                    {text}
                  </text>
                </svg>
              </a>
            );
          })}
          {/* Approximate dates first and lighter, in their own lanes; exact dates on top. */}
          {[...model.markers.filter((m) => !m.exact), ...model.markers.filter((m) => m.exact)].map((marker) => {
            const cy = laneY(marker.stance, marker.lane);
            const count = marker.statementIds.length;
            const color = STANCE_COLOR[marker.stance];
            const change = marker.statementIds.map((id) => changeOf.get(id)).find(Boolean);
            const label = `${marker.label}${change ? `; ${CHANGE_KIND_LABEL[change.kind].toLowerCase()}` : ""}${marker.exact ? "" : " (date approximate)"}`;
            return (
              <a key={marker.key} href={statementHref(marker.statementIds[0]!)} aria-label={label}>
                <title>{label}</title>
                {marker.exact ? (
                  <circle
                    cx={pct(marker.x)}
                    cy={cy}
                    r={count > 1 ? DOT + 2 : DOT}
                    fill={color}
                    className="stance-chart-dot stance-chart-focus"
                  />
                ) : (
                  <>
                    <line
                      x1={pct(marker.x1)}
                      x2={pct(marker.x2)}
                      y1={cy}
                      y2={cy}
                      stroke={color}
                      strokeOpacity="0.35"
                      strokeWidth="8"
                      strokeLinecap="round"
                    />
                    <circle
                      cx={pct(marker.x)}
                      cy={cy}
                      r={count > 1 ? DOT + 1 : DOT - 1}
                      fill={color}
                      fillOpacity="0.55"
                      className="stance-chart-vague stance-chart-focus"
                    />
                  </>
                )}
                {count > 1 ? (
                  <text
                    x={pct(marker.x)}
                    y={cy + 3.5}
                    textAnchor="middle"
                    fontSize="10"
                    fontWeight="700"
                    fill={countFill(color)}
                    pointerEvents="none"
                  >
                    {count}
                  </text>
                ) : null}
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-xs text-stone-700 dark:text-stone-300">
        One dot per occasion (an event, or a day), with the number of statements when there are several; a light bar is a date known only
        approximately. Marks above the chart name each change of position. Select one to open its statement.
        {events ? " Dashed lines with a shape above the chart mark events, listed below." : null}
        {emphasised ? " A solid curve joins a statement to the one it walks back or contradicts." : ""}
        {plain ? " A dotted curve joins statements linked otherwise (reaffirms, clarifies, responds to, same words)." : ""}
        {connectors.length > 0 ? " The links are listed in words below the chart." : ""}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-stone-700 dark:text-stone-300">The chart as a table</summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{speaker}&rsquo;s positions by occasion, oldest first</caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className="py-1 pr-3 font-semibold">
                Date
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Position
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Statements
              </th>
              <th scope="col" className="py-1 font-semibold">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {history.occasions.map((occasion) => {
              const change = history.changes.find((c) => c.occasion.key === occasion.key);
              return (
                <tr key={occasion.key} className="border-b border-stone-200 dark:border-stone-800">
                  <td className="py-1 pr-3">
                    <a href={statementHref(occasion.statements[0]!.statementId)} className="text-link">
                      {occasion.dateLabel}
                    </a>
                  </td>
                  <td className="py-1 pr-3">{positionLabel(occasion.stances)}</td>
                  <td className="py-1 pr-3 tabular-nums">{new Set(occasion.statements.map((s) => s.statementId)).size}</td>
                  <td className="py-1">
                    {change
                      ? CHANGE_KIND_LABEL[change.kind]
                      : history.unordered.some((u) => u.occasion.key === occasion.key)
                        ? "Order unknown"
                        : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      {events ? (
        <EventMarkerList
          events={eventMarkers.flatMap((marker) => marker.events)}
          choice={events.choice}
          hrefForChoice={events.hrefForChoice}
          where="the chart"
        />
      ) : null}
    </figure>
  );
}
