import "server-only";
// The works that "Cite this" cites, read through the reader queries (drafts and deleted
// statements cannot be cited), and the dataset revision they were read at.
import { db } from "@/lib/db/client";
import { EVENT_KIND_LABEL, type EventKindValue } from "@/lib/events/kinds";
import { SOURCE_KIND_LABEL, type SourceKindValue } from "@/lib/sources/kinds";
import { truncateOnWord } from "@/lib/share/text";
import { findPublicStatement, type StatementSummary } from "@/lib/statements/queries";
import { findTopic, speakersOnTopic } from "@/lib/topics/positions";
import type { CitedWork } from "./citation";

/**
 * The dataset revision: the id of the latest change recorded in the audit trail. Every write
 * through the app adds one, so the number names the state of the data a citation was read at.
 */
export async function datasetRevision(): Promise<number> {
  const { _max } = await db.revision.aggregate({ _max: { id: true } });
  return _max.id ?? 0;
}

/** Today's date in UTC, as the citation's access date. */
export const accessDay = (now = new Date()) => now.toISOString().slice(0, 10);

const TITLE_LENGTH = 200;

/** A loaded statement as a cited work (the caller has checked that readers may see it). */
export function citedStatement(s: StatementSummary, origin: string, revision: number, now = new Date()): CitedWork {
  const source = s.sources[0];
  return {
    key: `statement-${s.id}`,
    type: "statement",
    title: `${s.kind === "PARAPHRASE" ? "Paraphrase: " : ""}${truncateOnWord(s.text, TITLE_LENGTH)}`,
    author: s.speaker.name,
    role: s.speaker.roleThen,
    issued: s.date,
    event: s.event
      ? `${EVENT_KIND_LABEL[s.event.kind as EventKindValue]}: ${s.event.name}${s.event.location ? `, ${s.event.location}` : ""}`
      : null,
    source: source ? [source.title, SOURCE_KIND_LABEL[source.kind as SourceKindValue], source.outlet].filter(Boolean).join(", ") : null,
    url: `${origin}/statements/${s.id}`,
    revision,
    accessed: accessDay(now),
  };
}

export async function statementCitation(id: number, origin: string, now = new Date()): Promise<CitedWork | null> {
  const [lookup, revision] = await Promise.all([findPublicStatement(id), datasetRevision()]);
  return lookup.state === "found" ? citedStatement(lookup.statement, origin, revision, now) : null;
}

/** A topic view: the topic with the speaker the page shows (the requested one, else the first). */
export async function topicCitation(
  slug: string,
  requestedSpeaker: string | null,
  origin: string,
  now = new Date(),
): Promise<CitedWork | null> {
  const topic = await findTopic(slug);
  if (!topic) return null;
  const [speakers, revision] = await Promise.all([speakersOnTopic(topic.id), datasetRevision()]);
  const speaker = speakers.find((s) => s.slug === requestedSpeaker) ?? speakers[0] ?? null;
  const query = speaker && requestedSpeaker === speaker.slug ? `?speaker=${speaker.slug}` : "";
  return {
    key: `topic-${topic.slug}${speaker ? `-${speaker.slug}` : ""}`,
    type: "view",
    title: speaker ? `${speaker.name} on ${topic.name}: statements and positions` : `${topic.name}: statements and positions`,
    author: null,
    role: null,
    issued: null,
    event: null,
    source: null,
    url: `${origin}/topics/${topic.slug}${query}`,
    revision,
    accessed: accessDay(now),
  };
}
