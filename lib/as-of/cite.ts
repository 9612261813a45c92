// "Cite this" for a view of the past: the statement as recorded on the day, the dataset revision
// of that day, and the as-of link, so a reader who follows the citation sees what was cited.
import type { CitedWork } from "@/lib/citations/citation";
import { truncateOnWord } from "@/lib/share/text";
import { utcDay, withAsOf } from "./as-of-date";
import type { AsOfStatement } from "./queries";

export function citedStatementAsOf(s: AsOfStatement, origin: string, revision: number, day: string, now = new Date()): CitedWork {
  return {
    key: `statement-${s.id}-${day.slice(0, 10)}`,
    type: "statement",
    title: `${s.kind === "PARAPHRASE" ? "Paraphrase: " : ""}${truncateOnWord(s.text, 200)}`,
    author: s.speaker.name,
    role: null,
    issued: s.date,
    event: s.event,
    source: s.sources[0]?.label ?? null,
    url: withAsOf(`${origin}/statements/${s.id}`, day),
    revision,
    accessed: utcDay(now),
    asOf: day,
  };
}

/** A topic view as it stood on the day, with the speaker it shows. */
export function citedTopicAsOf(
  topic: { slug: string; name: string },
  speaker: { slug: string; name: string },
  speakerInUrl: boolean,
  origin: string,
  revision: number,
  day: string,
  now = new Date(),
): CitedWork {
  return {
    key: `topic-${topic.slug}-${speaker.slug}-${day.slice(0, 10)}`,
    type: "view",
    title: `${speaker.name} on ${topic.name}: statements and positions`,
    author: null,
    role: null,
    issued: null,
    event: null,
    source: null,
    url: withAsOf(`${origin}/topics/${topic.slug}${speakerInUrl ? `?speaker=${speaker.slug}` : ""}`, day),
    revision,
    accessed: utcDay(now),
    asOf: day,
  };
}
