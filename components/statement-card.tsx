import Link from "next/link";
import type { StatementSummary } from "@/lib/statements/queries";
import type { HighlightedText as Highlight } from "@/lib/statements/timeline";
import { HighlightedText } from "./highlighted-text";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { StanceBadge } from "./stance-badge";
import { StatementText } from "./statement-text";

const MATCHED_IN = { claims: "Matched in its claims", sources: "Matched in its sources" } as const;

export function StatementCard({ statement, highlight }: { statement: StatementSummary; highlight?: Highlight | null }) {
  const { id, speaker, event, topics, sources } = statement;
  return (
    <article
      aria-labelledby={`statement-${id}-meta`}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
    >
      <header id={`statement-${id}-meta`} className="mb-3 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
        <time dateTime={statement.date.start} title={statement.dateDescription} className="font-semibold tabular-nums">
          {statement.dateLabel}
        </time>
        <span aria-hidden="true" className="text-stone-400">·</span>
        <span>
          <Link href={`/speakers/${speaker.slug}`} className="font-medium hover:underline">
            {speaker.name}
          </Link>
          {speaker.roleThen ? <span className="text-stone-600 dark:text-stone-400">, {speaker.roleThen}</span> : null}
        </span>
        {event ? (
          <>
            <span aria-hidden="true" className="text-stone-400">·</span>
            <span className="text-stone-600 dark:text-stone-400">
              {EVENT_KIND_LABEL[event.kind as EventKindValue]}: {event.name}
              {event.location ? `, ${event.location}` : ""}
            </span>
          </>
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
        <ul aria-label="Topics and stances" className="mt-3 flex flex-wrap gap-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="flex items-center gap-1.5 text-sm">
              <Link href={`/topics/${topic.slug}?speaker=${speaker.slug}`} className="text-stone-700 hover:underline dark:text-stone-300">
                {topic.name}:
              </Link>
              <StanceBadge stance={topic.stance} hedging={topic.hedging} />
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <span>
          {sources.length === 0
            ? "No source recorded"
            : sources.map((source, index) => (
                <span key={source.id}>
                  {index > 0 ? "; " : "Source: "}
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer" className="underline hover:text-stone-900 dark:hover:text-stone-100">
                      {source.outlet || source.title}
                    </a>
                  ) : (
                    <span>{source.outlet || source.title}</span>
                  )}
                </span>
              ))}
        </span>
        {statement.claimCount > 0 ? (
          <span>
            {statement.claimCount} {statement.claimCount === 1 ? "claim" : "claims"}
          </span>
        ) : null}
        <Link href={`/statements/${id}`} className="ml-auto font-medium text-blue-700 underline dark:text-blue-300">
          Permalink<span className="sr-only"> to the statement of {statement.dateLabel}</span>
        </Link>
      </footer>
    </article>
  );
}
