// Opaque page cursors for /api/statements: the sort key of the last statement on the page
// (dateSort, dateStart, id), the order, and a fingerprint of the filters, as base64url JSON.
// A cursor only continues the query it came from; anything else is refused with a 400.
import { createHash } from "node:crypto";
import { z } from "zod";
import { filtersToSearchParams, type TimelineFilters } from "@/lib/statements/filters";
import type { StatementKey } from "@/lib/statements/timeline";
import { ApiError } from "./errors";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cursorSchema = z.object({
  v: z.literal(1),
  o: z.enum(["newest", "oldest"]),
  s: day,
  d: day,
  i: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  f: z.string().max(64),
});

/** Changes whenever the set or the order of matching statements would. */
export function filtersFingerprint(filters: TimelineFilters): string {
  const query = filtersToSearchParams({ ...filters, page: 1 }).toString();
  return createHash("sha256").update(`${filters.order}?${query}`).digest("base64url").slice(0, 16);
}

export function encodeCursor(filters: TimelineFilters, last: StatementKey): string {
  const payload: z.infer<typeof cursorSchema> = {
    v: 1,
    o: filters.order,
    s: last.dateSort,
    d: last.dateStart,
    i: last.id,
    f: filtersFingerprint(filters),
  };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

export function decodeCursor(cursor: string, filters: TimelineFilters): StatementKey {
  const invalid = (why: string) =>
    new ApiError(
      400,
      "invalid_cursor",
      `The cursor is not valid: ${why}. Use the nextCursor of a previous page, or leave it out to start at the first page.`,
      "cursor",
    );
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw invalid("it is not a cursor this API made");
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid("it is not a cursor this API made");
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) throw invalid("it is not a cursor this API made");
  if (parsed.data.o !== filters.order || parsed.data.f !== filtersFingerprint(filters))
    throw invalid("it belongs to a query with other filters or another order");
  return { dateSort: parsed.data.s, dateStart: parsed.data.d, id: parsed.data.i };
}
