// The public shape of a statement, shared by the JSON export, the read API and the OpenAPI
// document (which is generated from these schemas). Only published, non-deleted records are ever
// put in this shape; deleted topics, sources and events are left out of the nested lists.
import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATUSES } from "@/lib/claims/kinds";
import { DATE_PRECISIONS } from "@/lib/dates/precision";
import { EVENT_KINDS } from "@/lib/events/kinds";
import { RELATION_TYPES } from "@/lib/relations/types";
import { SOURCE_KINDS } from "@/lib/sources/kinds";
import { HEDGINGS, STANCES } from "@/lib/stances/scale";

const day = z.iso.date().describe("A calendar day, YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const StatementDateSchema = z.object({
  start: day.describe("The earliest day the statement can have been made"),
  end: day.describe("The latest day the statement can have been made"),
  precision: z.enum(DATE_PRECISIONS),
  label: z.string().describe('How readers see the date, e.g. "12 Nov 2024", "Nov 2024", "c. mid-2025"'),
});

export const TopicStanceSchema = z.object({
  slug,
  name: z.string(),
  stance: z.enum(STANCES).describe("The statement's position on the topic's proposition"),
  hedging: z.enum(HEDGINGS).nullable(),
  url: z.url(),
});

export const ClaimSchema = z.object({
  id: z.number().int().positive(),
  text: z.string(),
  kind: z.enum(CLAIM_KINDS),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  status: z.enum(CLAIM_STATUSES),
  note: z.string(),
  evidenceUrl: z.string().nullable(),
});

export const StatementSourceSchema = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.string(),
  kind: z.enum(SOURCE_KINDS),
  publishedOn: day.nullable(),
  page: z.string().nullable().describe("Where in the source the statement is found: a page"),
  timestamp: z.string().nullable().describe("…or a position in a recording, e.g. 00:12:31"),
  rendering: z
    .string()
    .nullable()
    .describe("The words as this source gives them, when they differ from the statement's text (null: the statement's own words)"),
  renderingFlags: z
    .array(
      z.object({
        kind: z.enum(["word", "negation-missing", "negation-added", "editorial", "number", "added", "missing"]),
        message: z.string(),
      }),
    )
    .describe("How this source's wording changes the meaning of the statement's text; empty when it does not"),
});

export const StatementLinkSchema = z.object({
  type: z.enum(RELATION_TYPES),
  direction: z.enum(["outgoing", "incoming"]).describe("outgoing: this statement → the other; incoming: the other → this one"),
  label: z.string().describe('How the link reads from this statement, e.g. "walks back", "walked back by", "answered by"'),
  statementId: z.number().int().positive().describe("The other statement"),
  url: z.url().describe("The other statement's permalink"),
  note: z.string(),
});

export const PublicStatementSchema = z
  .object({
    id: z.number().int().positive(),
    url: z.url().describe("The statement's permalink"),
    date: StatementDateSchema,
    kind: z.enum(["QUOTE", "PARAPHRASE"]),
    text: z.string(),
    context: z.string(),
    language: z.string(),
    speaker: z.object({
      slug,
      name: z.string(),
      role: z.string().nullable().describe("The role the speaker held on the statement's date"),
      url: z.url(),
    }),
    event: z
      .object({ name: z.string(), kind: z.enum(EVENT_KINDS), location: z.string(), date: day.nullable() })
      .nullable()
      .describe("The occasion"),
    topics: z.array(TopicStanceSchema),
    claims: z.array(ClaimSchema),
    sources: z.array(StatementSourceSchema),
    links: z.array(StatementLinkSchema).describe("Links to other published statements, both directions"),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .describe("A published statement with its topics and stances, claims and sources.");

export type PublicStatement = z.infer<typeof PublicStatementSchema>;
