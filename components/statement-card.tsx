import { Fragment } from "react";
import type { StatementSummary } from "@/lib/statements/queries";
import type { HighlightedText as Highlight } from "@/lib/statements/timeline";
import { HighlightedText } from "./highlighted-text";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { StanceBadge } from "./stance-badge";
import { StatementText } from "./statement-text";

const MATCHED_IN = { claims: "Matched in its claims", sources: "Matched in its sources" } as const;

// Plain links, not next/link: a list holds 25 cards with three to five links each, and as client
// components they added about 5 ms of server rendering to every timeline request (and prefetches).
export function StatementCard({ statement, highlight }: { statement: StatementSummary; highlight?: Highlight | null }) {
  const { id, speaker, event, topics, sources } = statement;
  return (
    <article aria-labelledby={`statement-${id}-meta`} className="statement-card">
      <header id={`statement-${id}-meta`} className="statement-card-meta">
        <time dateTime={statement.date.start} title={statement.dateDescription}>
          {statement.dateLabel}
        </time>
        <span>
          <a href={`/speakers/${speaker.slug}`}>{speaker.name}</a>
          {speaker.roleThen ? `, ${speaker.roleThen}` : null}
        </span>
        {event ? (
          <span className="occasion">
            {EVENT_KIND_LABEL[event.kind as EventKindValue]}: <a href={`/events/${event.id}`}>{event.name}</a>
            {event.location ? `, ${event.location}` : ""}
          </span>
        ) : null}
      </header>
      <StatementText
        kind={statement.kind}
        text={statement.text}
        lang={statement.language}
        highlight={highlight?.matchedIn === "text" ? highlight.parts : undefined}
      />
      {highlight && highlight.matchedIn !== "text" && highlight.matchedIn ? (
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          <span className="font-medium">{MATCHED_IN[highlight.matchedIn]}:</span> <HighlightedText parts={highlight.parts} />
        </p>
      ) : null}
      {topics.length > 0 ? (
        <ul aria-label="Topics and stances" className="statement-card-topics">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <a href={`/topics/${topic.slug}?speaker=${speaker.slug}`}>{topic.name}:</a>
              <StanceBadge stance={topic.stance} hedging={topic.hedging} />
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="statement-card-footer">
        <span>
          {sources.length === 0
            ? "No source recorded"
            : sources.map((source, index) => (
                <Fragment key={source.id}>
                  {index > 0 ? "; " : "Source: "}
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer">
                      {source.outlet || source.title}
                    </a>
                  ) : (
                    source.outlet || source.title
                  )}
                </Fragment>
              ))}
        </span>
        {statement.claimCount > 0 ? (
          <span>
            {statement.claimCount} {statement.claimCount === 1 ? "claim" : "claims"}
          </span>
        ) : null}
        <a href={`/statements/${id}`} className="permalink">
          Permalink<span className="sr-only"> to the statement of {statement.dateLabel}</span>
        </a>
      </footer>
    </article>
  );
}
