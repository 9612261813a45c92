// Maps calendar days to a horizontal position (percent of the chart's width) for charts. A chart
// places hundreds of days, so days are counted with integer arithmetic on the ISO string.
import { dayNumber } from "./day-number";
import { addMonths, monthAbbreviation, monthDays, monthLabel, monthSpan } from "./months";

export interface TimeScale {
  x: (day: string) => number;
  ticks: { label: string; x: number }[];
}

export function timeScale(days: string[], margin = 3): TimeScale {
  const sorted = [...days].sort();
  let first = sorted[0] ?? "2000-01-01";
  let last = sorted.at(-1) ?? "2000-01-01";
  if (dayNumber(last) - dayNumber(first) < 60) {
    // Widen to the whole month before the first day and the month after the last.
    first = monthDays(addMonths(first.slice(0, 7), -1)).start;
    last = monthDays(addMonths(last.slice(0, 7), 1)).end;
  }
  const start = dayNumber(first);
  const span = Math.max(1, dayNumber(last) - start);
  const x = (day: string) => margin + ((dayNumber(day) - start) / span) * (100 - 2 * margin);
  if (span <= 731) {
    // Up to two years: months ("Jan 2025", "Apr", "Jul"), every month on short spans, else quarters.
    const step = span <= 190 ? 1 : 3;
    const ticks: { label: string; x: number }[] = [];
    for (const month of monthSpan(addMonths(first.slice(0, 7), first.endsWith("-01") ? 0 : 1), last.slice(0, 7))) {
      if ((Number(month.slice(5, 7)) - 1) % step !== 0) continue;
      ticks.push({
        label: ticks.length === 0 || month.endsWith("-01") ? monthLabel(month) : monthAbbreviation(month),
        x: x(`${month}-01`),
      });
    }
    return { x, ticks };
  }
  const years: { label: string; x: number }[] = [];
  const firstYear = Number(first.slice(0, 4)) + (first.endsWith("-01-01") ? 0 : 1);
  for (let year = firstYear; year <= Number(last.slice(0, 4)); year++) {
    years.push({ label: String(year), x: x(`${year}-01-01`) });
  }
  const step = Math.ceil(years.length / 8);
  return { x, ticks: years.filter((_, i) => i % step === 0) };
}
