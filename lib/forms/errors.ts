// Errors a user can act on. Anything else is unexpected: logged, and shown as a generic message.
import { own } from "@/lib/collections/dict";
import type { FieldErrors } from "./state";

export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

export class NotFoundError extends ExpectedError {
  constructor(what: string) {
    super(`${what} was not found. It may have been removed.`);
    this.name = "NotFoundError";
  }
}

/** Someone else saved the record after the user opened it. */
export class ConflictError extends ExpectedError {
  constructor(message: string, detail?: Record<string, unknown>) {
    super(message, undefined, detail);
    this.name = "ConflictError";
  }
}

export class AuthorizationError extends ExpectedError {
  constructor(message = "You are not allowed to do this.") {
    super(message);
    this.name = "AuthorizationError";
  }
}

// ---- The error summary ----------------------------------------------------------------------

export interface SummaryItem {
  /** The field's name; the summary links to the element with the field's id. */
  name: string;
  label: string;
  message: string;
}

const ROW_NOUN: Record<string, string> = {
  topics: "Topic",
  sources: "Source",
  claims: "Claim",
  roles: "Role",
  aliases: "Alias",
  c: "Candidate",
};
const FIELD_WORD: Record<string, string> = {
  id: "",
  new: "new",
  topicId: "Topic",
  url: "Web address",
  publishedOn: "Published on",
  snapshotText: "Full text",
  evidenceUrl: "Evidence web address",
};

const words = (part: string) => part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * A readable name for a field from its form name, for a summary shown without JavaScript (with it,
 * the page's own label is used): "topics.1.stance" → "Topic 2: stance", "c.3.speaker.id" →
 * "Candidate 4: speaker".
 */
export function labelFromName(name: string): string {
  const parts = name.split(".");
  const rows: string[] = [];
  const fields: string[] = [];
  parts.forEach((part, i) => {
    if (/^\d+$/.test(part)) return;
    const row = /^\d+$/.test(parts[i + 1] ?? "") ? own(ROW_NOUN, part) : undefined;
    if (row) rows.push(`${row} ${Number(parts[i + 1]) + 1}`);
    else if (/^\d+$/.test(parts[i + 1] ?? "")) rows.push(`${words(part)} ${Number(parts[i + 1]) + 1}`);
    else fields.push(own(FIELD_WORD, part) ?? words(part));
  });
  const field = fields.filter(Boolean).join(" ").trim();
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  if (rows.length === 0) return sentence(field || "This form");
  return field ? `${rows.join(", ")}: ${field}` : rows.join(", ");
}

/**
 * Every field's messages once, in the order given, each with the field's label. A message that
 * repeats the form's own message is left out; "form" (no field) is not a link of its own.
 */
export function summaryItems(
  fieldErrors: FieldErrors | undefined,
  formMessage: string | undefined,
  label: (name: string) => string | undefined = () => undefined,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const seen = new Set<string>();
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (name === "form" || !messages?.length) continue;
    const text = [...new Set(messages)].filter((message) => message !== formMessage).join(" ");
    if (!text) continue;
    const item = { name, label: label(name) ?? labelFromName(name), message: text };
    const key = `${item.label}\n${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}
