import "server-only";
import { createHash } from "node:crypto";
import { cachedByDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db/client";
import { publicStatementsByIds } from "@/lib/export/load";
import { readRows } from "@/lib/export/reader";
import { searchParamsRecord } from "@/lib/export/response";
import { renderAtomFeed } from "./atom";
import { originOf } from "@/lib/http/origin";
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { formatDay } from "@/lib/dates/precision";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import {
  activeFilters,
  emptyFilters,
  filtersHref,
  filtersToSearchParams,
  parseTimelineFilters,
  type TimelineFilters,
} from "@/lib/statements/filters";
import { filterLabels, recentlyChangedIdsSql } from "@/lib/statements/timeline";

export const FEED_SIZE = 50;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export type FeedScope = { kind: "all" } | { kind: "topic"; slug: string } | { kind: "speaker"; slug: string };

export function feedPath(scope: FeedScope): string {
  return scope.kind === "all" ? "/feeds/statements.atom" : `/feeds/${scope.kind === "topic" ? "topics" : "speakers"}/${scope.slug}.atom`;
}

/** The filters a scope fixes (its topic or speaker), on top of those from the feed's URL. */
function scopedFilters(scope: FeedScope, filters: TimelineFilters): TimelineFilters {
  const base = { ...filters, page: 1, order: "newest" as const };
  if (scope.kind === "topic") return { ...base, topics: [scope.slug] };
  if (scope.kind === "speaker") return { ...base, speakers: [scope.slug] };
  return base;
}

/**
 * The feed of a view: its scope's path with the view's filters as the query, leaving out the
 * page, the order and what the scope fixes. Linked from every timeline, search and topic view.
 */
export function filteredFeedHref(scope: FeedScope, filters: TimelineFilters): string {
  const query = filtersToSearchParams({ ...filters, page: 1, order: "newest" });
  if (scope.kind === "topic") query.delete("topic");
  if (scope.kind === "speaker") query.delete("speaker");
  const text = query.toString();
  return text ? `${feedPath(scope)}?${text}` : feedPath(scope);
}

/**
 * The most recently added or changed published statements of the view: a feed is for noticing
 * what is new in the tracker, and a statement entered today may have been made years ago.
 * Publishing a draft or correcting a statement updates it, so it comes (back) to the top with a
 * new `updated`. The set is the timeline's for the same filters (the timeline's SQL conditions).
 */
async function latestIds(filters: TimelineFilters): Promise<number[]> {
  const rows = await readRows<{ id: number | bigint }>(await recentlyChangedIdsSql(filters, FEED_SIZE));
  return rows.map((r) => Number(r.id));
}

interface FeedSubject {
  title: string;
  subtitle: string;
  pagePath: string;
  updatedAt: Date;
}

/** "Quotes only; From 1 Jan 2025": a filtered feed's filters in words; empty when there are none. */
async function filterDescription(scope: FeedScope, filters: TimelineFilters): Promise<string> {
  const labels = await filterLabels(filters);
  return activeFilters(filters, {
    day: formatDay,
    speaker: (s) => labels.speakers.get(s) ?? s,
    topic: (t) => labels.topics.get(t) ?? t,
    stance: (s) => STANCE_LABEL[s as Stance],
    sourceKind: (k) => SOURCE_KIND_LABEL[k as SourceKindValue],
    claimStatus: (c) => CLAIM_STATUS_LABEL[c as ClaimStatusValue].toLowerCase(),
  })
    .filter((chip) => !chip.key.startsWith(`${scope.kind}:`))
    .map((chip) => chip.label)
    .join("; ");
}

async function feedSubject(scope: FeedScope): Promise<FeedSubject | null> {
  if (scope.kind === "all") {
    return {
      title: "Statement Tracker: all statements",
      subtitle: "Dated public statements with their sources, topics, stances and claims.",
      pagePath: "/",
      updatedAt: new Date(0),
    };
  }
  if (scope.kind === "topic") {
    const topic = await db.topic.findFirst({
      where: { slug: scope.slug, deletedAt: null },
      select: { id: true, slug: true, name: true, proposition: true, updatedAt: true },
    });
    if (!topic) return null;
    return {
      title: `Statement Tracker: ${topic.name}`,
      subtitle: `Statements on “${topic.proposition}”`,
      pagePath: `/topics/${topic.slug}`,
      updatedAt: topic.updatedAt,
    };
  }
  const person = await db.person.findFirst({
    where: { slug: scope.slug, deletedAt: null },
    select: { id: true, slug: true, name: true, updatedAt: true },
  });
  if (!person) return null;
  return {
    title: `Statement Tracker: ${person.name}`,
    subtitle: `Statements by ${person.name}`,
    pagePath: `/speakers/${person.slug}`,
    updatedAt: person.updatedAt,
  };
}

/** The feed's XML, or null when its topic or speaker does not exist (or is deleted). */
export function atomFeed(scope: FeedScope, origin: string, urlFilters: TimelineFilters = emptyFilters): Promise<string | null> {
  const selfPath = filteredFeedHref(scope, urlFilters);
  return cachedByDataVersion(`atom:${origin}:${selfPath}`, async () => {
    const subject = await feedSubject(scope);
    if (!subject) return null;
    const filters = scopedFilters(scope, urlFilters);
    const described = await filterDescription(scope, filters);
    const statements = await publicStatementsByIds(await latestIds(filters), origin);
    return renderAtomFeed({
      selfUrl: `${origin}${selfPath}`,
      pageUrl: `${origin}${described ? viewPath(scope, subject, filters) : subject.pagePath}`,
      title: described ? `${subject.title} (${described})` : subject.title,
      subtitle: subject.subtitle,
      fallbackUpdated: subject.updatedAt,
      statements,
    });
  });
}

/** The page a filtered feed follows: the timeline or topic view with the same filters. */
function viewPath(scope: FeedScope, subject: FeedSubject, filters: TimelineFilters): string {
  // A speaker's page has no filters: a filtered speaker feed follows the timeline.
  if (scope.kind === "speaker") return filtersHref("/", filters);
  if (scope.kind === "topic") return filtersHref(subject.pagePath, { ...filters, topics: [] });
  return filtersHref("/", filters);
}

/**
 * A feed response; readers that poll with If-None-Match get 304 while nothing changed. The URL's
 * query holds the timeline's filters, read by the timeline's own parser.
 */
export async function atomResponse(request: Request, scope: FeedScope | null): Promise<Response> {
  const filters = parseTimelineFilters(searchParamsRecord(new URL(request.url).searchParams));
  const xml = scope ? await atomFeed(scope, originOf(request), filters) : null;
  if (xml === null) {
    // Like every route's refusal, in JSON: clients read one shape of error everywhere.
    return Response.json(
      { error: { status: 404, code: "not_found", message: "No such feed." } },
      { status: 404, headers: { "Access-Control-Allow-Origin": "*" } },
    );
  }
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "Access-Control-Allow-Origin": "*" };
  if (
    request.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": ATOM_CONTENT_TYPE } });
}

/** "defence-spending.atom" → "defence-spending"; anything else is not a feed. */
export function slugFromFeedSegment(segment: string): string | null {
  const match = /^([a-z0-9][a-z0-9-]{0,99})\.atom$/.exec(segment);
  return match ? match[1]! : null;
}
