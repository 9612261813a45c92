import { timeScale } from "@/lib/dates/time-scale";

export interface SeriesPoint {
  id: number;
  statementId: number;
  value: number;
  dateSort: string;
  dateLabel: string;
  text: string;
}

const HEIGHT = 150;
const fmt = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/** One numeric claim series (a shared unit) over time, each point linking to its statement. */
export function NumericSeriesChart({ unit, points }: { unit: string; points: SeriesPoint[] }) {
  const scale = timeScale(points.map((p) => p.dateSort));
  const values = points.map((p) => p.value);
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  const y = (v: number) => 16 + (1 - (v - min) / (max - min || 1)) * (HEIGHT - 40);
  const sorted = [...points].sort((a, b) => a.dateSort.localeCompare(b.dateSort));
  return (
    <figure className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
      <figcaption className="text-sm font-medium">Claims in {unit}</figcaption>
      <svg role="group" aria-label={`Numeric claims in ${unit} over time`} width="100%" height={HEIGHT} className="overflow-visible">
        <line x1="0" x2="100%" y1={y(min)} y2={y(min)} className="stroke-stone-300 dark:stroke-stone-700" />
        {sorted.slice(1).map((p, i) => (
          <line key={`l-${p.id}`} x1={`${scale.x(sorted[i]!.dateSort)}%`} y1={y(sorted[i]!.value)} x2={`${scale.x(p.dateSort)}%`} y2={y(p.value)} className="stroke-blue-600 dark:stroke-blue-400" strokeWidth="1.5" />
        ))}
        {sorted.map((p) => {
          const label = `${p.dateLabel}: ${fmt(p.value)} ${unit}, ${p.text}`;
          return (
            <a key={p.id} href={`/statements/${p.statementId}`} aria-label={label}>
              <title>{label}</title>
              <circle cx={`${scale.x(p.dateSort)}%`} cy={y(p.value)} r="5" className="fill-blue-700 dark:fill-blue-400" />
              <text x={`${Math.min(94, Math.max(6, scale.x(p.dateSort)))}%`} y={y(p.value) - 9} textAnchor="middle" fontSize="11" className="fill-stone-800 dark:fill-stone-200">
                {fmt(p.value)}
              </text>
            </a>
          );
        })}
        {scale.ticks.map((tick) => (
          <text key={tick.label} x={`${Math.min(96, Math.max(4, tick.x))}%`} y={HEIGHT - 4} textAnchor="middle" fontSize="11" className="fill-stone-600 dark:fill-stone-400">
            {tick.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}
