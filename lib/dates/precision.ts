// Statement dates are intervals of calendar days (ISO `YYYY-MM-DD`) with a precision. The
// interval is what sorting and filtering use; the precision decides how a reader sees it.
import { dayNumber, isoDay } from "./day-number";
import { daysInMonth, monthAbbreviation, monthDays, monthLabel } from "./months";

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "RANGE", "APPROXIMATE"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface DateInterval {
  start: string;
  end: string;
  precision: DatePrecision;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Labels and checks work on the ISO string itself: a timeline page formats hundreds of dates, and
// parsing each into a Date and formatting it back cost milliseconds per request.

/** True for a real calendar day written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function monthInterval(year: number, month: number): { start: string; end: string } {
  return monthDays(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
}

export function yearInterval(year: number): { start: string; end: string } {
  return { start: `${String(year).padStart(4, "0")}-01-01`, end: `${String(year).padStart(4, "0")}-12-31` };
}

/** The middle day of an interval (rounded down): the position an uncertain date sorts at. */
export function midpoint(start: string, end: string): string {
  if (!isIsoDay(start) || !isIsoDay(end)) throw new RangeError(`Not a calendar day: ${isIsoDay(start) ? end : start}`);
  const first = dayNumber(start);
  return isoDay(first + Math.floor((dayNumber(end) - first) / 2));
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

/** "12 Nov 2024". */
export function formatDay(day: string): string {
  if (!isIsoDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return `${Number(day.slice(8, 10))} ${monthAbbreviation(day)} ${day.slice(0, 4)}`;
}

/** "Nov 2024". */
const formatMonth = (day: string) => monthLabel(day.slice(0, 7));

const isFirstOfMonth = (day: string) => day.endsWith("-01");
const isLastOfMonth = (day: string) => Number(day.slice(8, 10)) === daysInMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
const isWholeMonth = (start: string, end: string) => start.slice(0, 7) === end.slice(0, 7) && isFirstOfMonth(start) && isLastOfMonth(end);
const isWholeYears = (start: string, end: string) => start.endsWith("-01-01") && end.endsWith("-12-31");

function formatRange(start: string, end: string): string {
  if (start.slice(0, 7) === end.slice(0, 7)) return `between ${Number(start.slice(8, 10))} and ${formatDay(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4))
    return `between ${Number(start.slice(8, 10))} ${monthAbbreviation(start)} and ${formatDay(end)}`;
  return `between ${formatDay(start)} and ${formatDay(end)}`;
}

/** "early 2025", "mid-2025", "Nov 2024", "2024–2025": an approximate interval in words. */
function describeApproximately(start: string, end: string): string {
  if (start === end) return formatDay(start);
  if (isWholeMonth(start, end)) return formatMonth(start);
  const startYear = start.slice(0, 4);
  const endYear = end.slice(0, 4);
  if (isWholeYears(start, end)) return startYear === endYear ? startYear : `${startYear}–${endYear}`;
  if (startYear === endYear) {
    const first = Number(start.slice(5, 7));
    const last = Number(end.slice(5, 7));
    if (last <= 4) return `early ${startYear}`;
    if (first >= 5 && last <= 8) return `mid-${startYear}`;
    if (first >= 9) return `late ${startYear}`;
    return `${monthAbbreviation(start)}–${formatMonth(end)}`;
  }
  return `${formatMonth(start)} – ${formatMonth(end)}`;
}

/** The date as a reader should see it: "12 Nov 2024", "Nov 2024", "2025", "c. mid-2025". */
export function formatInterval({ start, end, precision }: DateInterval): string {
  switch (precision) {
    case "DAY":
      return formatDay(start);
    case "MONTH":
      return formatMonth(start);
    case "YEAR":
      return start.slice(0, 4);
    case "RANGE":
      return start === end ? formatDay(start) : formatRange(start, end);
    case "APPROXIMATE":
      return `c. ${describeApproximately(start, end)}`;
  }
}

/** "1–30 Sep 2025", "14–15 Jul 2025", "1 Feb – 31 Dec 2025", "1 Oct 2024 – 25 Mar 2025". */
export function formatDayRange(start: string, end: string): string {
  if (start === end) return formatDay(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${formatDay(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${Number(start.slice(8, 10))} ${monthAbbreviation(start)} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** A longer, unambiguous wording for titles and screen readers, without repeating the label. */
export function describeInterval(interval: DateInterval): string {
  const { start, end, precision } = interval;
  if (precision === "DAY" || start === end) return `on ${formatDay(start)}`;
  switch (precision) {
    case "MONTH":
    case "YEAR":
      return `sometime in ${formatInterval(interval)}`;
    case "RANGE":
      return `sometime ${formatRange(start, end)}`;
    case "APPROXIMATE":
      return `approximately ${describeApproximately(start, end)} (estimated ${formatDayRange(start, end)})`;
  }
}

/** What a reader should know about a date's precision, beside its label: "known only to the month". */
export function precisionNote(interval: DateInterval): string | null {
  const { start, end, precision } = interval;
  if (precision === "DAY" || start === end) return null;
  switch (precision) {
    case "MONTH":
      return "known only to the month";
    case "YEAR":
      return "known only to the year";
    case "RANGE":
      return "the exact day is not known";
    case "APPROXIMATE":
      return `approximate: estimated ${formatDayRange(start, end)}`;
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
      return start.slice(0, 4) === end.slice(0, 4) && isWholeYears(start, end) ? null : "A year date must cover exactly one calendar year.";
    default:
      return null;
  }
}
