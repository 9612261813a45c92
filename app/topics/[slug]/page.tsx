import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NumericSeriesChart } from "@/components/charts/numeric-series-chart";
import { ExportPdfButton } from "@/components/export-pdf-button";
import { TimelineView } from "@/components/timeline/timeline-view";
import { CLAIM_STATUS_LABEL } from "@/lib/claims/kinds";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { positionHistory } from "@/lib/stances/positions";
import { filtersHref, filtersToSearchParams, ignoredDateFilters, parseTimelineFilters, withoutEmptyParams } from "@/lib/statements/filters";
import { findTopic, numericSeries, speakersOnTopic, stancePoints, viewDetails } from "@/lib/topics/positions";
import { CitePanel } from "@/components/cite-panel";
import { topicCitation } from "@/lib/citations/queries";
import { pageOrigin } from "@/lib/http/page-origin";
import { filteredFeedHref } from "@/lib/feeds/feeds";
import { SHARE_IMAGE_SIZE } from "@/lib/share/image";
import { PositionSummary } from "./position-summary";
import { SpeakerPicker } from "./speaker-picker";
import { RecordSection } from "@/components/record-section";
import { TopicAsOf } from "./as-of-topic";
import { AsOfPicker, AsOfRefused } from "@/components/as-of/as-of-notices";
import { utcDay } from "@/lib/as-of/as-of-date";
import { resolveAsOf } from "@/lib/as-of/queries";
import { markerKinds, parseMarkerChoice, withMarkerChoice } from "@/lib/events/markers";
import { eventsBetween } from "@/lib/events/reader";
import { chartDomain } from "@/lib/stances/chart-model";
import { topicRecordLinks } from "@/lib/relations/queries";
import { topicLinkNotes } from "@/lib/relations/topic-links";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The speaker the view was asked for (`?speaker=`), if any; the page falls back to the first. */
const requestedSpeaker = (raw: Record<string, string | string[] | undefined>) => parseTimelineFilters(raw).speakers[0] ?? null;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const topic = await findTopic((await params).slug);
  if (!topic) return { title: "Topic not found" };
  const raw = await searchParams;
  // A view of the past: no card or feed of today's record, kept out of search engines.
  if (raw.asOf) return { title: `${topic.name} as recorded on an earlier day`, robots: { index: false } };
  const requested = requestedSpeaker(raw);
  const [origin, speakers] = await Promise.all([pageOrigin(), speakersOnTopic(topic.id)]);
  const speaker = speakers.find((s) => s.slug === requested) ?? null;
  const shown = speaker ?? speakers[0] ?? null;
  const filters = { ...parseTimelineFilters(raw), topics: [topic.slug], speakers: shown ? [shown.slug] : [] };
  const query = speaker ? `?speaker=${speaker.slug}` : "";
  const title = speaker ? `${speaker.name} on ${topic.name}` : topic.name;
  const image = { url: `${origin}/topics/${topic.slug}/share.png${query}`, ...SHARE_IMAGE_SIZE, type: "image/png", alt: title };
  return {
    title,
    description: topic.proposition,
    alternates: {
      types: {
        "application/atom+xml": [
          // The view's own feed (its speaker and filters), then the whole topic's.
          ...(speaker ? [{ url: filteredFeedHref({ kind: "topic", slug: topic.slug }, filters), title: `${title} (Atom)` }] : []),
          { url: `/feeds/topics/${topic.slug}.atom`, title: `${topic.name} (Atom)` },
        ],
      },
    },
    // A topic with nothing published has no statement to show on a card.
    ...(speakers.length > 0
      ? {
          openGraph: {
            type: "website",
            url: `${origin}/topics/${topic.slug}${query}`,
            title,
            description: topic.proposition,
            images: [image],
          },
          twitter: { card: "summary_large_image", title, description: topic.proposition, images: [image] },
        }
      : {}),
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const topic = await findTopic((await params).slug);
  if (!topic) notFound();
  const raw = await searchParams;
  const clean = withoutEmptyParams(`/topics/${topic.slug}`, raw);
  if (clean) redirect(clean);
  const requested = requestedSpeaker(raw);
  const asOf = await resolveAsOf(raw);
  // The chart marks the events chosen by `?events=`, today and in a view of the past.
  const markerChoice = parseMarkerChoice(raw.events);
  if (asOf.kind === "past") {
    return <TopicAsOf topic={topic} filters={parseTimelineFilters(raw)} requested={requested} day={asOf.day} markerChoice={markerChoice} />;
  }
  const speakers = await speakersOnTopic(topic.id);
  const speaker = speakers.find((s) => s.slug === requested) ?? speakers[0] ?? null;
  const filters = { ...parseTimelineFilters(raw), topics: [topic.slug], speakers: speaker ? [speaker.slug] : [] };
  const path = `/topics/${topic.slug}`;

  const [points, details] = speaker
    ? await Promise.all([stancePoints(topic.id, speaker.slug), viewDetails(filters)])
    : [[], { claims: [], sources: [] }];
  const history = positionHistory(points);
  // The chart marks the same events as the strip below it.
  const domain = chartDomain(history);
  const markedEvents = domain ? await eventsBetween(domain.from, domain.to, markerKinds(markerChoice)) : [];
  const here = withMarkerChoice(filtersHref(path, { ...filters, topics: [] }), markerChoice);
  const recordLinks = speaker ? await topicRecordLinks([...new Set(points.map((p) => p.statementId))]) : null;
  const links = speaker && recordLinks ? topicLinkNotes(history, recordLinks.relations, recordLinks.ends, speaker.name) : [];
  const series = numericSeries(details.claims);
  const exportQuery = filtersToSearchParams({ ...filters, topics: [], page: 1 }).toString();
  const citation = speaker ? await topicCitation(topic.slug, requested, await pageOrigin()) : null;

  return (
    <article className="space-y-8">
      {asOf.kind === "invalid" ? <AsOfRefused message={asOf.message} /> : null}
      <header>
        <p className="text-sm">
          <Link href="/topics" className="text-link">
            ← All topics
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{topic.name}</h1>
        <p className="mt-2 max-w-prose text-lg">
          <span className="text-stone-600 dark:text-stone-400">Stances are measured against: </span>
          <q className="font-serif italic">{topic.proposition}</q>
        </p>
        {topic.description ? <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{topic.description}</p> : null}
      </header>

      {speakers.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 dark:border-stone-700">
          No published statements on this topic yet.
        </p>
      ) : (
        <>
          <section
            aria-labelledby="position-heading"
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <div className="flex flex-wrap items-end justify-between gap-4">
              <SpeakerPicker path={path} speakers={speakers} chosen={speaker?.slug} />
              <ExportPdfButton href={`${path}/export.pdf${exportQuery ? `?${exportQuery}` : ""}`} />
            </div>
            <h2 id="position-heading" className="mt-4 text-lg font-semibold">
              {speaker?.name}&rsquo;s position
            </h2>
            <PositionSummary
              history={history}
              speaker={speaker?.name ?? ""}
              events={{ list: markedEvents, choice: markerChoice, hrefForChoice: (choice) => withMarkerChoice(here, choice) }}
              links={links}
            />
          </section>

          <AsOfPicker
            action={path}
            keep={speaker && requested === speaker.slug ? [["speaker", speaker.slug]] : []}
            max={utcDay(new Date())}
          />
          {citation ? (
            <CitePanel work={citation} downloadBase={`${path}${speaker && requested === speaker.slug ? `?speaker=${speaker.slug}` : ""}`} />
          ) : null}

          <RecordSection id="statements" title="Statements" size="xl">
            <TimelineView
              path={path}
              filters={filters}
              hide={{ topics: true, speakers: true }}
              feedHref={filteredFeedHref({ kind: "topic", slug: topic.slug }, filters)}
              ignoredDates={ignoredDateFilters(raw)}
              markerChoice={markerChoice}
            />
          </RecordSection>

          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading" className="text-xl font-semibold">
              Claims on this topic
            </h2>
            {series.length > 0 ? (
              <div className="mt-3 grid gap-4 md:grid-cols-2">
                {series.map((s) => (
                  <NumericSeriesChart key={s.unit} unit={s.unit} points={s.points.map((c) => ({ ...c, value: c.value! }))} />
                ))}
              </div>
            ) : null}
            {details.claims.length === 0 ? (
              <p className="mt-2 text-stone-600 dark:text-stone-400">No checkable claims in these statements.</p>
            ) : (
              <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
                {details.claims.map((claim) => (
                  <li key={claim.id} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                    <span className="min-w-0 flex-1">
                      <a href={`/statements/${claim.statementId}`} className="text-link text-sm">
                        {claim.dateLabel}
                      </a>{" "}
                      {claim.text}
                    </span>
                    <span className="text-sm font-medium">{CLAIM_STATUS_LABEL[claim.status]}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading" className="text-xl font-semibold">
              Sources used
            </h2>
            <ul className="mt-2 space-y-1">
              {details.sources.map((source) => (
                <li key={source.id}>
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer" className="text-link">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}{" "}
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    — {SOURCE_KIND_LABEL[source.kind as SourceKindValue]}
                    {source.outlet ? `, ${source.outlet}` : ""} · {source.statements} {source.statements === 1 ? "statement" : "statements"}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
