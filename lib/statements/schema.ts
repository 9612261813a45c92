// What a statement is made of, validated the same way in the form and on the server. Field
// names are the form's names ("claims.1.text"), so every zod issue path is also the name of the
// field its message belongs next to. Repeatable rows are keyed by the slot number in their name,
// not by position, so a blank row left out (no JavaScript: a few spare rows are always sent) or a
// row removed in the browser never moves another row's messages.
import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES } from "@/lib/claims/kinds";
import { today } from "@/lib/dates/calendar-day";
import { DATE_PRECISIONS, intervalProblem, monthInterval, yearInterval, type DateInterval } from "@/lib/dates/precision";
import { readTypedDay } from "@/lib/dates/typed-day";
import { eventCreateSchema, type EventInput } from "@/lib/events/schema";
import type { FormValues } from "@/lib/forms/state";
import { personCreateSchema, type PersonInput } from "@/lib/people/schema";
import { readStatementReference, RELATION_LIMITS, RELATION_TYPES } from "@/lib/relations/types";
import { versionField } from "@/lib/records/schema";
import { sourceCreateSchema, type SourceInput } from "@/lib/sources/schema";
import { HEDGINGS, STANCES } from "@/lib/stances/scale";
import { nestFormValues } from "./form-values";
import { NEW_OPTION, REVIEW_STATUSES, STATEMENT_KINDS, STATEMENT_LIMITS } from "./limits";

// Every form value arrives as text (or not at all); repeated names keep their first value.
const formText = z.preprocess((value) => (Array.isArray(value) ? value[0] : value) ?? "", z.string());
const trimmed = formText.pipe(z.string().trim());
const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const nested = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const allBlank = (row: Record<string, unknown>, fields: readonly string[]) => fields.every((field) => blank(row[field]));

type Issue = { path: readonly PropertyKey[]; message: string };
type IssueSink = { addIssue: (issue: { code: "custom"; message: string; path: PropertyKey[] }) => void };

/** Copies another entity's issues into this schema, under a prefix and with its paths renamed. */
function relayIssues(
  ctx: IssueSink,
  issues: readonly Issue[],
  prefix: PropertyKey[],
  rename: (path: PropertyKey[]) => PropertyKey[] = (p) => p,
) {
  for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: [...prefix, ...rename([...issue.path])] });
}

const positiveId = /^\d{1,12}$/;

// ---- When it was said ---------------------------------------------------------------------

const dateSchema = z
  .preprocess(nested, z.object({ precision: trimmed, day: trimmed, year: trimmed, month: trimmed, from: trimmed, to: trimmed }))
  .transform((date, ctx): DateInterval => {
    const fail = (field: string, message: string) => {
      ctx.addIssue({ code: "custom", message, path: [field] });
      return z.NEVER;
    };
    const now = today();
    const precision = date.precision as DateInterval["precision"];
    if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) return fail("precision", "Choose how precisely the date is known.");

    if (precision === "DAY") {
      if (!date.day) return fail("day", "Enter the day it was said.");
      const day = readTypedDay(date.day);
      if (!day.ok) return fail("day", day.message);
      if (day.day > now) return fail("day", "This date is in the future.");
      return { start: day.day, end: day.day, precision };
    }

    if (precision === "MONTH" || precision === "YEAR") {
      if (!/^\d{4}$/.test(date.year)) return fail("year", "Enter the year as four digits, e.g. 2024.");
      const year = Number(date.year);
      let interval: { start: string; end: string };
      if (precision === "MONTH") {
        const month = Number(date.month);
        if (!/^\d{1,2}$/.test(date.month) || month < 1 || month > 12) return fail("month", "Choose the month.");
        interval = monthInterval(year, month);
      } else {
        interval = yearInterval(year);
      }
      // The current month or year is allowed: the interval says "sometime in it", up to today.
      if (interval.start > now) return fail(precision === "MONTH" ? "month" : "year", "This date is in the future.");
      return { ...interval, precision };
    }

    // RANGE and APPROXIMATE: two days. An approximate date may give a single estimated day.
    const days: Record<"from" | "to", string> = { from: "", to: "" };
    let failed = false;
    for (const [field, value, label] of [
      ["from", date.from, "first"],
      ["to", precision === "APPROXIMATE" && !date.to ? date.from : date.to, "last"],
    ] as const) {
      const day = value ? readTypedDay(value) : null;
      if (!day) {
        ctx.addIssue({ code: "custom", message: `Enter the ${label} possible day.`, path: [field] });
        failed = true;
      } else if (!day.ok) {
        // An approximate single day is typed once, in "from": its message belongs there alone.
        if (!(field === "to" && !date.to)) ctx.addIssue({ code: "custom", message: day.message, path: [field] });
        failed = true;
      } else if (day.day > now) {
        if (!(field === "to" && !date.to)) ctx.addIssue({ code: "custom", message: "This date is in the future.", path: [field] });
        failed = true;
      } else {
        days[field] = day.day;
      }
    }
    if (failed) return z.NEVER;
    const interval = { start: days.from, end: days.to, precision };
    const problem = intervalProblem(interval);
    return problem ? fail("to", problem) : interval;
  });

// ---- Who said it, and where ---------------------------------------------------------------

export type SpeakerChoice = { kind: "existing"; id: number } | { kind: "new"; person: PersonInput };

const speakerSchema = z
  .preprocess(nested, z.object({ id: trimmed, new: z.unknown().optional() }))
  .transform((speaker, ctx): SpeakerChoice => {
    const fields = nested(speaker.new);
    const role = nested(fields.role);
    const wantsNew = speaker.id === NEW_OPTION || (speaker.id === "" && !blank(fields.name));
    if (!wantsNew) {
      if (positiveId.test(speaker.id)) return { kind: "existing", id: Number(speaker.id) };
      ctx.addIssue({ code: "custom", message: "Choose who said it, or create a new speaker.", path: ["id"] });
      return z.NEVER;
    }
    const hasRole = !allBlank(role, ["title", "organisation", "startDate", "endDate"]);
    const person = personCreateSchema.safeParse({
      name: fields.name ?? "",
      description: fields.description ?? "",
      roles: hasRole
        ? [{ title: role.title ?? "", organisation: role.organisation ?? "", startDate: role.startDate ?? "", endDate: role.endDate ?? "" }]
        : [],
    });
    if (person.success) return { kind: "new", person: person.data };
    // The person schema lists roles; this form has one role, named speaker.new.role.*.
    relayIssues(ctx, person.error.issues, ["new"], (path) => (path[0] === "roles" ? ["role", ...path.slice(2)] : path));
    return z.NEVER;
  });

export type EventChoice = null | { kind: "existing"; id: number } | { kind: "new"; event: EventInput };

const eventSchema = z.preprocess(nested, z.object({ id: trimmed, new: z.unknown().optional() })).transform((event, ctx): EventChoice => {
  const fields = nested(event.new);
  const wantsNew = event.id === NEW_OPTION || (event.id === "" && !allBlank(fields, ["name", "location", "date"]));
  if (!wantsNew) {
    if (event.id === "") return null;
    if (positiveId.test(event.id)) return { kind: "existing", id: Number(event.id) };
    ctx.addIssue({ code: "custom", message: "Choose an event from the list.", path: ["id"] });
    return z.NEVER;
  }
  const created = eventCreateSchema.safeParse({
    name: fields.name ?? "",
    kind: blank(fields.kind) ? undefined : fields.kind,
    location: fields.location ?? "",
    date: fields.date ?? "",
  });
  if (created.success) return { kind: "new", event: created.data };
  relayIssues(ctx, created.error.issues, ["new"]);
  return z.NEVER;
});

// ---- Repeatable rows ----------------------------------------------------------------------

const SLOT = /^\d{1,3}$/;

/** Rows keyed by slot, blank ones dropped, returned in slot order with their slot as `key`. */
function rows<Row extends z.ZodType>(row: Row, isBlank: (row: Record<string, unknown>) => boolean, limit: number, noun: string) {
  return z
    .preprocess(
      (raw) => Object.fromEntries(Object.entries(nested(raw)).filter(([key, value]) => SLOT.test(key) && !isBlank(nested(value)))),
      z.record(z.string(), row),
    )
    .transform((record, ctx) => {
      const list = Object.entries(record)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([key, value]) => ({ key, ...(value as z.output<Row> & object) }));
      if (list.length > limit) ctx.addIssue({ code: "custom", message: `List at most ${limit} ${noun}.`, path: [] });
      return list;
    });
}

/**
 * Where the statement's words stand in the source's snapshot text (StatementSource.quoteStart …
 * anchorSuffix). Set by the import assistant from its verified snapshot; the form never sends it.
 */
export interface SourceLocator {
  quoteStart: number | null;
  quoteEnd: number | null;
  anchorExact: string | null;
  anchorPrefix: string | null;
  anchorSuffix: string | null;
}

/**
 * The words as this source gives them, when it words the utterance differently from the
 * statement's own text (a report of a transcript's words); null when it has the statement's words.
 */
type SourceRowChoice = ({ kind: "existing"; id: number } | { kind: "new"; source: SourceInput }) & {
  locator?: SourceLocator;
  rendering?: string | null;
};
export type SourceChoice = { key: string } & SourceRowChoice;

const SOURCE_TEXT_FIELDS = ["url", "title", "outlet", "publishedOn", "snapshotText"] as const;

const renderingField = trimmed.pipe(
  z
    .string()
    .max(STATEMENT_LIMITS.rendering, `Keep this source's wording under ${STATEMENT_LIMITS.rendering.toLocaleString("en")} characters.`)
    .transform((words) => words || null),
);

const sourceRow = z
  .object({ id: trimmed, new: z.unknown().optional(), rendering: renderingField })
  .transform((row, ctx): SourceRowChoice => {
    const fields = nested(row.new);
    const { rendering } = row;
    if (row.id !== NEW_OPTION && row.id !== "") {
      if (positiveId.test(row.id)) return { kind: "existing", id: Number(row.id), rendering };
      ctx.addIssue({ code: "custom", message: "Choose a source from the list.", path: ["id"] });
      return z.NEVER;
    }
    if (row.id === "" && allBlank(fields, SOURCE_TEXT_FIELDS)) {
      ctx.addIssue({ code: "custom", message: "Choose the source that gives this wording, or create one.", path: ["id"] });
      return z.NEVER;
    }
    const created = sourceCreateSchema.safeParse({
      url: fields.url ?? "",
      title: fields.title ?? "",
      outlet: fields.outlet ?? "",
      kind: blank(fields.kind) ? undefined : fields.kind,
      publishedOn: fields.publishedOn ?? "",
      snapshotText: fields.snapshotText ?? "",
    });
    if (created.success) return { kind: "new", source: created.data, rendering };
    relayIssues(ctx, created.error.issues, ["new"]);
    return z.NEVER;
  });

const sourcesSchema = rows(
  sourceRow,
  (row) => blank(row.id) && blank(row.rendering) && allBlank(nested(row.new), SOURCE_TEXT_FIELDS),
  STATEMENT_LIMITS.sources,
  "sources",
).superRefine((sources, ctx) => {
  if (sources.length === 0)
    ctx.addIssue({ code: "custom", message: "Add at least one source: where can a reader check this statement?", path: [] });
  const seen = new Set<number>();
  for (const source of sources) {
    if (source.kind !== "existing") continue;
    if (seen.has(source.id)) ctx.addIssue({ code: "custom", message: "This source is already listed above.", path: [source.key, "id"] });
    seen.add(source.id);
  }
});

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  trimmed.pipe(z.union([z.literal("").transform(() => null), z.enum(values, { message })]));

const topicRow = z.object({
  topicId: trimmed.pipe(z.string().regex(positiveId, "Choose a topic.").transform(Number)),
  stance: trimmed.pipe(z.enum(STANCES, { message: "Choose the stance taken on this topic." })),
  hedging: optionalChoice(HEDGINGS, "Choose how firmly it was said."),
  shiftNote: trimmed.pipe(
    z
      .string()
      .max(STATEMENT_LIMITS.shiftNote, `Keep the note under ${STATEMENT_LIMITS.shiftNote.toLocaleString("en")} characters.`)
      .transform((note) => note || null),
  ),
  // Set when the form has shown the analyst the stance-shift notice for this topic (see shift.ts).
  shiftSeen: trimmed.transform((seen) => seen || null),
});

export type TopicStanceInput = { key: string } & z.output<typeof topicRow>;

const topicsSchema = rows(
  topicRow,
  (row) => allBlank(row, ["topicId", "stance", "hedging", "shiftNote"]),
  STATEMENT_LIMITS.topics,
  "topics",
).superRefine((topics, ctx) => {
  const seen = new Set<number>();
  for (const topic of topics) {
    if (seen.has(topic.topicId))
      ctx.addIssue({ code: "custom", message: "This topic is already listed above: one stance per topic.", path: [topic.key, "topicId"] });
    seen.add(topic.topicId);
  }
});

/** "1,500", "-2.5", "3 000": a number as people type it; blank is no number. */
function parseNumber(raw: string): number | null | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f_]/g, "");
  if (compact === "") return null;
  const plain = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, "") : compact;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const claimRow = z.object({
  id: trimmed.pipe(
    z.union([
      z.literal("").transform(() => null),
      z.string().regex(positiveId, "This claim is not one of this statement's. Reload the page.").transform(Number),
    ]),
  ),
  text: trimmed.pipe(
    z
      .string()
      .min(1, "Enter the claim as a checkable sentence.")
      .max(STATEMENT_LIMITS.claimText, `Keep the claim under ${STATEMENT_LIMITS.claimText.toLocaleString("en")} characters.`),
  ),
  kind: trimmed.pipe(z.enum(CLAIM_KINDS, { message: "Choose what kind of claim this is." })),
  value: trimmed.transform((raw, ctx) => {
    const value = parseNumber(raw);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: "Enter a number, e.g. 1500 or 2.5, or leave it blank." });
      return z.NEVER;
    }
    return value;
  }),
  unit: trimmed.pipe(
    z
      .string()
      .max(STATEMENT_LIMITS.claimUnit, `Keep the unit under ${STATEMENT_LIMITS.claimUnit} characters.`)
      .transform((unit) => unit || null),
  ),
  status: trimmed.pipe(z.enum(CLAIM_STATUSES, { message: "Choose the claim's status." })),
  note: trimmed.pipe(
    z.string().max(STATEMENT_LIMITS.claimNote, `Keep the note under ${STATEMENT_LIMITS.claimNote.toLocaleString("en")} characters.`),
  ),
  evidenceUrl: trimmed.pipe(
    z
      .string()
      .max(STATEMENT_LIMITS.url, `Keep the address under ${STATEMENT_LIMITS.url.toLocaleString("en")} characters.`)
      .refine((url) => url === "" || isHttpUrl(url), "Enter a web address starting with http:// or https://.")
      .transform((url) => url || null),
  ),
});

export type ClaimInput = { key: string } & z.output<typeof claimRow>;

const claimsSchema = rows(
  claimRow,
  (row) => allBlank(row, ["text", "value", "unit", "note", "evidenceUrl"]),
  STATEMENT_LIMITS.claims,
  "claims",
);

const relationRow = z.object({
  type: trimmed.pipe(z.enum(RELATION_TYPES, { message: "Choose how this statement relates to the other one." })),
  target: trimmed.transform((raw, ctx) => {
    const id = raw ? readStatementReference(raw) : null;
    if (id === null) {
      ctx.addIssue({
        code: "custom",
        message: raw
          ? "Enter the other statement's number (e.g. 42) or its permalink, or pick it from the search."
          : "Choose the statement this one relates to.",
      });
      return z.NEVER;
    }
    return id;
  }),
  note: trimmed.pipe(z.string().max(RELATION_LIMITS.note, `Keep the note under ${RELATION_LIMITS.note.toLocaleString("en")} characters.`)),
});

export type RelationInput = { key: string } & z.output<typeof relationRow>;

// A row is blank when nothing names the other statement and no note was typed: the type select
// always sends a value, so it does not count.
const relationsSchema = rows(relationRow, (row) => allBlank(row, ["target", "note"]), RELATION_LIMITS.relations, "links").superRefine(
  (relations, ctx) => {
    const seen = new Set<string>();
    for (const relation of relations) {
      const link = `${relation.type}:${relation.target}`;
      if (seen.has(link))
        ctx.addIssue({ code: "custom", message: "This link is already listed above with the same type.", path: [relation.key, "target"] });
      seen.add(link);
    }
  },
);

/** The message for a statement linked to itself, wherever the link is refused. */
export const SELF_LINK_MESSAGE = "A statement cannot be linked to itself: choose another statement.";

// ---- The statement ------------------------------------------------------------------------

/** A language tag such as "en", "fr", "pt-BR" or "zh-Hant". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const checkbox = formText.transform((value) => ["on", "true", "1", "yes"].includes(value.trim().toLowerCase()));

export const statementSchema = z.object({
  speaker: speakerSchema,
  date: dateSchema,
  event: eventSchema,
  kind: trimmed.pipe(z.enum(STATEMENT_KINDS, { message: "Choose whether this is a verbatim quote or a paraphrase." })),
  text: trimmed.pipe(
    z
      .string()
      .min(1, "Enter what was said.")
      .max(STATEMENT_LIMITS.text, {
        error: (issue) =>
          `The text is ${String(issue.input).length.toLocaleString("en")} characters long; keep it under ${STATEMENT_LIMITS.text.toLocaleString("en")} characters: split a long speech into several statements.`,
      }),
  ),
  context: trimmed.pipe(
    z.string().max(STATEMENT_LIMITS.context, `Keep the notes under ${STATEMENT_LIMITS.context.toLocaleString("en")} characters.`),
  ),
  language: trimmed.pipe(
    z
      .string()
      .transform((tag) => tag || "en")
      .pipe(
        z
          .string()
          .max(35, "Enter a short language code such as en, fr or pl.")
          .regex(LANGUAGE_TAG, "Enter a language code such as en, fr or pl."),
      )
      .transform((tag) => {
        const [primary = "", ...rest] = tag.split("-");
        return [primary.toLowerCase(), ...rest].join("-");
      }),
  ),
  status: trimmed.pipe(z.enum(REVIEW_STATUSES, { message: "Choose draft or published." })),
  sources: sourcesSchema,
  topics: topicsSchema,
  claims: claimsSchema,
  relations: relationsSchema,
  /** The analyst saw the probable-duplicate warning and saves anyway. */
  confirmDuplicate: checkbox,
  version: versionField,
});

export const statementCreateSchema = statementSchema.omit({ version: true });
// An edit knows its own statement (the form's hidden id), so a link to itself is refused here.
export const statementUpdateSchema = statementSchema
  .extend({ id: formText })
  .superRefine((statement, ctx) => {
    for (const relation of statement.relations) {
      if (String(relation.target) === statement.id.trim())
        ctx.addIssue({ code: "custom", message: SELF_LINK_MESSAGE, path: ["relations", relation.key, "target"] });
    }
  })
  .transform((statement) => {
    const { id, ...rest } = statement;
    void id; // only the check above needs it
    return rest;
  });

// Links are optional for callers other than the forms (scripts, tests): left out, an edit keeps
// the statement's links as they are. The forms always send them, so their schemas always yield a list.
type WithOptionalRelations<T extends { relations: RelationInput[] }> = Omit<T, "relations"> & { relations?: RelationInput[] };
export type StatementInput = WithOptionalRelations<z.output<typeof statementCreateSchema>>;
export type StatementUpdateInput = WithOptionalRelations<z.output<typeof statementUpdateSchema>>;

/** Parses a submitted statement form; issues carry the names of the fields they concern. */
export function parseStatementForm<M extends "create" | "update">(values: FormValues, mode: M) {
  const schema = mode === "create" ? statementCreateSchema : statementUpdateSchema;
  return schema.safeParse(nestFormValues(values)) as M extends "create"
    ? z.ZodSafeParseResult<StatementInput>
    : z.ZodSafeParseResult<StatementUpdateInput>;
}
