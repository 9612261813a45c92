import type { Metadata } from "next";
import { recordIdOrNotFound } from "@/lib/http/ids";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionHistory } from "@/components/revision-history";
import { RecordSection } from "@/components/record-section";
import { StanceBadge } from "@/components/stance-badge";
import { StatementText } from "@/components/statement-text";
import { CLAIM_KIND_LABEL, CLAIM_STATUS_LABEL } from "@/lib/claims/kinds";
import { formatDay, precisionNote } from "@/lib/dates/precision";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { currentUser } from "@/lib/auth/current-user";
import { isCachedRender } from "@/lib/cache/cached-render";
import { STAFF } from "@/lib/auth/guard";
import { listRevisions } from "@/lib/revisions/queries";
import { STATEMENT_LABELS } from "@/lib/statements/labels";
import { findPublicStatement } from "@/lib/statements/queries";
import { findStatementForStaff } from "@/lib/statements/staff-queries";
import { StatementCard } from "@/components/statement-card";
import { StatementLinks } from "@/components/statement-links";
import { statementLinks } from "@/lib/relations/queries";
import { pageOrigin } from "@/lib/http/page-origin";
import { serialiseJsonLd, statementJsonLd } from "@/lib/statements/json-ld";
import { neighbouringStatements } from "@/lib/statements/neighbours";
import { isReaderVisible } from "@/lib/statements/visibility";
import { citedStatement, datasetRevision } from "@/lib/citations/queries";
import { SHARE_IMAGE_SIZE } from "@/lib/share/image";
import { truncateOnWord } from "@/lib/share/text";
import { CitePanel } from "@/components/cite-panel";
import { EmbedPanel } from "@/components/embed-panel";
import { changesMeaning, compareRendering } from "@/lib/renderings/compare";
import { RenderingComparison } from "./rendering-comparison";
import { SourceProvenance } from "./source-provenance";
import { StaffBar } from "./staff-bar";
import { StatementGone } from "./statement-gone";
import { AsOfStatementAbsent, AsOfStatementView } from "./as-of-statement";
import { AsOfPicker, AsOfRefused } from "@/components/as-of/as-of-notices";
import { citedStatementAsOf } from "@/lib/as-of/cite";
import { utcDay } from "@/lib/as-of/as-of-date";
import { datasetRevisionAsOf, resolveAsOf, statementAsOf } from "@/lib/as-of/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const parseId = (raw: string) => recordIdOrNotFound(raw);

/** Readers get published statements only; signed-in staff also drafts and deleted ones. */
async function lookupStatement(id: number) {
  // A cached page is the same for every reader: it never reads the session.
  const user = isCachedRender() ? null : await currentUser();
  if (user && STAFF.includes(user.role)) return { staff: true, lookup: await findStatementForStaff(id) };
  return { staff: false, lookup: await findPublicStatement(id) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const asOf = await resolveAsOf(await searchParams);
  // A view of the past is not the statement's page: no card, kept out of search engines.
  if (asOf.kind === "past") return { title: `Statement as recorded on ${asOf.day}`, robots: { index: false } };
  const { lookup } = await lookupStatement(id);
  if (lookup.state !== "found") return { title: "Statement not available" };
  const { statement } = lookup;
  const title = `${statement.speaker.name}, ${statement.dateLabel}`;
  const description = truncateOnWord(statement.text, 200);
  // Drafts and deleted statements, which only staff see here, get no card and no embed.
  if (!isReaderVisible(statement)) return { title, description };
  const origin = await pageOrigin();
  const url = `${origin}/statements/${statement.id}`;
  const image = { url: `${url}/share.png`, ...SHARE_IMAGE_SIZE, type: "image/png", alt: `${title}: ${description}` };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { "application/json+oembed": [{ url: oembedUrl(origin, url), title }] },
    },
    openGraph: { type: "article", url, title, description, siteName: "Statement Tracker", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

const oembedUrl = (origin: string, url: string) => `${origin}/api/oembed?${new URLSearchParams({ url, format: "json" })}`;

/** The statement as readers saw it at the end of a past day, whatever it is now. */
async function StatementAsOfPage({ id, day }: { id: number; day: string }) {
  const [lookup, revision, origin] = await Promise.all([statementAsOf(id, day), datasetRevisionAsOf(day), pageOrigin()]);
  if (lookup.state === "absent") return <AsOfStatementAbsent id={id} day={day} />;
  return (
    <AsOfStatementView statement={lookup.statement} day={day} citation={citedStatementAsOf(lookup.statement, origin, revision, day)} />
  );
}

export default async function StatementPage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  const asOf = await resolveAsOf(await searchParams);
  if (asOf.kind === "past") return <StatementAsOfPage id={id} day={asOf.day} />;
  const { staff, lookup } = await lookupStatement(id);
  if (lookup.state === "missing") notFound();
  if (lookup.state === "deleted") return <StatementGone />;
  const { statement } = lookup;
  const visible = isReaderVisible(statement);
  const [history, query, origin, neighbours, links] = await Promise.all([
    listRevisions("Statement", statement.id),
    searchParams,
    pageOrigin(),
    neighbouringStatements({ id: statement.id, speakerSlug: statement.speaker.slug, topicSlugs: statement.topics.map((t) => t.slug) }),
    statementLinks(statement.id, staff ? "staff" : "reader"),
  ]);
  // Sources that give the words in a wording of their own that changes what was said.
  const misreported = statement.sources.filter(
    (source) => source.rendering && changesMeaning(compareRendering(statement.text, source.rendering)),
  );
  const citation = visible ? citedStatement(statement, origin, await datasetRevision()) : null;
  const jsonLd = statementJsonLd({
    url: `${origin}/statements/${statement.id}`,
    kind: statement.kind,
    text: statement.text,
    language: statement.language,
    date: statement.date,
    speaker: { name: statement.speaker.name, url: `${origin}/speakers/${statement.speaker.slug}`, roleThen: statement.speaker.roleThen },
    topics: statement.topics.map((t) => ({ name: t.name, url: `${origin}/topics/${t.slug}` })),
    sources: statement.sources,
    claims: statement.claims,
  });

  return (
    <article className="space-y-8">
      {asOf.kind === "invalid" ? <AsOfRefused message={asOf.message} /> : null}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(jsonLd) }} />
      {staff ? (
        <StaffBar
          id={statement.id}
          status={statement.status}
          deleted={statement.deletedAt !== null}
          saved={typeof query.saved === "string" ? query.saved : undefined}
        />
      ) : null}
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/" className="text-link">
            ← Timeline
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          <Link href={`/speakers/${statement.speaker.slug}`} className="hover:underline">
            {statement.speaker.name}
          </Link>
          <span className="sr-only">, statement of {statement.dateLabel}</span>
        </h1>
        {statement.speaker.roleThen ? <p className="text-stone-700 dark:text-stone-300">{statement.speaker.roleThen} at the time</p> : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Date</dt>
          <dd>
            <time dateTime={statement.date.start}>{statement.dateLabel}</time>
            {precisionNote(statement.date) ? (
              <span className="text-stone-700 dark:text-stone-300"> ({precisionNote(statement.date)})</span>
            ) : null}
          </dd>
          {statement.event ? (
            <>
              <dt className="font-medium">Occasion</dt>
              <dd>
                {EVENT_KIND_LABEL[statement.event.kind as EventKindValue]}:{" "}
                <a href={`/events/${statement.event.id}`} className="text-link">
                  {statement.event.name}
                </a>
                {statement.event.location ? `, ${statement.event.location}` : ""}
              </dd>
            </>
          ) : null}
          <dt className="font-medium">Kind</dt>
          <dd>{statement.kind === "QUOTE" ? "Verbatim quote" : "Paraphrase"}</dd>
        </dl>
      </header>

      <StatementText kind={statement.kind} text={statement.text} lang={statement.language} large />
      {misreported.length ? (
        <p role="note" className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm dark:border-amber-400 dark:bg-amber-950">
          <strong>⚠ Reported differently.</strong>{" "}
          {misreported.map((source, i) => (
            <span key={source.id}>
              {i > 0 ? "; " : ""}
              <a href={`#source-${source.id}`} className="text-link">
                {source.title}
              </a>
              {source.outlet ? ` (${source.outlet})` : ""}
            </span>
          ))}{" "}
          {misreported.length === 1 ? "gives" : "give"} these words in a wording that changes their meaning: see Sources.
        </p>
      ) : null}
      {citation ? (
        <section aria-labelledby="share-heading" className="space-y-3">
          <h2 id="share-heading" className="text-lg font-semibold">
            Cite, share or embed
          </h2>
          <CitePanel work={citation} downloadBase={`/statements/${statement.id}`} />
          <EmbedPanel statementId={statement.id} origin={origin} />
        </section>
      ) : null}
      {statement.context ? (
        <RecordSection id="context" title="Context">
          <p className="mt-1 whitespace-pre-line text-stone-700 dark:text-stone-300">{statement.context}</p>
        </RecordSection>
      ) : null}

      <StatementLinks links={[...links.outgoing, ...links.incoming]} />

      <RecordSection id="topics" title="Topics and stances" empty={statement.topics.length === 0 ? "No topics assigned." : null}>
        <ul className="mt-2 space-y-1">
          {statement.topics.map((topic) => (
            <li key={topic.slug} className="flex flex-wrap items-center gap-2">
              <span>{topic.name}</span>
              <StanceBadge stance={topic.stance} hedging={topic.hedging} />
            </li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection id="claims" title="Claims" empty={statement.claims.length === 0 ? "No checkable claims recorded." : null}>
        <ul className="mt-2 space-y-3">
          {statement.claims.map((claim) => (
            <li key={claim.id} className="rounded border border-stone-200 p-3 dark:border-stone-800">
              <p>{claim.text}</p>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {CLAIM_KIND_LABEL[claim.kind]}
                {claim.value !== null ? ` · ${claim.value.toLocaleString("en-GB")}${claim.unit ? ` ${claim.unit}` : ""}` : ""} ·{" "}
                <span className="font-medium text-stone-800 dark:text-stone-200">{CLAIM_STATUS_LABEL[claim.status]}</span>
              </p>
              {claim.note ? <p className="mt-1 text-sm">{claim.note}</p> : null}
              {claim.evidenceUrl ? (
                <p className="mt-1 text-sm">
                  <a href={claim.evidenceUrl} rel="noopener noreferrer" className="text-link">
                    Evidence
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection id="sources" title="Sources" empty={statement.sources.length === 0 ? "No source recorded." : null}>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {statement.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`} className="scroll-mt-4">
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer" className="text-link">
                  {source.title}
                </a>
              ) : (
                <span>{source.title}</span>
              )}
              <span className="text-stone-600 dark:text-stone-400">
                {" "}
                — {SOURCE_KIND_LABEL[source.kind as SourceKindValue]}
                {source.outlet ? `, ${source.outlet}` : ""}
                {source.publishedOn ? `, published ${formatDay(source.publishedOn)}` : ""}
                {source.page ? `, page ${source.page}` : ""}
                {source.timestamp ? `, at ${source.timestamp}` : ""}
              </span>
              {source.rendering ? (
                <RenderingComparison canonical={statement.text} rendering={source.rendering} headingId={`rendering-${source.id}`} />
              ) : null}
              <SourceProvenance source={source} statement={statement} />
            </li>
          ))}
        </ol>
      </RecordSection>

      {neighbours.before || neighbours.after ? (
        <section aria-labelledby="neighbours-heading">
          <h2 id="neighbours-heading" className="text-lg font-semibold">
            {statement.speaker.name} on the same topics, before and after
          </h2>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {(["before", "after"] as const).map((side) => {
              const neighbour = neighbours[side];
              return (
                <div key={side}>
                  <p className="mb-1 text-sm font-medium text-stone-600 dark:text-stone-400">
                    {side === "before" ? "Just before" : "Just after"}
                  </p>
                  {neighbour ? (
                    <StatementCard statement={neighbour} />
                  ) : (
                    <p className="text-sm text-stone-600 dark:text-stone-400">
                      Nothing {side === "before" ? "earlier" : "later"} on these topics.
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ) : null}

      {visible ? (
        <section aria-labelledby="as-of-heading" className="space-y-2">
          <h2 id="as-of-heading" className="text-lg font-semibold">
            As it stood on an earlier day
          </h2>
          <AsOfPicker action={`/statements/${statement.id}`} max={utcDay(new Date())} />
        </section>
      ) : null}
      <RevisionHistory entries={history} labels={STATEMENT_LABELS} />
    </article>
  );
}
