import type { Metadata } from "next";
import { TimelineView } from "@/components/timeline/timeline-view";
import { redirect } from "next/navigation";
import { filteredFeedHref } from "@/lib/feeds/feeds";
import { ignoredDateFilters, parseExpandedFacets, parseTimelineFilters, withoutEmptyParams } from "@/lib/statements/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The feed of the view as shown, filters and search included, so a reader can follow a query.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const href = filteredFeedHref({ kind: "all" }, parseTimelineFilters(await searchParams));
  const title = href === "/feeds/statements.atom" ? "All statements (Atom)" : "Statements in this view (Atom)";
  return { alternates: { types: { "application/atom+xml": [{ url: href, title }] } } };
}

export default async function TimelinePage({ searchParams }: Props) {
  const params = await searchParams;
  const clean = withoutEmptyParams("/", params);
  if (clean) redirect(clean);
  const filters = parseTimelineFilters(params);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Timeline</h1>
      <p className="mt-1 max-w-prose text-stone-700 dark:text-stone-300">
        What was said, when, and where it is recorded. Filter by speaker, topic, stance, date and more; every view is a link you can share.
      </p>
      <TimelineView
        path="/"
        filters={filters}
        expanded={parseExpandedFacets(params)}
        feedHref={filteredFeedHref({ kind: "all" }, filters)}
        ignoredDates={ignoredDateFilters(params)}
      />
    </>
  );
}
