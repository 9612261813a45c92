// Statement dates are intervals of calendar days (ISO `YYYY-MM-DD`) with a precision. The
// interval is what sorting and filtering use; the precision decides how a reader sees it.
import { differenceInCalendarDays, addDays, endOfMonth, format, isValid, parseISO } from "date-fns";

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "RANGE", "APPROXIMATE"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface DateInterval {
  start: string;
  end: string;
  precision: DatePrecision;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}

function toDate(day: string): Date {
  if (!isIsoDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return parseISO(day);
}

const iso = (date: Date) => format(date, "yyyy-MM-dd");

export function monthInterval(year: number, month: number): { start: string; end: string } {
  const first = new Date(year, month - 1, 1);
  return { start: iso(first), end: iso(endOfMonth(first)) };
}

export function yearInterval(year: number): { start: string; end: string } {
  return { start: `${String(year).padStart(4, "0")}-01-01`, end: `${String(year).padStart(4, "0")}-12-31` };
}

/** The middle day of an interval (rounded down): the position an uncertain date sorts at. */
export function midpoint(start: string, end: string): string {
  const span = differenceInCalendarDays(toDate(end), toDate(start));
  return iso(addDays(toDate(start), Math.floor(span / 2)));
}

/** Whether the interval [start, end] shares at least one day with [from, to] (open ends allowed). */
export function overlaps(interval: { start: string; end: string }, from?: string | null, to?: string | null): boolean {
  return (!to || interval.start <= to) && (!from || interval.end >= from);
}

/** Newest first by middle day, then by the narrower interval, so "12 Nov" sorts beside "Nov". */
export function compareNewestFirst(a: { start: string; end: string }, b: { start: string; end: string }): number {
  const byMid = midpoint(b.start, b.end).localeCompare(midpoint(a.start, a.end));
  if (byMid !== 0) return byMid;
  return b.start.localeCompare(a.start) || a.end.localeCompare(b.end);
}

export function formatDay(day: string): string {
  return format(toDate(day), "d MMM yyyy");
}

const isFirstOfMonth = (day: string) => day.endsWith("-01");
const isLastOfMonth = (day: string) => iso(endOfMonth(toDate(day))) === day;
const isWholeMonth = (start: string, end: string) =>
  start.slice(0, 7) === end.slice(0, 7) && isFirstOfMonth(start) && isLastOfMonth(end);
const isWholeYears = (start: string, end: string) => start.endsWith("-01-01") && end.endsWith("-12-31");

function formatRange(start: string, end: string): string {
  const s = toDate(start);
  const e = toDate(end);
  if (start.slice(0, 7) === end.slice(0, 7)) return `between ${format(s, "d")} and ${format(e, "d MMM yyyy")}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `between ${format(s, "d MMM")} and ${format(e, "d MMM yyyy")}`;
  return `between ${format(s, "d MMM yyyy")} and ${format(e, "d MMM yyyy")}`;
}

/** "early 2025", "mid-2025", "Nov 2024", "2024–2025": an approximate interval in words. */
function describeApproximately(start: string, end: string): string {
  if (start === end) return formatDay(start);
  if (isWholeMonth(start, end)) return format(toDate(start), "MMM yyyy");
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  if (isWholeYears(start, end)) return startYear === endYear ? startYear : `${startYear}–${endYear}`;
  if (startYear === endYear) {
    const first = Number(start.slice(5, 7));
    const last = Number(end.slice(5, 7));
    if (last <= 4) return `early ${startYear}`;
    if (first >= 5 && last <= 8) return `mid-${startYear}`;
    if (first >= 9) return `late ${startYear}`;
    return `${format(toDate(start), "MMM")}–${format(toDate(end), "MMM yyyy")}`;
  }
  return `${format(toDate(start), "MMM yyyy")} – ${format(toDate(end), "MMM yyyy")}`;
}

/** The date as a reader should see it: "12 Nov 2024", "Nov 2024", "2025", "c. mid-2025". */
export function formatInterval({ start, end, precision }: DateInterval): string {
  switch (precision) {
    case "DAY":
      return formatDay(start);
    case "MONTH":
      return format(toDate(start), "MMM yyyy");
    case "YEAR":
      return start.slice(0, 4);
    case "RANGE":
      return start === end ? formatDay(start) : formatRange(start, end);
    case "APPROXIMATE":
      return `c. ${describeApproximately(start, end)}`;
  }
}

/** A longer, unambiguous wording for titles and screen readers. */
export function describeInterval(interval: DateInterval): string {
  const { start, end, precision } = interval;
  if (precision === "DAY" || start === end) return `on ${formatDay(start)}`;
  const span = `${formatDay(start)} to ${formatDay(end)}`;
  switch (precision) {
    case "MONTH":
    case "YEAR":
      return `sometime in ${formatInterval(interval)} (${span})`;
    case "RANGE":
      return `sometime ${formatRange(start, end)}`;
    case "APPROXIMATE":
      return `approximately ${describeApproximately(start, end)} (estimated ${span})`;
  }
}

/** Checks that an interval is consistent with its precision; returns a problem or null. */
export function intervalProblem({ start, end, precision }: DateInterval): string | null {
  if (!isIsoDay(start)) return "The start is not a valid date.";
  if (!isIsoDay(end)) return "The end is not a valid date.";
  if (end < start) return "The end date is before the start date.";
  switch (precision) {
    case "DAY":
      return start === end ? null : "An exact date is a single day.";
    case "MONTH":
      return isWholeMonth(start, end) ? null : "A month date must cover exactly one calendar month.";
    case "YEAR":
      return start.slice(0, 4) === end.slice(0, 4) && isWholeYears(start, end)
        ? null
        : "A year date must cover exactly one calendar year.";
    default:
      return null;
  }
}
