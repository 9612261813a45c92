import { StanceBadge } from "@/components/stance-badge";
import { StatementText } from "@/components/statement-text";
import { withAsOf } from "@/lib/as-of/as-of-date";
import type { AsOfStatement } from "@/lib/as-of/queries";

/** A statement as recorded on a past day, in a list; its links stay on that day. */
export function AsOfStatementCard({ statement, day }: { statement: AsOfStatement; day: string }) {
  const { id, speaker, topics, sources } = statement;
  return (
    <article aria-labelledby={`statement-${id}-meta`} className="statement-card">
      <header id={`statement-${id}-meta`} className="statement-card-meta">
        <time dateTime={statement.date?.start}>{statement.dateLabel}</time>
        <span>{speaker.slug ? <a href={`/speakers/${speaker.slug}`}>{speaker.name}</a> : speaker.name}</span>
        {statement.event ? <span className="occasion">{statement.event}</span> : null}
      </header>
      <StatementText kind={statement.kind} text={statement.text} lang={statement.language} />
      {topics.length > 0 ? (
        <ul aria-label="Topics and stances" className="statement-card-topics">
          {topics.map((topic) => (
            <li key={topic.name}>
              {topic.slug ? (
                <a href={withAsOf(`/topics/${topic.slug}${speaker.slug ? `?speaker=${speaker.slug}` : ""}`, day)}>{topic.name}:</a>
              ) : (
                `${topic.name}:`
              )}
              <StanceBadge stance={topic.stance} hedging={topic.hedging} />
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="statement-card-footer">
        <span>{sources.length === 0 ? "No source recorded" : `Source: ${sources.map((s) => s.label).join("; ")}`}</span>
        {statement.claims.length > 0 ? (
          <span>
            {statement.claims.length} {statement.claims.length === 1 ? "claim" : "claims"}
          </span>
        ) : null}
        {statement.changedSince.length > 0 ? <span className="font-medium">Changed since</span> : null}
        <a href={withAsOf(`/statements/${id}`, day)} className="permalink">
          Permalink<span className="sr-only"> to the statement of {statement.dateLabel} as recorded then</span>
        </a>
      </footer>
    </article>
  );
}
