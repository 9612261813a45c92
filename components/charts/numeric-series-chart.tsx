import { timeScale } from "@/lib/dates/time-scale";

export interface SeriesPoint {
  id: number;
  statementId: number;
  value: number;
  dateSort: string;
  dateLabel: string;
  text: string;
}

const HEIGHT = 160;
const TOP = 14;
const BOTTOM = 22;
const COLORS = ["#1d4ed8", "#b45309", "#047857", "#be123c", "#6d28d9", "#0e7490"];
const fmt = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/**
 * What a claim measures, apart from its number: "spend 2% of GDP on defence" and "spend 3.5% of
 * GDP on core needs" are different measures in one unit, and are not joined into one line.
 */
export function measureOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d[\d.,]*\s*%?/g, "#")
    .replace(/[^a-z# ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Round steps for the value axis: 0 to a round maximum in four or five steps. */
function valueTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toFixed(6)));
  return ticks;
}

/**
 * Numeric claims of one unit over time, with a value axis. Claims about the same measure are
 * joined by a line; different measures get their own colour and legend entry. Each point links to
 * its statement.
 */
export function NumericSeriesChart({ unit, points }: { unit: string; points: SeriesPoint[] }) {
  const scale = timeScale(points.map((p) => p.dateSort));
  const ticks = valueTicks(Math.max(...points.map((p) => p.value)));
  const top = ticks.at(-1)!;
  const y = (v: number) => TOP + (1 - v / top) * (HEIGHT - TOP - BOTTOM);
  const measures = new Map<string, { name: string; points: SeriesPoint[] }>();
  for (const point of [...points].sort((a, b) => a.dateSort.localeCompare(b.dateSort))) {
    const key = measureOf(point.text);
    const measure = measures.get(key) ?? { name: point.text, points: [] };
    measure.points.push(point);
    measures.set(key, measure);
  }
  const series = [...measures.values()].map((m, i) => ({ ...m, color: COLORS[i % COLORS.length]! }));

  return (
    <figure className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
      <figcaption className="text-sm font-medium">Claims in {unit}</figcaption>
      <div className="mt-2 flex gap-1">
        <div
          aria-hidden="true"
          className="relative w-10 shrink-0 text-right text-xs text-stone-700 dark:text-stone-300"
          style={{ height: HEIGHT }}
        >
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-1" style={{ top: y(tick) - 8 }}>
              {fmt(tick)}
            </span>
          ))}
        </div>
        <svg
          role="group"
          aria-label={`Numeric claims in ${unit} over time; the list below names each measure`}
          width="100%"
          height={HEIGHT}
          className="min-w-0 flex-1 overflow-visible"
        >
          {ticks.map((tick) => (
            <line
              key={tick}
              x1="0"
              x2="100%"
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? "stroke-stone-400 dark:stroke-stone-600" : "stroke-stone-200 dark:stroke-stone-800"}
            />
          ))}
          {series.map((s) =>
            s.points
              .slice(1)
              .map((p, i) => (
                <line
                  key={`l-${p.id}`}
                  x1={`${scale.x(s.points[i]!.dateSort)}%`}
                  y1={y(s.points[i]!.value)}
                  x2={`${scale.x(p.dateSort)}%`}
                  y2={y(p.value)}
                  stroke={s.color}
                  strokeWidth="1.5"
                />
              )),
          )}
          {series.flatMap((s) =>
            s.points.map((p) => {
              const label = `${p.dateLabel}: ${fmt(p.value)} ${unit}, ${p.text}`;
              return (
                <a key={p.id} href={`/statements/${p.statementId}`} aria-label={label}>
                  <title>{label}</title>
                  <circle
                    cx={`${scale.x(p.dateSort)}%`}
                    cy={y(p.value)}
                    r="5"
                    fill={s.color}
                    className="stroke-white dark:stroke-stone-900"
                    strokeWidth="1.5"
                  />
                </a>
              );
            }),
          )}
          {scale.ticks.map((tick) => (
            <text
              key={tick.label}
              x={`${Math.min(96, Math.max(4, tick.x))}%`}
              y={HEIGHT - 4}
              textAnchor="middle"
              fontSize="11"
              className="fill-stone-700 dark:fill-stone-300"
            >
              {tick.label}
            </text>
          ))}
        </svg>
      </div>
      <ul className="mt-2 space-y-1 text-xs text-stone-700 dark:text-stone-300">
        {series.map((s) => (
          <li key={s.name} className="flex items-start gap-2">
            <span aria-hidden="true" className="mt-1 inline-block h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: s.color }} />
            <span>
              {s.name} ({s.points.map((p) => `${fmt(p.value)} ${unit}, ${p.dateLabel}`).join("; ")})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
