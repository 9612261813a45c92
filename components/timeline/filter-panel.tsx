import Link from "next/link";
import type { ReactNode } from "react";
import { CLAIM_STATUS_LABEL, type ClaimStatusValue } from "@/lib/claims/kinds";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { STANCE_LABEL, STANCES, type Stance } from "@/lib/stances/scale";
import type { ExpandableFacet, TimelineFilters } from "@/lib/statements/filters";
import type { FacetValue, Facets } from "@/lib/statements/timeline";

const input =
  "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="border-t border-stone-200 pt-3 dark:border-stone-800">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 space-y-1">{children}</div>
    </fieldset>
  );
}

/**
 * One choice with its count. A facet list can hold hundreds of these, so the styling lives in the
 * `.facet` class (globals.css) rather than on every element: the page stays small.
 */
function Choice({
  type,
  name,
  value,
  label,
  count,
  checked,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  label: string;
  count?: number;
  checked: boolean;
}) {
  return (
    <label className="facet">
      <input type={type} name={name} value={value} defaultChecked={checked} />
      <span>{label}</span>
      {count !== undefined ? <span>{count}</span> : null}
    </label>
  );
}

type ChoiceProps = Omit<Parameters<typeof Choice>[0], "type">;
const Check = (props: ChoiceProps) => <Choice type="checkbox" {...props} />;
const Radio = (props: ChoiceProps) => <Choice type="radio" {...props} />;

/** How many values a facet shows before "Show all". */
const FACET_HEAD = 8;

/**
 * A long list shows its most frequent values and the chosen ones; "Show all" reloads the view with
 * the whole list (no JavaScript needed). Rendering every value of a large data set on every page
 * would make each timeline request pay for hundreds of choices nobody opened.
 */
function FacetList({
  name,
  noun,
  values,
  selected,
  expanded,
  toggleHref,
  showCounts,
}: {
  name: string;
  noun: string;
  values: FacetValue[];
  selected: string[];
  expanded: boolean;
  toggleHref: string;
  showCounts: boolean;
}) {
  const missing = selected.filter((s) => !values.some((v) => v.value === s)).map((s) => ({ value: s, label: s, count: 0 }));
  const all = [...values, ...missing];
  const shown = expanded ? all : all.filter((v, i) => i < FACET_HEAD || selected.includes(v.value));
  return (
    <>
      {shown.map((v) => (
        <Check
          key={v.value}
          name={name}
          value={v.value}
          label={v.label}
          count={showCounts ? v.count : undefined}
          checked={selected.includes(v.value)}
        />
      ))}
      {all.length > FACET_HEAD ? (
        <a href={toggleHref} className="text-link text-sm">
          {expanded ? `Show the top ${FACET_HEAD} ${noun}` : `Show all ${all.length} ${noun}`}
        </a>
      ) : null}
    </>
  );
}

const countOf = (values: FacetValue[], value: string) => values.find((v) => v.value === value)?.count ?? 0;

/** The timeline's filters as a plain GET form: it works without JavaScript and fills the URL. */
export function FilterPanel({
  id,
  formId,
  action,
  filters,
  facets,
  hideTopics = false,
  hideSpeakers = false,
  expanded,
  expandHref,
  showCounts = true,
  hiddenFields = [],
}: {
  id: string;
  formId?: string;
  action: string;
  filters: TimelineFilters;
  facets: Facets;
  hideTopics?: boolean;
  hideSpeakers?: boolean;
  /** The facets shown in full. */
  expanded: ExpandableFacet[];
  /** The view's URL with these facets shown in full. */
  expandHref: (expanded: ExpandableFacet[]) => string;
  /** False while the counts are still on their way: the choices alone. */
  showCounts?: boolean;
  /** Parameters of the view that the form keeps without showing them (the as-of day). */
  hiddenFields?: [string, string][];
}) {
  const count = (n: number) => (showCounts ? n : undefined);
  const toggle = (facet: ExpandableFacet) =>
    expandHref(expanded.includes(facet) ? expanded.filter((f) => f !== facet) : [...expanded, facet]);
  const lower = (values: string[]) => values.map((v) => v.toLowerCase());
  return (
    <form id={formId} action={action} method="get" role="search" aria-label="Filter statements" className="space-y-3">
      {hiddenFields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={`${id}-q`} className="text-sm font-semibold">
          Search
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          defaultValue={filters.q}
          maxLength={300}
          className={input}
          aria-describedby={`${id}-q-hint`}
        />
        <p id={`${id}-q-hint`} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          Words, &ldquo;exact phrases&rdquo;, prefix*, OR, -exclude. Searches text, claims and source titles.
        </p>
        {/* Early, so a keyboard user applies the search without tabbing through every facet. */}
        <button
          type="submit"
          className="mt-2 rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          Apply filters
        </button>
      </div>
      {hideSpeakers ? (
        filters.speakers.map((s) => <input key={s} type="hidden" name="speaker" value={s} />)
      ) : facets.speakers.length === 0 && filters.speakers.length === 0 ? null : (
        <Group legend="Speakers">
          <FacetList
            name="speaker"
            noun="speakers"
            values={facets.speakers}
            selected={filters.speakers}
            expanded={expanded.includes("speaker")}
            toggleHref={toggle("speaker")}
            showCounts={showCounts}
          />
        </Group>
      )}
      {hideTopics ? (
        filters.topics.map((t) => <input key={t} type="hidden" name="topic" value={t} />)
      ) : facets.topics.length === 0 && filters.topics.length === 0 ? null : (
        <Group legend="Topics">
          <FacetList
            name="topic"
            noun="topics"
            values={facets.topics}
            selected={filters.topics}
            expanded={expanded.includes("topic")}
            toggleHref={toggle("topic")}
            showCounts={showCounts}
          />
        </Group>
      )}
      <Group legend="Stance">
        {STANCES.map((stance) => (
          <Check
            key={stance}
            name="stance"
            value={stance.toLowerCase()}
            label={STANCE_LABEL[stance as Stance]}
            count={count(countOf(facets.stances, stance))}
            checked={filters.stances.includes(stance)}
          />
        ))}
      </Group>
      <Group legend="Date said">
        <p className="text-xs text-stone-600 dark:text-stone-400">Statements whose date range overlaps these dates.</p>
        <label className="block text-sm">
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={input} />
        </label>
        <label className="block text-sm">
          Until
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={input} />
        </label>
      </Group>
      <Group legend="Kind">
        <Radio name="kind" value="" label="Quotes and paraphrases" checked={!filters.kind} />
        <Radio
          name="kind"
          value="quote"
          label="Verbatim quotes"
          count={count(countOf(facets.kinds, "QUOTE"))}
          checked={filters.kind === "QUOTE"}
        />
        <Radio
          name="kind"
          value="paraphrase"
          label="Paraphrases"
          count={count(countOf(facets.kinds, "PARAPHRASE"))}
          checked={filters.kind === "PARAPHRASE"}
        />
      </Group>
      {facets.sourceKinds.length > 0 || filters.sourceKinds.length > 0 ? (
        <Group legend="Source kind">
          {[
            ...facets.sourceKinds,
            ...filters.sourceKinds.filter((k) => !facets.sourceKinds.some((v) => v.value === k)).map((value) => ({ value, count: 0 })),
          ].map((v) => (
            <Check
              key={v.value}
              name="source"
              value={v.value.toLowerCase()}
              label={SOURCE_KIND_LABEL[v.value as SourceKindValue]}
              count={count(v.count)}
              checked={lower(filters.sourceKinds).includes(v.value.toLowerCase())}
            />
          ))}
        </Group>
      ) : null}
      <Group legend="Claims">
        <Radio name="claims" value="" label="Any" checked={!filters.claims} />
        <Radio
          name="claims"
          value="with"
          label="With checkable claims"
          count={count(facets.withClaims)}
          checked={filters.claims === "with"}
        />
        <Radio name="claims" value="without" label="Without claims" checked={filters.claims === "without"} />
        {facets.claimStatuses.map((v) => (
          <Check
            key={v.value}
            name="claim"
            value={v.value.toLowerCase()}
            label={`Claim ${CLAIM_STATUS_LABEL[v.value as ClaimStatusValue].toLowerCase()}`}
            count={count(v.count)}
            checked={filters.claimStatuses.includes(v.value as ClaimStatusValue)}
          />
        ))}
      </Group>
      <div className="border-t border-stone-200 pt-3 dark:border-stone-800">
        <label htmlFor={`${id}-order`} className="text-sm font-semibold">
          Order
        </label>
        {/* The default is an empty value, so it stays out of the URL. */}
        <select id={`${id}-order`} name="order" defaultValue={filters.order === "oldest" ? "oldest" : ""} className={input}>
          <option value="">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 dark:bg-blue-600"
        >
          Apply filters
        </button>
        <Link href={action} className="text-link text-sm">
          Clear all
        </Link>
      </div>
    </form>
  );
}
