// Calendar months as "YYYY-MM" strings. The month strip walks hundreds of them on every timeline
// request, so this is plain integer arithmetic rather than Date objects.

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (i: number) => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;

export function addMonths(month: string, count: number): string {
  return fromIndex(index(month) + count);
}

/** Every month from `first` to `last` inclusive, widened evenly on both sides to at least `minimum`. */
export function monthSpan(first: string, last: string, minimum = 1): string[] {
  let from = index(first);
  let to = Math.max(index(last), from);
  while (to - from + 1 < minimum) {
    to++;
    if (to - from + 1 < minimum) from--;
  }
  return Array.from({ length: to - from + 1 }, (_, i) => fromIndex(from + i));
}

/** "Nov 2024". */
export function monthLabel(month: string): string {
  return `${MONTH_ABBR[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Nov", for a month given as "YYYY-MM" or a day as "YYYY-MM-DD". */
export function monthAbbreviation(monthOrDay: string): string {
  return MONTH_ABBR[Number(monthOrDay.slice(5, 7)) - 1]!;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** 28 to 31, in the proleptic Gregorian calendar that ISO 8601 uses. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The first and last day of a month, as ISO dates. */
export function monthDays(month: string): { start: string; end: string } {
  const lastDay = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { start: `${month}-01`, end: `${month}-${String(lastDay).padStart(2, "0")}` };
}
