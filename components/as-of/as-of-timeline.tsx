// The filterable list of statements as it stood at the end of a past day. Facet counts and the
// month strip are left out: they are kept for today's data only, and recounting the past for
// every choice would cost far more than the page. Every link and the filter form keep the day.
import { Pagination } from "@/components/pagination";
import { ActiveFilterChips } from "@/components/timeline/active-filter-chips";
import { FilterFormEnhancer } from "@/components/timeline/filter-form-enhancer";
import { FilterPanel } from "@/components/timeline/filter-panel";
import { AS_OF_PARAM, formatAsOf, withAsOf } from "@/lib/as-of/as-of-date";
import { timelineAsOf } from "@/lib/as-of/queries";
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { formatDay } from "@/lib/dates/precision";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { STANCE_LABEL, type Stance } from "@/lib/stances/scale";
import { activeFilters, expandedFacetsHref, filtersHref, type ExpandableFacet, type TimelineFilters } from "@/lib/statements/filters";
import { facetChoices, filterLabels } from "@/lib/statements/timeline";
import { AsOfStatementCard } from "./as-of-statement-card";

export async function AsOfTimelineView({
  path,
  filters,
  day,
  hide = {},
  expanded = [],
}: {
  path: string;
  filters: TimelineFilters;
  day: string;
  hide?: { topics?: boolean; speakers?: boolean };
  expanded?: ExpandableFacet[];
}) {
  const [page, labels, choices] = await Promise.all([timelineAsOf(filters, day), filterLabels(filters), facetChoices()]);
  const href = (f: TimelineFilters) => withAsOf(filtersHref(path, f), day);
  const chips = activeFilters(filters, {
    day: formatDay,
    speaker: (s) => labels.speakers.get(s) ?? s,
    topic: (t) => labels.topics.get(t) ?? t,
    stance: (s) => STANCE_LABEL[s as Stance],
    sourceKind: (k) => SOURCE_KIND_LABEL[k as SourceKindValue],
    claimStatus: (c) => CLAIM_STATUS_LABEL[c as ClaimStatusValue].toLowerCase(),
  }).filter((chip) => !(hide.topics && chip.key.startsWith("topic:")) && !(hide.speakers && chip.key.startsWith("speaker:")));

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_1fr]">
      <FilterFormEnhancer formId="filters-form" resultsId="results-heading" />
      <aside aria-label="Filters" className="lg:order-1">
        <details
          open={expanded.length > 0}
          className="filter-disclosure rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900 lg:border-0 lg:bg-transparent lg:p-0 lg:dark:bg-transparent"
        >
          <summary className="cursor-pointer font-medium">Filters{chips.length ? ` (${chips.length} active)` : ""}</summary>
          <div className="mt-3 lg:mt-0">
            <FilterPanel
              id="filters"
              formId="filters-form"
              action={path}
              filters={filters}
              facets={choices}
              showCounts={false}
              hideTopics={hide.topics}
              hideSpeakers={hide.speakers}
              expanded={expanded}
              expandHref={(facets) => withAsOf(expandedFacetsHref(path, filters, facets), day)}
              hiddenFields={[[AS_OF_PARAM, day]]}
            />
          </div>
        </details>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 lg:order-2">
        <h2 id="results-heading" tabIndex={-1} className="mb-1 text-lg font-semibold">
          Results as of {formatAsOf(day)}
        </h2>
        <p aria-live="polite" className="text-stone-700 dark:text-stone-300">
          {page.total} {page.total === 1 ? "statement" : "statements"}
          {chips.length ? " match" + (page.total === 1 ? "es" : "") + " the filters" : ""} on the record that day,{" "}
          {filters.order === "oldest" ? "oldest" : "newest"} first.{" "}
          <a className="text-link" href={href({ ...filters, page: 1, order: filters.order === "oldest" ? "newest" : "oldest" })}>
            Show {filters.order === "oldest" ? "newest" : "oldest"} first
          </a>
        </p>
        {filters.q ? (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Statements changed since that day are searched for every word as then recorded, without the search index&rsquo;s word forms.
          </p>
        ) : null}
        <ActiveFilterChips chips={chips} href={(chip) => href(chip.without)} />
        {page.entries.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-stone-300 p-6 dark:border-stone-700">
            <p className="font-medium">No results.</p>
            <p className="mt-1">
              {page.total > 0
                ? `Page ${page.page} is past the end of these ${page.total} statements.`
                : chips.length
                  ? "No statement on the record that day matches these filters."
                  : "No statement was published by that day."}
            </p>
          </div>
        ) : (
          <ol className="mt-4 space-y-4">
            {page.entries.map((entry) => (
              <li key={entry.id}>
                <AsOfStatementCard statement={entry} day={day} />
              </li>
            ))}
          </ol>
        )}
        {page.page <= page.pageCount ? (
          <Pagination page={page.page} pageCount={page.pageCount} href={(p) => href({ ...filters, page: p })} />
        ) : null}
      </section>
    </div>
  );
}
