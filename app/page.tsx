import type { Metadata } from "next";
import { TimelineView } from "@/components/timeline/timeline-view";
import { redirect } from "next/navigation";
import { filteredFeedHref } from "@/lib/feeds/feeds";
import {
  filtersHref,
  filtersToSearchParams,
  ignoredDateFilters,
  parseExpandedFacets,
  parseTimelineFilters,
  withoutEmptyParams,
} from "@/lib/statements/filters";
import { AsOfBanner, AsOfPicker, AsOfRefused } from "@/components/as-of/as-of-notices";
import { utcDay } from "@/lib/as-of/as-of-date";
import { resolveAsOf } from "@/lib/as-of/queries";
import { parseMarkerChoice } from "@/lib/events/markers";

// Rendered per request; readers' full page loads get its cached twin (app/cached/timeline).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The feed of the view as shown, filters and search included, so a reader can follow a query.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  // A view of the past has no feed of its own (feeds follow today's record) and is not indexed.
  if (params.asOf) return { title: "Timeline as recorded on an earlier day", robots: { index: false } };
  const href = filteredFeedHref({ kind: "all" }, parseTimelineFilters(params));
  const title = href === "/feeds/statements.atom" ? "All statements (Atom)" : "Statements in this view (Atom)";
  return { alternates: { types: { "application/atom+xml": [{ url: href, title }] } } };
}

export default async function TimelinePage({ searchParams }: Props) {
  const params = await searchParams;
  const clean = withoutEmptyParams("/", params);
  if (clean) redirect(clean);
  const filters = parseTimelineFilters(params);
  const asOf = await resolveAsOf(params);
  const day = asOf.kind === "past" ? asOf.day : null;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Timeline</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        What was said, when, and where it is recorded. Filter by speaker, topic, stance, date and more; every view is a link you can share.
      </p>
      <div className="mt-3 space-y-3">
        {asOf.kind === "invalid" ? <AsOfRefused message={asOf.message} /> : null}
        {day ? <AsOfBanner day={day} todayHref={filtersHref("/", { ...filters, page: 1 })} /> : null}
        <AsOfPicker action="/" keep={[...filtersToSearchParams({ ...filters, page: 1 })]} value={day ?? ""} max={utcDay(new Date())} />
      </div>
      <TimelineView
        asOf={day}
        path="/"
        filters={filters}
        expanded={parseExpandedFacets(params)}
        feedHref={filteredFeedHref({ kind: "all" }, filters)}
        ignoredDates={ignoredDateFilters(params)}
        markerChoice={parseMarkerChoice(params.events)}
      />
    </>
  );
}
