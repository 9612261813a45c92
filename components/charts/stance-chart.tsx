import { STANCE_COLOR, STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { timeScale } from "@/lib/dates/time-scale";

export interface ChartPoint {
  statementId: number;
  start: string;
  end: string;
  sortKey: string;
  stance: Stance;
  dateLabel: string;
  isShift: boolean;
}

const ROWS: Stance[] = ["STRONGLY_FOR", "FOR", "MIXED", "AGAINST", "STRONGLY_AGAINST", "NOT_STATED"];
const ROW_HEIGHT = 30;

/**
 * Stance over time: time runs across, the scale runs from "strongly for" at the top to
 * "strongly against". An uncertain date is drawn as the range it covers; change points are
 * ringed and link to their statements. Positions are in percent, so it fits any width.
 */
export function StanceChart({ points, speaker }: { points: ChartPoint[]; speaker: string }) {
  if (points.length === 0) return null;
  const scale = timeScale(points.flatMap((p) => [p.start, p.end]));
  const y = (stance: Stance) => ROWS.indexOf(stance) * ROW_HEIGHT + ROW_HEIGHT / 2;
  const height = ROWS.length * ROW_HEIGHT + 22;
  const stated = points.filter((p) => p.stance !== "NOT_STATED");

  return (
    <figure>
      <div className="flex gap-2">
        <div aria-hidden="true" className="w-24 shrink-0 text-right text-xs text-stone-700 sm:w-32 dark:text-stone-300">
          {ROWS.map((stance) => (
            <div key={stance} className="flex items-center justify-end" style={{ height: ROW_HEIGHT }}>
              {STANCE_LABEL[stance]}
            </div>
          ))}
        </div>
        <svg role="group" aria-label={`${speaker}'s stance over time; ringed points are changes of position.`} className="min-w-0 flex-1 overflow-visible" height={height} width="100%">
          {ROWS.map((stance) => (
            <line key={stance} x1="0" x2="100%" y1={y(stance)} y2={y(stance)} className="stroke-stone-200 dark:stroke-stone-800" strokeWidth="1" />
          ))}
          {scale.ticks.map((tick) => (
            <g key={tick.label}>
              <line x1={`${tick.x}%`} x2={`${tick.x}%`} y1="0" y2={ROWS.length * ROW_HEIGHT} className="stroke-stone-200 dark:stroke-stone-800" strokeDasharray="2 3" />
              <text x={`${Math.min(96, Math.max(4, tick.x))}%`} y={height - 6} textAnchor="middle" fontSize="11" className="fill-stone-600 dark:fill-stone-400">
                {tick.label}
              </text>
            </g>
          ))}
          {stated.slice(1).map((point, i) => {
            const prev = stated[i]!;
            return (
              <line
                key={`step-${point.statementId}`}
                x1={`${scale.x(prev.sortKey)}%`}
                y1={y(prev.stance)}
                x2={`${scale.x(point.sortKey)}%`}
                y2={y(point.stance)}
                className="stance-chart-step"
              />
            );
          })}
          {/* Ranges first and inert, so no range covers a dot; change points last, on top. */}
          {points
            .filter((point) => point.start !== point.end)
            .map((point) => (
              <line
                key={`range-${point.statementId}`}
                x1={`${scale.x(point.start)}%`}
                x2={`${scale.x(point.end)}%`}
                y1={y(point.stance)}
                y2={y(point.stance)}
                stroke={STANCE_COLOR[point.stance]}
                strokeOpacity="0.45"
                strokeWidth="8"
                strokeLinecap="round"
                pointerEvents="none"
              />
            ))}
          {[...points.filter((p) => !p.isShift), ...points.filter((p) => p.isShift)].map((point) => {
            const label = `${point.dateLabel}: ${STANCE_LABEL[point.stance]}${point.isShift ? " (change of position)" : ""}`;
            const exact = point.start === point.end;
            return (
              <a key={point.statementId} href={`/statements/${point.statementId}`} aria-label={label}>
                <title>{label}</title>
                {point.isShift ? <circle cx={`${scale.x(point.sortKey)}%`} cy={y(point.stance)} r="10" className="stance-chart-ring" /> : null}
                <circle cx={`${scale.x(point.sortKey)}%`} cy={y(point.stance)} r={exact ? 6 : 5} fill={STANCE_COLOR[point.stance]} className="stance-chart-dot" />
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        Each dot is a statement (a bar shows a date known only approximately); ringed dots mark a change of position. Select one to open it.
      </figcaption>
    </figure>
  );
}
