// Record ids from a URL or a form: one strict parser, so "abc", "-1", "1.5", "1e3", " 7" and
// numbers past 2^53 are refused as "no such record" (404) instead of reaching the database as NaN.
import { notFound } from "next/navigation";

/** Ids are positive integers that SQLite and JavaScript both hold exactly. */
export function parseRecordId(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** For pages and route segments: the id, or the site's own 404 page. */
export function recordIdOrNotFound(raw: unknown): number {
  return parseRecordId(raw) ?? notFound();
}
