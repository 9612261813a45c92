// A permalink as it stood at the end of a past day: read-only, labelled, citable, with what has
// changed since named, each source's own wording compared with the text as then recorded, and no
// staff controls (nothing here can edit the past).
import { AsOfBanner } from "@/components/as-of/as-of-notices";
import { CitePanel } from "@/components/cite-panel";
import { RecordSection } from "@/components/record-section";
import { StanceBadge } from "@/components/stance-badge";
import { StatementText } from "@/components/statement-text";
import { formatAsOf, withAsOf } from "@/lib/as-of/as-of-date";
import type { AsOfStatement } from "@/lib/as-of/queries";
import { parseLinkLine } from "@/lib/as-of/reconstruct";
import type { CitedWork } from "@/lib/citations/citation";
import { precisionNote } from "@/lib/dates/precision";
import { STATEMENT_LABELS } from "@/lib/statements/labels";
import { RenderingComparison } from "./rendering-comparison";

/** A snapshot field's name as the history names it (fields added later may have no label yet). */
const fieldHeading = (field: string) => STATEMENT_LABELS.fields?.[field] ?? `${field.charAt(0).toUpperCase()}${field.slice(1)}`;
const fieldName = (field: string) => fieldHeading(field).toLowerCase();

export function AsOfStatementView({ statement, day, citation }: { statement: AsOfStatement; day: string; citation: CitedWork }) {
  const today = `/statements/${statement.id}`;
  return (
    <article className="space-y-8">
      <AsOfBanner day={day} todayHref={today}>
        <p className="mt-1 text-sm">
          {statement.changedSince.length === 0
            ? "This statement reads the same today."
            : `Recorded differently today: ${statement.changedSince.map(fieldName).join(", ")}.`}
        </p>
      </AsOfBanner>
      <header className="space-y-2">
        <p className="text-sm">
          <a href={withAsOf("/", day)} className="text-link">
            ← Timeline as of {formatAsOf(day)}
          </a>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {statement.speaker.name}
          <span className="sr-only">
            , statement of {statement.dateLabel} as recorded on {formatAsOf(day)}
          </span>
        </h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Date</dt>
          <dd>
            <time dateTime={statement.date?.start}>{statement.dateLabel}</time>
            {statement.date && precisionNote(statement.date) ? (
              <span className="text-stone-700 dark:text-stone-300"> ({precisionNote(statement.date)})</span>
            ) : null}
          </dd>
          {statement.event ? (
            <>
              <dt className="font-medium">Occasion</dt>
              <dd>{statement.event}</dd>
            </>
          ) : null}
          <dt className="font-medium">Kind</dt>
          <dd>{statement.kind === "QUOTE" ? "Verbatim quote" : "Paraphrase"}</dd>
        </dl>
      </header>

      <StatementText kind={statement.kind} text={statement.text} lang={statement.language} large />
      <section aria-labelledby="share-heading" className="space-y-3">
        <h2 id="share-heading" className="text-lg font-semibold">
          Cite
        </h2>
        <CitePanel work={citation} downloadBase={withAsOf(today, day)} />
      </section>
      {statement.context ? (
        <RecordSection id="context" title="Context">
          <p className="mt-1 whitespace-pre-line text-stone-700 dark:text-stone-300">{statement.context}</p>
        </RecordSection>
      ) : null}

      <RecordSection id="topics" title="Topics and stances" empty={statement.topics.length === 0 ? "No topics assigned." : null}>
        <ul className="mt-2 space-y-1">
          {statement.topics.map((topic) => (
            <li key={topic.name} className="flex flex-wrap items-center gap-2">
              {topic.slug ? (
                <a className="text-link" href={withAsOf(`/topics/${topic.slug}`, day)}>
                  {topic.name}
                </a>
              ) : (
                <span>{topic.name}</span>
              )}
              <StanceBadge stance={topic.stance} hedging={topic.hedging} />
              {topic.shiftNote ? <span className="text-sm text-stone-700 dark:text-stone-300">Shift note: {topic.shiftNote}</span> : null}
            </li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection id="claims" title="Claims" empty={statement.claims.length === 0 ? "No checkable claims recorded." : null}>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {statement.claims.map((claim, i) => (
            <li key={i}>{claim.line}</li>
          ))}
        </ul>
      </RecordSection>

      <RecordSection id="sources" title="Sources" empty={statement.sources.length === 0 ? "No source recorded." : null}>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          {statement.sources.map((source, i) => (
            <li key={i}>
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer" className="text-link">
                  {source.label}
                </a>
              ) : (
                source.label
              )}
              {source.rendering ? (
                <RenderingComparison canonical={statement.text} rendering={source.rendering} headingId={`rendering-${i}`} />
              ) : null}
            </li>
          ))}
        </ol>
      </RecordSection>

      {statement.otherFields.map((other) => (
        <section key={other.field} aria-label={fieldHeading(other.field)}>
          <h2 className="text-lg font-semibold">{fieldHeading(other.field)}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {other.lines.map((line, i) => (
              <li key={i}>
                <RecordedLine field={other.field} line={line} day={day} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

/** A snapshot's line; a recorded link's statement number leads to that statement as of the same day. */
function RecordedLine({ field, line, day }: { field: string; line: string; day: string }) {
  const link = field === "links" ? parseLinkLine(line) : null;
  const label = link ? `statement #${link.toId}` : "";
  const at = link ? line.indexOf(label) : -1;
  if (!link || at === -1) return line;
  return (
    <>
      {line.slice(0, at)}
      <a className="text-link" href={withAsOf(`/statements/${link.toId}`, day)}>
        {label}
      </a>
      {line.slice(at + label.length)}
    </>
  );
}

/** The statement was not on view on the day: not yet recorded, a draft, or deleted then. */
export function AsOfStatementAbsent({ id, day }: { id: number; day: string }) {
  return (
    <article className="space-y-4">
      <AsOfBanner day={day} todayHref={`/statements/${id}`} />
      <h1 className="text-2xl font-semibold tracking-tight">Not published on {formatAsOf(day)}</h1>
      <p className="max-w-prose">
        Readers could not see this statement on {formatAsOf(day)}: it was recorded later, or it was a draft or deleted at the time.{" "}
        <a className="text-link" href={withAsOf("/", day)}>
          The timeline as of that day
        </a>{" "}
        shows what was published.
      </p>
    </article>
  );
}
