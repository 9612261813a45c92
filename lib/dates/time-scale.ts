// Maps calendar days to a horizontal position (percent of the chart's width) for charts.
import { differenceInCalendarDays, parseISO } from "date-fns";

export interface TimeScale {
  x: (day: string) => number;
  ticks: { label: string; x: number }[];
}

export function timeScale(days: string[], margin = 3): TimeScale {
  const sorted = [...days].sort();
  let first = parseISO(sorted[0] ?? "2000-01-01");
  let last = parseISO(sorted.at(-1) ?? "2000-01-01");
  if (differenceInCalendarDays(last, first) < 60) {
    first = new Date(first.getFullYear(), first.getMonth() - 1, 1);
    last = new Date(last.getFullYear(), last.getMonth() + 2, 0);
  }
  const span = Math.max(1, differenceInCalendarDays(last, first));
  const x = (day: string) => margin + (differenceInCalendarDays(parseISO(day), first) / span) * (100 - 2 * margin);
  const years: { label: string; x: number }[] = [];
  for (let year = first.getFullYear() + (first.getMonth() === 0 && first.getDate() === 1 ? 0 : 1); year <= last.getFullYear(); year++) {
    years.push({ label: String(year), x: x(`${year}-01-01`) });
  }
  const step = Math.ceil(years.length / 8);
  return { x, ticks: years.filter((_, i) => i % step === 0) };
}
