import type { Metadata } from "next";
import { TimelineView } from "@/components/timeline/timeline-view";
import { redirect } from "next/navigation";
import { ignoredDateFilters, parseExpandedFacets, parseTimelineFilters, withoutEmptyParams } from "@/lib/statements/filters";

export const metadata: Metadata = {
  alternates: { types: { "application/atom+xml": [{ url: "/feeds/statements.atom", title: "All statements (Atom)" }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
        feedHref="/feeds/statements.atom"
        ignoredDates={ignoredDateFilters(params)}
      />
    </>
  );
}
