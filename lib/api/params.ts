// The query parameters of /api/statements: the timeline's URL filters (same names, same meaning,
// parsed by parseTimelineFilters) plus `limit` and `cursor`. Where the timeline quietly drops a
// value it cannot use, the API answers 400 and names the parameter: a client's typo should not
// silently widen its result.
import { CLAIM_STATUSES } from "@/lib/claims/kinds";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { STANCES } from "@/lib/stances/scale";
import { boundaryDay, MAX_QUERY_LENGTH, parseTimelineFilters, type TimelineFilters } from "@/lib/statements/filters";
import { dictFrom, groupEntries } from "@/lib/collections/dict";
import { ApiError, invalidParameter } from "./errors";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;
const MAX_VALUES = 20;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

type Check = { multiple: boolean; valid: (value: string) => boolean; expected: string };

const oneOf =
  (values: readonly string[]): Check["valid"] =>
  (value) =>
    values.includes(value.toUpperCase());
const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase()).join(", ");

export const STATEMENT_FILTER_PARAMETERS: Record<string, Check> = dictFrom<Check>({
  speaker: { multiple: true, valid: (v) => SLUG.test(v.toLowerCase()), expected: "a speaker's slug" },
  topic: { multiple: true, valid: (v) => SLUG.test(v.toLowerCase()), expected: "a topic's slug" },
  stance: { multiple: true, valid: oneOf(STANCES), expected: lower(STANCES) },
  from: { multiple: false, valid: (v) => boundaryDay(v, "start") !== null, expected: "YYYY, YYYY-MM or YYYY-MM-DD" },
  to: { multiple: false, valid: (v) => boundaryDay(v, "end") !== null, expected: "YYYY, YYYY-MM or YYYY-MM-DD" },
  kind: { multiple: false, valid: oneOf(["QUOTE", "PARAPHRASE"]), expected: "quote, paraphrase" },
  source: { multiple: true, valid: oneOf(SOURCE_KINDS), expected: lower(SOURCE_KINDS) },
  claims: { multiple: false, valid: oneOf(["WITH", "WITHOUT"]), expected: "with, without" },
  claim: { multiple: true, valid: oneOf(CLAIM_STATUSES), expected: lower(CLAIM_STATUSES) },
  q: { multiple: false, valid: (v) => v.length <= MAX_QUERY_LENGTH, expected: `search text of at most ${MAX_QUERY_LENGTH} characters` },
  order: { multiple: false, valid: (v) => v === "newest" || v === "oldest", expected: "newest, oldest" },
});

export interface StatementListQuery {
  filters: TimelineFilters;
  limit: number;
  cursor: string | null;
}

export function parseStatementListQuery(params: URLSearchParams): StatementListQuery {
  const raw = groupEntries(params);

  for (const key of Object.keys(raw)) {
    if (Object.hasOwn(STATEMENT_FILTER_PARAMETERS, key) || key === "limit" || key === "cursor") continue;
    const hint = key === "page" ? " This API pages with `cursor`: pass the nextCursor of the previous page." : "";
    throw new ApiError(400, "unknown_parameter", `Unknown parameter "${key}".${hint}`, key);
  }
  for (const [key, check] of Object.entries(STATEMENT_FILTER_PARAMETERS)) {
    const given = raw[key];
    if (!given) continue;
    if (!check.multiple && given.length > 1) throw invalidParameter(key, `"${key}" may be given once.`);
    const values = check.multiple ? given.flatMap((v) => v.split(",")).map((v) => v.trim()) : given;
    if (values.length > MAX_VALUES) throw invalidParameter(key, `"${key}" takes at most ${MAX_VALUES} values.`);
    const bad = values.find((v) => !check.valid(v.trim()));
    if (bad !== undefined) throw invalidParameter(key, `"${bad}" is not a valid ${key}: expected ${check.expected}.`);
  }
  const single = (key: string) => {
    const values = raw[key];
    if (values && values.length > 1) throw invalidParameter(key, `"${key}" may be given once.`);
    return values?.[0] ?? null;
  };

  const limitText = single("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) throw invalidParameter("limit", `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`);
  // An empty cursor is the first page, so `?cursor=${next ?? ""}` loops need no special case.
  return { filters: { ...parseTimelineFilters(raw), page: 1 }, limit, cursor: single("cursor") || null };
}
