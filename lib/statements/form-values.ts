// A statement as form values and back: the form's field names ("claims.1.text") nested into the
// objects the schema parses, and a saved statement laid out as the edit form's starting values.
// Plain functions without zod, so the browser bundle and the server share them.
import { dict } from "@/lib/collections/dict";
import type { DateInterval } from "@/lib/dates/precision";
import type { FormValues } from "@/lib/forms/state";

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"]);

/** The submitted fields as nested objects: "claims.1.text" becomes { claims: { 1: { text } } }. */
export function nestFormValues(values: FormValues): Record<string, unknown> {
  const root = dict<unknown>();
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split(".");
    if (parts.some((part) => part === "" || UNSAFE_KEYS.has(part))) continue;
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== "object" || node[part] === null) node[part] = dict<unknown>();
      node = node[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1]!;
    if (typeof node[last] !== "object") node[last] = value;
  }
  return root;
}

/** The slots ("0", "3", …) a group of rows uses in submitted values, in order. */
export function rowSlots(values: FormValues | undefined, group: "topics" | "claims" | "sources" | "relations"): number[] {
  const slots = new Set<number>();
  for (const name of Object.keys(values ?? {})) {
    const match = name.match(/^(topics|claims|sources|relations)\.(\d{1,3})\./);
    if (match && match[1] === group) slots.add(Number(match[2]));
  }
  return [...slots].sort((a, b) => a - b);
}

/** What a saved statement looks like as form values, for the edit form. */
export interface StatementFormRecord {
  speakerId: number;
  date: DateInterval;
  eventId: number | null;
  kind: string;
  text: string;
  context: string;
  language: string;
  status: string;
  version: number;
  sources: { id: number; rendering?: string | null }[];
  topics: { topicId: number; stance: string; hedging: string | null; shiftNote: string | null }[];
  claims: {
    id: number;
    text: string;
    kind: string;
    value: number | null;
    unit: string | null;
    status: string;
    note: string;
    evidenceUrl: string | null;
  }[];
  /** Outgoing links; left out, the form starts with none. */
  relations?: { toId: number; type: string; note: string }[];
}

export function statementFormValues(record: StatementFormRecord): FormValues {
  const { date } = record;
  const values: FormValues = {
    "speaker.id": String(record.speakerId),
    "date.precision": date.precision,
    "date.day": date.precision === "DAY" ? date.start : "",
    "date.year": date.precision === "MONTH" || date.precision === "YEAR" ? date.start.slice(0, 4) : "",
    "date.month": date.precision === "MONTH" ? String(Number(date.start.slice(5, 7))) : "",
    "date.from": date.precision === "RANGE" || date.precision === "APPROXIMATE" ? date.start : "",
    "date.to": date.precision === "RANGE" || date.precision === "APPROXIMATE" ? date.end : "",
    "event.id": record.eventId === null ? "" : String(record.eventId),
    kind: record.kind,
    text: record.text,
    context: record.context,
    language: record.language,
    status: record.status,
    version: String(record.version),
  };
  record.sources.forEach((source, slot) => {
    values[`sources.${slot}.id`] = String(source.id);
    values[`sources.${slot}.rendering`] = source.rendering ?? "";
  });
  record.topics.forEach((topic, slot) => {
    values[`topics.${slot}.topicId`] = String(topic.topicId);
    values[`topics.${slot}.stance`] = topic.stance;
    values[`topics.${slot}.hedging`] = topic.hedging ?? "";
    values[`topics.${slot}.shiftNote`] = topic.shiftNote ?? "";
  });
  record.claims.forEach((claim, slot) => {
    values[`claims.${slot}.id`] = String(claim.id);
    values[`claims.${slot}.text`] = claim.text;
    values[`claims.${slot}.kind`] = claim.kind;
    values[`claims.${slot}.value`] = claim.value === null ? "" : String(claim.value);
    values[`claims.${slot}.unit`] = claim.unit ?? "";
    values[`claims.${slot}.status`] = claim.status;
    values[`claims.${slot}.note`] = claim.note;
    values[`claims.${slot}.evidenceUrl`] = claim.evidenceUrl ?? "";
  });
  (record.relations ?? []).forEach((relation, slot) => {
    values[`relations.${slot}.type`] = relation.type;
    values[`relations.${slot}.target`] = String(relation.toId);
    values[`relations.${slot}.note`] = relation.note;
  });
  return values;
}
