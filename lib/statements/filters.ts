// The timeline's filters, as they live in the URL. Parsing never fails: a value that makes no
// sense is dropped, so a hand-edited or truncated link still shows a page.
import { z } from "zod";
import { monthDays } from "@/lib/dates/months";
import { isIsoDay } from "@/lib/dates/precision";
import { STANCES } from "@/lib/stances/scale";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { CLAIM_STATUSES } from "@/lib/claims/kinds";

export const MAX_QUERY_LENGTH = 300;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

type RawParams = Record<string, string | string[] | undefined>;

const list = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

function pick<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return [...new Set(values.map((v) => v.toUpperCase()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** "2024", "2024-11" or "2024-11-12" as the first (or last) day it covers. */
export function boundaryDay(value: string, edge: "start" | "end"): string | null {
  if (/^\d{4}$/.test(value)) return edge === "start" ? `${value}-01-01` : `${value}-12-31`;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
    return monthDays(value)[edge];
  }
  return isIsoDay(value) ? value : null;
}

export interface TimelineFilters {
  speakers: string[];
  topics: string[];
  stances: (typeof STANCES)[number][];
  from: string | null;
  to: string | null;
  kind: "QUOTE" | "PARAPHRASE" | null;
  sourceKinds: (typeof SOURCE_KINDS)[number][];
  claims: "with" | "without" | null;
  claimStatuses: (typeof CLAIM_STATUSES)[number][];
  q: string;
  order: "newest" | "oldest";
  page: number;
}

export const emptyFilters: TimelineFilters = {
  speakers: [],
  topics: [],
  stances: [],
  from: null,
  to: null,
  kind: null,
  sourceKinds: [],
  claims: null,
  claimStatuses: [],
  q: "",
  order: "newest",
  page: 1,
};

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export function parseTimelineFilters(params: RawParams): TimelineFilters {
  const slugs = (key: string) =>
    [
      ...new Set(
        list(params[key])
          .map((s) => s.toLowerCase())
          .filter((s) => SLUG.test(s)),
      ),
    ].slice(0, 20);
  let from = boundaryDay(first(params.from), "start");
  let to = boundaryDay(first(params.to), "end");
  if (from && to && from > to) [from, to] = [boundaryDay(first(params.to), "start"), boundaryDay(first(params.from), "end")];
  const kind = first(params.kind).toUpperCase();
  const claims = first(params.claims).toLowerCase();
  return {
    speakers: slugs("speaker"),
    topics: slugs("topic"),
    stances: pick(STANCES, list(params.stance)),
    from,
    to,
    kind: kind === "QUOTE" || kind === "PARAPHRASE" ? kind : null,
    sourceKinds: pick(SOURCE_KINDS, list(params.source)),
    claims: claims === "with" || claims === "without" ? claims : null,
    claimStatuses: pick(CLAIM_STATUSES, list(params.claim)),
    q: first(params.q).replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH),
    order: first(params.order) === "oldest" ? "oldest" : "newest",
    page: pageSchema.parse(first(params.page) || 1),
  };
}

/** Facet lists that can be shown in full (`?more=topic`); they show their top values otherwise. */
export const EXPANDABLE_FACETS = ["speaker", "topic"] as const;
export type ExpandableFacet = (typeof EXPANDABLE_FACETS)[number];

export function parseExpandedFacets(params: RawParams): ExpandableFacet[] {
  return EXPANDABLE_FACETS.filter((facet) => list(params.more).includes(facet));
}

/** A view's URL with some facet lists shown in full. */
export function expandedFacetsHref(path: string, filters: TimelineFilters, expanded: ExpandableFacet[]): string {
  const params = filtersToSearchParams(filters);
  for (const facet of expanded) params.append("more", facet);
  return withQuery(path, params);
}

/**
 * The filters that choose a set of statements, as a cache key: the page and the order only
 * arrange that set, so aggregates over it (counts, facets, a topic's claims) are shared.
 */
export function statementSetKey(filters: TimelineFilters): string {
  return JSON.stringify({ ...filters, page: 1, order: "newest" });
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

/** The URL query for a set of filters; defaults are left out so links stay short. */
export function filtersToSearchParams(filters: TimelineFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const speaker of filters.speakers) params.append("speaker", speaker);
  for (const topic of filters.topics) params.append("topic", topic);
  for (const stance of filters.stances) params.append("stance", stance.toLowerCase());
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.kind) params.set("kind", filters.kind.toLowerCase());
  for (const kind of filters.sourceKinds) params.append("source", kind.toLowerCase());
  if (filters.claims) params.set("claims", filters.claims);
  for (const status of filters.claimStatuses) params.append("claim", status.toLowerCase());
  if (filters.q) params.set("q", filters.q);
  if (filters.order !== "newest") params.set("order", filters.order);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

export function filtersHref(path: string, filters: TimelineFilters): string {
  return withQuery(path, filtersToSearchParams(filters));
}

/** One active filter, as a removable chip. */
export interface ActiveFilter {
  key: string;
  label: string;
  without: TimelineFilters;
}

type Labeller = {
  day?: (isoDay: string) => string;
  speaker: (slug: string) => string;
  topic: (slug: string) => string;
  stance: (v: string) => string;
  sourceKind: (v: string) => string;
  claimStatus: (v: string) => string;
};

export function activeFilters(filters: TimelineFilters, label: Labeller): ActiveFilter[] {
  const base = { ...filters, page: 1 };
  const chips: ActiveFilter[] = [];
  const without = <K extends keyof TimelineFilters>(key: K, value: TimelineFilters[K]) => ({ ...base, [key]: value });
  if (filters.q) chips.push({ key: "q", label: `Text: “${filters.q}”`, without: without("q", "") });
  for (const s of filters.speakers)
    chips.push({
      key: `speaker:${s}`,
      label: `Speaker: ${label.speaker(s)}`,
      without: without(
        "speakers",
        filters.speakers.filter((x) => x !== s),
      ),
    });
  for (const t of filters.topics)
    chips.push({
      key: `topic:${t}`,
      label: `Topic: ${label.topic(t)}`,
      without: without(
        "topics",
        filters.topics.filter((x) => x !== t),
      ),
    });
  for (const s of filters.stances)
    chips.push({
      key: `stance:${s}`,
      label: `Stance: ${label.stance(s)}`,
      without: without(
        "stances",
        filters.stances.filter((x) => x !== s),
      ),
    });
  const day = label.day ?? ((d: string) => d);
  if (filters.from) chips.push({ key: "from", label: `From ${day(filters.from)}`, without: without("from", null) });
  if (filters.to) chips.push({ key: "to", label: `Until ${day(filters.to)}`, without: without("to", null) });
  if (filters.kind)
    chips.push({ key: "kind", label: filters.kind === "QUOTE" ? "Quotes only" : "Paraphrases only", without: without("kind", null) });
  for (const k of filters.sourceKinds)
    chips.push({
      key: `source:${k}`,
      label: `Source: ${label.sourceKind(k)}`,
      without: without(
        "sourceKinds",
        filters.sourceKinds.filter((x) => x !== k),
      ),
    });
  if (filters.claims)
    chips.push({ key: "claims", label: filters.claims === "with" ? "With claims" : "Without claims", without: without("claims", null) });
  for (const c of filters.claimStatuses)
    chips.push({
      key: `claim:${c}`,
      label: `Claim: ${label.claimStatus(c)}`,
      without: without(
        "claimStatuses",
        filters.claimStatuses.filter((x) => x !== c),
      ),
    });
  return chips;
}

/** Date filters in the URL that name no day ("2025-13-45"): ignored, and the reader is told so. */
export function ignoredDateFilters(params: RawParams): { key: "from" | "to"; value: string }[] {
  return (["from", "to"] as const).flatMap((key) => {
    const value = first(params[key]);
    return value && !boundaryDay(value, key === "from" ? "start" : "end") ? [{ key, value: value.slice(0, 40) }] : [];
  });
}

/**
 * The same address without its empty parameters (`?q=&from=&kind=` as a GET form sends them), or
 * null when there are none: the page redirects there, so shared links stay short.
 */
export function withoutEmptyParams(path: string, params: RawParams): string | null {
  const clean = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v.trim() === "") dropped = true;
      else clean.append(key, v);
    }
  }
  return dropped ? withQuery(path, clean) : null;
}
