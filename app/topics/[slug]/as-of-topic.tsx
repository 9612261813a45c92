// A topic view as it stood on a past day: the speakers and position as then recorded, the
// statements of the view, a citation and a PDF of that day. Read-only, labelled.
import Link from "next/link";
import { AsOfBanner } from "@/components/as-of/as-of-notices";
import { CitePanel } from "@/components/cite-panel";
import { ExportPdfButton } from "@/components/export-pdf-button";
import { TimelineView } from "@/components/timeline/timeline-view";
import { AS_OF_PARAM, asOfEnd, formatAsOf, withAsOf } from "@/lib/as-of/as-of-date";
import { citedTopicAsOf } from "@/lib/as-of/cite";
import { datasetRevisionAsOf } from "@/lib/as-of/queries";
import { topicLinksAsOf, topicRecordAsOf } from "@/lib/as-of/topic";
import { markerKinds, withMarkerChoice, type MarkerChoice } from "@/lib/events/markers";
import { eventsBetween } from "@/lib/events/reader";
import { topicLinkNotes } from "@/lib/relations/topic-links";
import { pageOrigin } from "@/lib/http/page-origin";
import { chartDomain } from "@/lib/stances/chart-model";
import { positionHistory } from "@/lib/stances/positions";
import { filtersToSearchParams, type TimelineFilters } from "@/lib/statements/filters";
import { PositionSummary } from "./position-summary";
import { SpeakerPicker } from "./speaker-picker";
import { RecordSection } from "@/components/record-section";

type Topic = { slug: string; name: string; proposition: string; description: string };

export async function TopicAsOf({
  topic,
  filters,
  requested,
  day,
  markerChoice,
}: {
  topic: Topic;
  filters: TimelineFilters;
  requested: string | null;
  day: string;
  markerChoice: MarkerChoice;
}) {
  const path = `/topics/${topic.slug}`;
  const [record, revision, origin] = await Promise.all([
    topicRecordAsOf(topic.slug, requested, day),
    datasetRevisionAsOf(day),
    pageOrigin(),
  ]);
  const { speakers, speaker, points } = record;
  const view = { ...filters, topics: [topic.slug], speakers: speaker ? [speaker.slug] : [] };
  const exportQuery = filtersToSearchParams({ ...view, topics: [], page: 1 });
  exportQuery.set(AS_OF_PARAM, day);
  const todayHref = `${path}${requested ? `?speaker=${requested}` : ""}`;
  const citation = speaker ? citedTopicAsOf(topic, speaker, requested === speaker.slug, origin, revision, day) : null;
  const history = positionHistory(points);
  // Links as the statements' histories record them on the day.
  const recordLinks = speaker ? await topicLinksAsOf(record.statements, [...new Set(points.map((p) => p.statementId))], day) : null;
  const links = speaker && recordLinks ? topicLinkNotes(history, recordLinks.relations, recordLinks.ends, speaker.name) : [];
  // The chart marks the events of the record as it stood, as today's view does, chosen by `?events=`.
  const domain = chartDomain(history);
  const markedEvents = domain ? await eventsBetween(domain.from, domain.to, markerKinds(markerChoice), asOfEnd(day)) : [];
  const here = withAsOf(todayHref, day);

  return (
    <article className="space-y-8">
      <AsOfBanner day={day} todayHref={todayHref} />
      <header>
        <p className="text-sm">
          <Link href="/topics" className="text-link">
            ← All topics
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">
          {topic.name}
          <span className="sr-only">, as recorded on {formatAsOf(day)}</span>
        </h1>
        <p className="mt-2 max-w-prose text-lg">
          <span className="text-stone-600 dark:text-stone-400">Stances are measured against: </span>
          <q className="font-serif italic">{topic.proposition}</q>
        </p>
      </header>

      {speakers.length === 0 || !speaker ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 dark:border-stone-700">
          No published statements on this topic on {formatAsOf(day)}.
        </p>
      ) : (
        <>
          <section
            aria-labelledby="position-heading"
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <div className="flex flex-wrap items-end justify-between gap-4">
              <SpeakerPicker path={path} speakers={speakers} chosen={speaker.slug} keep={[[AS_OF_PARAM, day]]} />
              <ExportPdfButton href={`${path}/export.pdf?${exportQuery}`} />
            </div>
            <h2 id="position-heading" className="mt-4 text-lg font-semibold">
              {speaker.name}&rsquo;s position as recorded on {formatAsOf(day)}
            </h2>
            <PositionSummary
              history={history}
              speaker={speaker.name}
              events={{ list: markedEvents, choice: markerChoice, hrefForChoice: (choice) => withMarkerChoice(here, choice) }}
              links={links}
              asOf={day}
            />
          </section>

          {citation ? <CitePanel work={citation} downloadBase={withAsOf(todayHref, day)} /> : null}

          <RecordSection id="statements" title="Statements" size="xl">
            <TimelineView path={path} filters={view} hide={{ topics: true, speakers: true }} asOf={day} />
          </RecordSection>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            The claims and sources of each statement, as then recorded, are on its page as of that day (its permalink above).
          </p>
        </>
      )}
    </article>
  );
}
