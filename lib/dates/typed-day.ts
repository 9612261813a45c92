// A day as an analyst types it ("2025-02-14", or "2025-2-4"), read into an ISO day, or a message
// that says precisely what is wrong: "February 2025 has 28 days", not "enter a day".
import { daysInMonth } from "./months";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const TYPED_DAY = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;

export type TypedDay = { ok: true; day: string } | { ok: false; message: string };

export function readTypedDay(text: string): TypedDay {
  const match = TYPED_DAY.exec(text.trim());
  if (!match) return { ok: false, message: "Enter the day as year-month-day, e.g. 2025-02-14." };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) return { ok: false, message: "There is no year 0000." };
  if (month < 1 || month > 12)
    return { ok: false, message: `There is no month ${month}: the month is 1 to 12 (${text.trim()} is year-month-day).` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > 31) return { ok: false, message: `That day does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${last} days.` };
  if (day > last)
    return { ok: false, message: `${MONTH_NAMES[month - 1]} ${year} has ${last} days: there is no ${day} ${MONTH_NAMES[month - 1]}.` };
  return { ok: true, day: `${match[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}
