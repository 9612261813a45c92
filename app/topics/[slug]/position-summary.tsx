import Link from "next/link";
import { StanceChart } from "@/components/charts/stance-chart";
import type { MarkedEvents } from "@/components/events/event-markers";
import { StanceBadge } from "@/components/stance-badge";
import { withAsOf } from "@/lib/as-of/as-of-date";
import type { TopicLinkNote } from "@/lib/relations/topic-links";
import { CHANGE_KIND_LABEL, describeChange, positionHeadline, positionLabel, type PositionHistory } from "@/lib/stances/positions";

/** "walks back the statement of 3 Mar 2025", the statement's date a link to it (also one on another topic). */
function LinkSentence({ note, asOf }: { note: TopicLinkNote; asOf: string | null }) {
  const href = withAsOf(`/statements/${note.other.id}`, asOf);
  return (
    <>
      {note.parts.lead}
      <Link href={href} className="text-link">
        {note.parts.date}
      </Link>
      {note.parts.tail}
      {note.note ? <span className="text-stone-700 dark:text-stone-300"> (note: {note.note})</span> : null}
    </>
  );
}

/**
 * The speaker's position on the topic over the whole record: headline, chart, changes, and the
 * links between statements (a walk-back or contradiction beside the change it explains).
 */
export function PositionSummary({
  history,
  speaker,
  events,
  links = [],
  asOf = null,
}: {
  history: PositionHistory;
  speaker: string;
  events?: MarkedEvents;
  links?: TopicLinkNote[];
  /** The past day the view shows, kept by the links to statements. */
  asOf?: string | null;
}) {
  const { current } = history;
  const changes = history.changes.filter((c) => c.kind !== "FIRST");
  const headline = positionHeadline(history);
  const besideChange = (note: TopicLinkNote) => note.explainsChange && note.changeKey !== null;
  const otherLinks = links.filter((note) => !besideChange(note));
  const relations = links.map((note) =>
    note.direction === "outgoing"
      ? { fromId: note.statementId, toId: note.other.id, type: note.type }
      : { fromId: note.other.id, toId: note.statementId, type: note.type },
  );
  const dateOf = new Map(history.occasions.flatMap((o) => o.statements.map((s) => [s.statementId, o.dateLabel] as const)));
  const statementHref = (id: number) => withAsOf(`/statements/${id}`, asOf);
  return (
    <>
      {current ? (
        <>
          <p className="mt-1 flex flex-wrap items-center gap-2" data-testid="position-current">
            {asOf ? "Then" : "Now"}{" "}
            {current.stances.map((stance) => (
              <StanceBadge key={stance} stance={stance} />
            ))}
            <span>
              since{" "}
              <Link href={statementHref(current.since.statements[0]!.statementId)} className="text-link">
                {current.since.dateLabel}
              </Link>
              {current.latest.key !== current.since.key ? (
                <>
                  {" "}
                  (latest:{" "}
                  <Link href={statementHref(current.latest.statements[0]!.statementId)} className="text-link">
                    {current.latest.dateLabel}
                  </Link>
                  )
                </>
              ) : null}
            </span>
          </p>
          <p className="mt-1 text-stone-800 dark:text-stone-200" data-testid="position-headline">
            {headline}.
          </p>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            {history.statementCount} {history.statementCount === 1 ? "statement" : "statements"} on {history.occasions.length}{" "}
            {history.occasions.length === 1 ? "occasion" : "occasions"}; {changes.length} {changes.length === 1 ? "change" : "changes"} of
            position
            {history.reversals > 0 ? `, ${history.reversals} ${history.reversals === 1 ? "reversal" : "reversals"}` : ""}.
          </p>
        </>
      ) : (
        <p className="mt-1">No stated position on this topic.</p>
      )}
      <div className="mt-4">
        <StanceChart speaker={speaker} history={history} events={events} relations={relations} statementHref={statementHref} />
      </div>
      {changes.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">Changes of position</h3>
          <ol className="mt-1 space-y-1 text-sm" data-testid="position-changes">
            {changes.map((change) => (
              <li key={change.occasion.key}>
                <span className="font-semibold">{CHANGE_KIND_LABEL[change.kind]}:</span>{" "}
                <Link href={statementHref(change.statementIds[0]!)} className="text-link">
                  {change.occasion.dateLabel}
                </Link>
                , {positionLabel(change.from ?? [])} → {positionLabel(change.to)}
                <span className="sr-only"> ({describeChange(change)})</span>
                {links
                  .filter((note) => besideChange(note) && note.changeKey === change.occasion.key)
                  .map((note) => (
                    <span key={`${note.type}-${note.statementId}-${note.other.id}`} className="block pl-4" data-link-type={note.type}>
                      <span aria-hidden="true" className="text-violet-700 dark:text-violet-300">
                        ↩{" "}
                      </span>
                      <LinkSentence note={note} asOf={asOf} />
                    </span>
                  ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {otherLinks.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">Links between statements</h3>
          <ul className="mt-1 space-y-1 text-sm" data-testid="position-links">
            {otherLinks.map((note) => (
              <li key={`${note.type}-${note.statementId}-${note.other.id}`} data-link-type={note.type}>
                The statement of{" "}
                <Link href={statementHref(note.statementId)} className="text-link">
                  {dateOf.get(note.statementId)}
                </Link>{" "}
                <LinkSentence note={note} asOf={asOf} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {history.unordered.length > 0 ? (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
          Not counted as changes, because their dates overlap and their order is unknown:{" "}
          {history.unordered.map((u, i) => (
            <span key={u.occasion.key}>
              {i > 0 ? "; " : ""}
              <Link href={statementHref(u.occasion.statements[0]!.statementId)} className="text-link">
                {u.occasion.dateLabel}
              </Link>{" "}
              ({positionLabel(u.occasion.stances)})
            </span>
          ))}
          .
        </p>
      ) : null}
    </>
  );
}
