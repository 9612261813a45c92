// The `asOf` of a reader view: the record as it stood at the end of a day (UTC), or at an instant
// (`2025-06-30T14:05:00Z`, for changes made within one day). Pure: parsing, labels, and the
// message a reader gets for a value that cannot be shown.
import { formatDay, isIsoDay } from "@/lib/dates/precision";

export const AS_OF_PARAM = "asOf";

export type AsOfRequest =
  { kind: "today" } | { kind: "past"; day: string; label: string } | { kind: "invalid"; value: string; message: string };

type RawParams = Record<string, string | string[] | undefined>;

/** The raw value of `asOf` in a query, trimmed; "" when absent. */
export function rawAsOf(params: RawParams): string {
  const value = params[AS_OF_PARAM];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

/** The first instant after the day: what was recorded before it is what stood on the day. */
export function endOfDay(day: string): Date {
  const end = new Date(`${day}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?Z$/;

/** The bound of an as-of value (a day or an instant): the view holds what was recorded before it. */
export function asOfEnd(value: string): Date {
  return INSTANT.test(value) ? new Date(new Date(value).getTime() + 1) : endOfDay(value);
}

/** "30 Jun 2025", or "30 Jun 2025, 14:05:00 UTC" for an instant. */
export function formatAsOf(value: string): string {
  const instant = INSTANT.exec(value);
  if (!instant) return formatDay(value);
  return `${formatDay(instant[1]!)}, ${new Date(value).toISOString().slice(11, 19)} UTC`;
}

/** The UTC day of an instant. */
export const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

/**
 * What `asOf` asks for. `firstRecorded` is the instant of the earliest record in the database (null
 * when empty). Today (or no value) is today's view; the future and a day before anything was
 * recorded cannot be shown, and the message says why and what can.
 */
export function parseAsOf(value: string, now: Date, firstRecorded: Date | null): AsOfRequest {
  if (value === "") return { kind: "today" };
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const instant = INSTANT.exec(value);
  if (instant && isIsoDay(instant[1]!)) return parseInstant(new Date(value), now, firstRecorded);
  if (!isIsoDay(value)) {
    return { kind: "invalid", value, message: `“${shown}” is not a date. Write the day as YYYY-MM-DD, for example 2025-06-30.` };
  }
  const today = utcDay(now);
  if (value > today) {
    return {
      kind: "invalid",
      value,
      message: `${formatDay(value)} is in the future. The record can be shown as it stood on any day up to today (${formatDay(today)}).`,
    };
  }
  if (value === today) return { kind: "today" };
  if (!firstRecorded || endOfDay(value) <= firstRecorded) {
    return {
      kind: "invalid",
      value,
      message: firstRecorded
        ? `Nothing had been recorded by ${formatDay(value)}: the record begins on ${formatDay(utcDay(firstRecorded))}.`
        : "Nothing has been recorded yet.",
    };
  }
  return { kind: "past", day: value, label: asOfLabel(value) };
}

function parseInstant(instant: Date, now: Date, firstRecorded: Date | null): AsOfRequest {
  const value = instant.toISOString();
  if (instant >= now) return { kind: "today" };
  if (!firstRecorded || instant < firstRecorded) {
    return {
      kind: "invalid",
      value,
      message: firstRecorded
        ? `Nothing had been recorded by ${formatAsOf(value)}: the record begins on ${formatAsOf(firstRecorded.toISOString())}.`
        : "Nothing has been recorded yet.",
    };
  }
  return { kind: "past", day: value, label: asOfLabel(value) };
}

/** "the end of 30 Jun 2025 (UTC)", or "30 Jun 2025, 14:05:00 UTC" for an instant. */
export const asOfMoment = (value: string) => (INSTANT.test(value) ? formatAsOf(value) : `the end of ${formatAsOf(value)} (UTC)`);

/** "As recorded on 30 Jun 2025". */
export const asOfLabel = (value: string) => `As recorded on ${formatAsOf(value)}`;

/** A path with the as-of day added to its query (or the path unchanged for today's view). */
export function withAsOf(href: string, day: string | null): string {
  if (!day) return href;
  const [path, query = ""] = href.split("?");
  const params = new URLSearchParams(query);
  params.set(AS_OF_PARAM, day);
  return `${path}?${params.toString()}`;
}
