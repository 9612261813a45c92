import { Suspense } from "react";
import { Pagination } from "@/components/pagination";
import { StatementCard } from "@/components/statement-card";
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { monthDays, monthLabel } from "@/lib/dates/months";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { activeFilters, expandedFacetsHref, filtersHref, type ExpandableFacet, type TimelineFilters } from "@/lib/statements/filters";
import {
  timelineCount,
  facetChoices,
  filterLabels,
  monthlyCounts,
  timelineFacets,
  timelinePage,
  type Facets,
  type TimelineEntry,
} from "@/lib/statements/timeline";
import type { MonthCount } from "@/lib/statements/month-strip";
import { timeBudget } from "@/lib/cache/within";
import { isCachedRender } from "@/lib/cache/cached-render";
import { formatDay } from "@/lib/dates/precision";
import { ActiveFilterChips } from "./active-filter-chips";
import { FilterFormEnhancer } from "./filter-form-enhancer";
import { FilterPanel } from "./filter-panel";
import { TimelineStrip } from "./timeline-strip";
import { AsOfTimelineView } from "@/components/as-of/as-of-timeline";
import { markerKinds, withMarkerChoice, type MarkerChoice } from "@/lib/events/markers";
import { eventsBetween } from "@/lib/events/reader";

function groupByMonth(entries: TimelineEntry[]) {
  // A statement known only to the year (or vaguer) is grouped under its year, not a month.
  const groups: { period: string; id: string; label: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const { start, end } = entry.date;
    const period =
      start.slice(0, 7) === end.slice(0, 7)
        ? start.slice(0, 7)
        : start.slice(0, 4) === end.slice(0, 4)
          ? start.slice(0, 4)
          : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
    const last = groups.at(-1);
    if (last?.period === period) last.entries.push(entry);
    else
      groups.push({ period, id: `${period}-${groups.length}`, label: period.length === 7 ? monthLabel(period) : period, entries: [entry] });
  }
  return groups;
}

/**
 * How long the view waits for its aggregates before sending the statements without them. Most
 * are ready by then (kept up to date by the database or cached); a broad new view's counts
 * follow in the same response.
 */
const AGGREGATE_BUDGET_MS = 40;

type ViewProps = {
  path: string;
  /** Date filters from the URL that name no day and were ignored. */
  ignoredDates?: { key: "from" | "to"; value: string }[];
  filters: TimelineFilters;
  /** Facet lists shown in full (from the URL's `more`). */
  expanded?: ExpandableFacet[];
  hide?: { topics?: boolean; speakers?: boolean };
  /** The Atom feed of the page this view belongs to. */
  feedHref?: string;
  /** Show the view as it stood at the end of this past day (YYYY-MM-DD). */
  asOf?: string | null;
  /** Which events the month strip marks (the URL's `events`). */
  markerChoice?: MarkerChoice;
};

/**
 * The filterable list of statements, shared by the timeline and the topic and speaker views:
 * `path` is where its links point, `fixed` the filters that the page itself sets.
 *
 * The statements render first; facet counts and the month strip, which read far more rows, are
 * rendered in place when ready within a short budget and otherwise follow in the same response
 * (React streams a Suspense boundary when it resolves). Without JavaScript a streamed boundary's
 * fallback stays: a working filter form without counts, and no strip.
 */
export async function TimelineView({
  path,
  filters,
  hide = {},
  feedHref,
  expanded = [],
  ignoredDates = [],
  asOf = null,
  markerChoice = "major",
}: ViewProps) {
  if (asOf) return <AsOfTimelineView path={path} filters={filters} day={asOf} hide={hide} expanded={expanded} />;
  // A cached page is kept until the next write: it carries its figures in place, also for
  // readers without JavaScript, rather than a fallback streamed over.
  const budget = isCachedRender() ? { settle: <T,>(promise: Promise<T>) => promise } : timeBudget(AGGREGATE_BUDGET_MS);
  const facetsComing = timelineFacets(filters);
  const monthsComing = monthlyCounts(filters);
  // Awaited below or by a streamed boundary; never left to reject unobserved.
  facetsComing.catch(() => {});
  monthsComing.catch(() => {});
  const [page, labels] = await Promise.all([timelinePage(filters), filterLabels(filters)]);
  const [facets, months] = await Promise.all([budget.settle(facetsComing), budget.settle(monthsComing)]);
  const chips = activeFilters(filters, {
    day: formatDay,
    speaker: (s) => labels.speakers.get(s) ?? s,
    topic: (t) => labels.topics.get(t) ?? t,
    stance: (s) => STANCE_LABEL[s as Stance],
    sourceKind: (k) => SOURCE_KIND_LABEL[k as SourceKindValue],
    claimStatus: (c) => CLAIM_STATUS_LABEL[c as ClaimStatusValue].toLowerCase(),
  }).filter((chip) => !(hide.topics && chip.key.startsWith("topic:")) && !(hide.speakers && chip.key.startsWith("speaker:")));
  const rescuers =
    page.total === 0 && chips.length > 0
      ? (await Promise.all(chips.map(async (chip) => ({ chip, count: await timelineCount(chip.without) })))).filter((r) => r.count > 0)
      : [];
  const href = (f: TimelineFilters) => filtersHref(path, f);
  const panel = {
    id: "filters",
    formId: "filters-form",
    action: path,
    filters,
    hideTopics: hide.topics,
    hideSpeakers: hide.speakers,
    expanded,
  };

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
      {/* Shown over the page when focused, so it takes no room and moves nothing when it loses focus. */}
      <a
        href="#results-heading"
        className="sr-only focus:not-sr-only focus:absolute focus:z-10 focus:rounded focus:bg-white focus:px-2 focus:py-1 focus:ring-2 dark:focus:bg-stone-900"
      >
        Skip the filters, go to the results
      </a>
      <FilterFormEnhancer formId="filters-form" resultsId="results-heading" />
      <aside aria-label="Filters" className="lg:order-1">
        {/* One form for every width: a disclosure on phones, always open from lg up (globals.css). */}
        <details
          open={expanded.length > 0}
          className="filter-disclosure rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900 lg:border-0 lg:bg-transparent lg:p-0 lg:dark:bg-transparent"
        >
          <summary className="cursor-pointer font-medium">Filters{chips.length ? ` (${chips.length} active)` : ""}</summary>
          <div className="mt-3 lg:mt-0">
            {facets ? (
              <FilterPanelWithCounts {...panel} facets={facets} />
            ) : (
              <Suspense fallback={<FilterPanelWithoutCounts {...panel} />}>
                <FilterPanelWithCounts {...panel} facets={facetsComing} />
              </Suspense>
            )}
          </div>
        </details>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 lg:order-2">
        {/* Always visible: it receives focus after the filters apply, and a heading that appeared only
            while focused moved the page under the pointer when a click took the focus away. */}
        <h2 id="results-heading" tabIndex={-1} className="mb-1 text-lg font-semibold">
          Results
        </h2>
        <p aria-live="polite" className="text-stone-700 dark:text-stone-300">
          {page.total} {page.total === 1 ? "statement" : "statements"}
          {chips.length ? " match" + (page.total === 1 ? "es" : "") + " the filters" : ""},{" "}
          {filters.order === "oldest" ? "oldest" : "newest"} first.{" "}
          <a className="text-link" href={href({ ...filters, page: 1, order: filters.order === "oldest" ? "newest" : "oldest" })}>
            Show {filters.order === "oldest" ? "newest" : "oldest"} first
          </a>
        </p>
        {page.total > 0 ? (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Download {page.total === 1 ? "this statement" : `these ${page.total} statements`}:{" "}
            <a className="text-link" href={filtersHref("/export/statements.csv", { ...filters, page: 1 })} download>
              CSV
            </a>{" "}
            ·{" "}
            <a className="text-link" href={filtersHref("/export/statements.json", { ...filters, page: 1 })} download>
              JSON
            </a>{" "}
            ·{" "}
            <a className="text-link" href={filtersHref("/export/claims.jsonld", { ...filters, page: 1 })} download>
              claim reviews (JSON-LD)
            </a>
            {feedHref ? (
              <>
                {" "}
                · Follow new ones:{" "}
                <a className="text-link" href={feedHref} type="application/atom+xml">
                  Atom feed
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        <ActiveFilterChips chips={chips} href={(chip) => href(chip.without)} />
        {months ? (
          <MonthStripSection path={path} filters={filters} months={months} markerChoice={markerChoice} />
        ) : (
          <Suspense fallback={null}>
            <MonthStripSection path={path} filters={filters} months={monthsComing} markerChoice={markerChoice} />
          </Suspense>
        )}
        {ignoredDates.map(({ key, value }) => (
          <p
            key={key}
            role="alert"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
          >
            The {key === "from" ? "start" : "end"} date &ldquo;{value}&rdquo; is not a date (use a year, a month like 2025-06 or a day like
            2025-06-30), so it was ignored.
          </p>
        ))}
        {page.searchUnusable ? (
          <p
            role="alert"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
          >
            The search text has no words to look for, so it was ignored.
          </p>
        ) : null}
        {page.entries.length === 0 && page.total > 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 dark:border-stone-700">
            <p className="font-medium">
              Page {page.page} is past the end: {page.total === 1 ? "this view has" : `these ${page.total} statements fill`}{" "}
              {page.pageCount} {page.pageCount === 1 ? "page" : "pages"}.
            </p>
            <p className="mt-1">
              <a className="text-link" href={href({ ...filters, page: page.pageCount })}>
                Go to the last page (page {page.pageCount})
              </a>
            </p>
          </div>
        ) : page.entries.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 dark:border-stone-700">
            <p className="font-medium">No results.</p>
            {chips.length === 0 ? (
              <p className="mt-1">No statements have been published yet.</p>
            ) : rescuers.length > 0 ? (
              <>
                <p className="mt-1">No statement matches all the filters together. Removing one of these would give results:</p>
                <ul className="mt-2 list-disc pl-6">
                  {rescuers.map(({ chip, count }) => (
                    <li key={chip.key}>
                      <a className="text-link" href={href(chip.without)}>
                        without {chip.label}
                      </a>
                      : {count} {count === 1 ? "statement" : "statements"}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mt-1">Several filters each rule out every statement; remove some of them to see results.</p>
            )}
          </div>
        ) : (
          groupByMonth(page.entries).map((group) => (
            // Not a landmark: a vague date can bring one year's heading back after its months.
            <div key={group.id} className="mt-6">
              <h3 id={`group-${group.id}`} className="timeline-period">
                {group.label}
              </h3>
              <ol className="mt-2 space-y-4">
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <StatementCard statement={entry} highlight={entry.highlight} />
                  </li>
                ))}
              </ol>
            </div>
          ))
        )}
        {page.page <= page.pageCount ? (
          <Pagination page={page.page} pageCount={page.pageCount} href={(p) => href({ ...filters, page: p })} />
        ) : null}
      </section>
    </div>
  );
}

type PanelProps = {
  id: string;
  formId: string;
  action: string;
  filters: TimelineFilters;
  hideTopics?: boolean;
  hideSpeakers?: boolean;
  expanded: ExpandableFacet[];
};

async function FilterPanelWithCounts({ facets, ...props }: PanelProps & { facets: Facets | Promise<Facets> }) {
  return <FilterPanel {...props} facets={await facets} expandHref={(facets) => expandedFacetsHref(props.action, props.filters, facets)} />;
}

/** What shows until the counts arrive (and stays without JavaScript): every choice, no counts. */
async function FilterPanelWithoutCounts(props: PanelProps) {
  const choices = await facetChoices();
  // Its own ids: until the swap both forms are in the document.
  return (
    <FilterPanel
      {...props}
      id={`${props.id}-pending`}
      formId={`${props.formId}-pending`}
      facets={choices}
      showCounts={false}
      expandHref={(facets) => expandedFacetsHref(props.action, props.filters, facets)}
    />
  );
}

async function MonthStripSection({
  path,
  filters,
  months,
  markerChoice,
}: {
  path: string;
  filters: TimelineFilters;
  months: MonthCount[] | Promise<MonthCount[]>;
  markerChoice: MarkerChoice;
}) {
  const counts = await months;
  const first = counts[0]?.month;
  const last = counts.at(-1)?.month;
  const events = first && last ? await eventsBetween(monthDays(first).start, monthDays(last).end, markerKinds(markerChoice)) : [];
  const here = filtersHref(path, filters);
  return (
    <TimelineStrip
      events={{ list: events, choice: markerChoice, hrefForChoice: (choice) => withMarkerChoice(here, choice) }}
      months={counts}
      byStance={filters.topics.length === 1}
      selected={{ from: filters.from, to: filters.to }}
      hrefForMonth={(month) => {
        const { start, end } = monthDays(month);
        return withMarkerChoice(filtersHref(path, { ...filters, from: start, to: end, page: 1 }), markerChoice);
      }}
    />
  );
}
