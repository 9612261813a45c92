import Link from "next/link";
import { StanceChart } from "@/components/charts/stance-chart";
import type { MarkedEvents } from "@/components/events/event-markers";
import { StanceBadge } from "@/components/stance-badge";
import { CHANGE_KIND_LABEL, describeChange, positionHeadline, positionLabel, type PositionHistory } from "@/lib/stances/positions";

/** The speaker's position on the topic over the whole record: headline, chart, changes. */
export function PositionSummary({ history, speaker, events }: { history: PositionHistory; speaker: string; events?: MarkedEvents }) {
  const { current } = history;
  const changes = history.changes.filter((c) => c.kind !== "FIRST");
  const headline = positionHeadline(history);
  return (
    <>
      {current ? (
        <>
          <p className="mt-1 flex flex-wrap items-center gap-2" data-testid="position-current">
            Now{" "}
            {current.stances.map((stance) => (
              <StanceBadge key={stance} stance={stance} />
            ))}
            <span>
              since{" "}
              <Link href={`/statements/${current.since.statements[0]!.statementId}`} className="text-link">
                {current.since.dateLabel}
              </Link>
              {current.latest.key !== current.since.key ? (
                <>
                  {" "}
                  (latest:{" "}
                  <Link href={`/statements/${current.latest.statements[0]!.statementId}`} className="text-link">
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
        <StanceChart speaker={speaker} history={history} events={events} />
      </div>
      {changes.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold">Changes of position</h3>
          <ol className="mt-1 space-y-1 text-sm" data-testid="position-changes">
            {changes.map((change) => (
              <li key={change.occasion.key}>
                <span className="font-semibold">{CHANGE_KIND_LABEL[change.kind]}:</span>{" "}
                <Link href={`/statements/${change.statementIds[0]}`} className="text-link">
                  {change.occasion.dateLabel}
                </Link>
                , {positionLabel(change.from ?? [])} → {positionLabel(change.to)}
                <span className="sr-only"> ({describeChange(change)})</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {history.unordered.length > 0 ? (
        <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
          Not counted as changes, because their dates overlap and their order is unknown:{" "}
          {history.unordered.map((u, i) => (
            <span key={u.occasion.key}>
              {i > 0 ? "; " : ""}
              <Link href={`/statements/${u.occasion.statements[0]!.statementId}`} className="text-link">
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
