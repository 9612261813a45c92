import "server-only";
// What the share images of a permalink and of a topic view show, read through the same reader
// queries as the pages: drafts and deleted statements have no image.
import { precisionNote } from "@/lib/dates/precision";
import { emptyFilters } from "@/lib/statements/filters";
import { findPublicStatement, type StatementSummary } from "@/lib/statements/queries";
import { timelinePage } from "@/lib/statements/timeline";
import { findTopic, speakersOnTopic } from "@/lib/topics/positions";
import type { ShareCard } from "./image";

function cardOf(statement: StatementSummary, heading: string): ShareCard {
  const source = statement.sources[0];
  return {
    heading,
    kind: statement.kind,
    text: statement.text,
    speaker: statement.speaker.name,
    role: statement.speaker.roleThen,
    dateLabel: statement.dateLabel,
    dateNote: precisionNote(statement.date),
    source: source ? [source.title, source.outlet].filter(Boolean).join(", ") : null,
  };
}

/** The card of a reader-visible statement; null for drafts, deleted and missing ones. */
export async function statementShareCard(id: number): Promise<ShareCard | null> {
  const lookup = await findPublicStatement(id);
  return lookup.state === "found" ? cardOf(lookup.statement, "Statement") : null;
}

/**
 * A topic view's card: its speaker's latest statement on the topic. The speaker is the one the
 * page shows: the requested one when they spoke on it, else the one with most statements.
 */
export async function topicShareCard(slug: string, requestedSpeaker: string | null): Promise<ShareCard | null> {
  const topic = await findTopic(slug);
  if (!topic) return null;
  const speakers = await speakersOnTopic(topic.id);
  const speaker = speakers.find((s) => s.slug === requestedSpeaker) ?? speakers[0];
  if (!speaker) return null;
  const page = await timelinePage({ ...emptyFilters, topics: [topic.slug], speakers: [speaker.slug] }, 1);
  const latest = page.entries[0];
  return latest ? cardOf(latest, topic.name) : null;
}
