// The statement form's labels by field name, for the error summary as the server renders it
// (with JavaScript the summary reads the labels from the page). Rows are named by the part after
// their number: "topics.1.stance" → "Topic 2: Stance".
import { own } from "@/lib/collections/dict";

const LABELS: Record<string, string> = {
  "speaker.id": "Speaker",
  "speaker.new.name": "New speaker's name",
  "speaker.new.description": "New speaker's description",
  "speaker.new.role.title": "New speaker's role",
  "speaker.new.role.organisation": "New speaker's organisation",
  "speaker.new.role.startDate": "Role held from",
  "speaker.new.role.endDate": "Role held until",
  "date.precision": "How precisely the date is known",
  "date.day": "Day",
  "date.year": "Year",
  "date.month": "Month",
  "date.from": "Earliest day",
  "date.to": "Latest day",
  "event.id": "Event",
  "event.new.name": "New event's name",
  "event.new.kind": "Kind of event",
  "event.new.location": "Event location",
  "event.new.date": "Event date",
  kind: "Kind",
  text: "Text",
  language: "Language",
  context: "Notes and context",
  sources: "Sources",
  topics: "Topics and stances",
  claims: "Claims",
  relations: "Links to other statements",
  status: "Status",
  confirmDuplicate: "Possible duplicate",
  version: "Version",
};

const ROW_LABELS: Record<"sources" | "topics" | "claims" | "relations", Record<string, string>> = {
  sources: {
    id: "Source",
    "new.url": "Web address",
    "new.title": "Title",
    "new.outlet": "Outlet",
    "new.kind": "Kind of source",
    "new.publishedOn": "Published on",
    "new.snapshotText": "Full text",
    rendering: "Wording in this source",
  },
  topics: { topicId: "Topic", stance: "Stance", hedging: "Hedging", shiftNote: "Why the position moved" },
  claims: {
    text: "Claim",
    kind: "Kind of claim",
    status: "Status",
    value: "Value",
    unit: "Unit",
    evidenceUrl: "Evidence web address",
    note: "Note",
  },
  relations: { type: "This statement…", target: "Other statement", note: "Note" },
};
const ROW_NOUN: Record<string, string> = { sources: "Source", topics: "Topic", claims: "Claim", relations: "Link" };

export function statementFieldLabel(name: string, prefix = ""): string | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const field = name.slice(prefix.length);
  const row = field.match(/^(sources|topics|claims|relations)\.(\d+)(?:\.(.+))?$/);
  if (!row) return own(LABELS, field);
  const [, group, position, rest] = row as unknown as [string, "sources" | "topics" | "claims" | "relations", string, string | undefined];
  const noun = `${ROW_NOUN[group]} ${Number(position) + 1}`;
  const label = rest ? own(ROW_LABELS[group], rest) : undefined;
  return label ? `${noun}: ${label}` : noun;
}
