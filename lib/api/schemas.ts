// The read API's response bodies. The OpenAPI document is generated from these (lib/api/openapi.ts)
// and the tests check every response against that document.
import { z } from "zod";
import { PublicStatementSchema, StatementDateSchema } from "@/lib/export/schema";
import { STANCES } from "@/lib/stances/scale";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const resourceLinks = z.object({
  page: z.url().describe("The HTML page"),
  feed: z.url().describe("Atom feed of its statements"),
  statements: z.url().describe("Its statements in this API"),
});

export const StatementPageSchema = z
  .object({
    data: z.array(PublicStatementSchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
    links: z.object({ self: z.url(), next: z.url().nullable() }),
  })
  .describe("One page of statements, in the order asked for.");

export const StatementResponseSchema = z.object({ data: PublicStatementSchema });

export const TopicSchema = z.object({
  slug,
  name: z.string(),
  description: z.string(),
  proposition: z.string().describe("What stances on this topic are measured against"),
  statementCount: z.number().int().min(0).describe("Published statements with a stance on the topic"),
  links: resourceLinks,
});

export const TopicListSchema = z.object({ data: z.array(TopicSchema) });

export const SpeakerSchema = z.object({
  slug,
  name: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(
    z.object({
      title: z.string(),
      organisation: z.string(),
      startDate: z.iso.date().nullable().describe("Null when unknown"),
      endDate: z.iso.date().nullable().describe("Null while the role is held"),
    }),
  ),
  statementCount: z.number().int().min(0).describe("Published statements"),
  links: resourceLinks,
});

export const SpeakerListSchema = z.object({ data: z.array(SpeakerSchema) });

const position = z
  .array(z.enum(STANCES))
  .describe("The stances taken, weakest first: one, or several when statements of one occasion differ");

const OccasionSchema = z
  .object({
    date: StatementDateSchema.describe("The occasion's date interval: one day, or as precisely as its statements are dated"),
    exact: z.boolean().describe("Known to the day"),
    position,
    positionLabel: z.string().describe('e.g. "For and Strongly for"'),
    statements: z.array(z.object({ id: z.number().int().positive(), url: z.url(), stance: z.enum(STANCES) })),
  })
  .describe("What the speaker held on one occasion: the statements of one event, or of one day when there is no event.");

const ChangeSchema = z
  .object({
    kind: z
      .enum(["FIRST", "REVERSAL", "HARDENING", "SOFTENING", "TO_MIXED", "FROM_MIXED"])
      .describe("FIRST: the first stance; REVERSAL: to the other side; HARDENING, SOFTENING: same side, other strength; to or from mixed"),
    kindLabel: z.string().describe('e.g. "Hardened"'),
    description: z.string().describe('e.g. "hardened to Strongly for"'),
    from: position.nullable().describe("The position before; null for the first stance"),
    to: position,
    date: StatementDateSchema.describe("The occasion the new position was first held"),
    statementIds: z.array(z.number().int().positive()).describe("The statements of that occasion that take the new position"),
  })
  .describe("A change of position, claimed only where the order of the two occasions is certain.");

export const SpeakerPositionsSchema = z.object({
  speaker: z.object({ slug, name: z.string(), url: z.url() }),
  statementCount: z.number().int().min(0).describe("Published statements with a stance on the topic"),
  headline: z.string().nullable().describe('e.g. "For since Oct 2024; hardened to Strongly for in Jun 2025; no reversal"'),
  current: z
    .object({ position, positionLabel: z.string(), since: StatementDateSchema })
    .nullable()
    .describe("The position held now and the occasion it began; null when no statement took a stance"),
  reversals: z.number().int().min(0),
  occasions: z.array(OccasionSchema).describe("Oldest first, by the middle of their date interval"),
  changes: z.array(ChangeSchema).describe("The first stance, then every change, oldest first"),
  unordered: z
    .array(z.object({ date: StatementDateSchema, position, standing: position }))
    .describe(
      "Occasions that differ from the position held but whose order against it is unknown (overlapping vague dates): no change is claimed",
    ),
});

export const TopicPositionsSchema = z
  .object({
    topic: z.object({ slug, name: z.string(), proposition: z.string(), url: z.url() }),
    data: z.array(SpeakerPositionsSchema).describe("One entry per speaker, most statements first"),
  })
  .describe("Each speaker's positions on a topic over time, from all their published statements on it.");

export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.enum(["invalid_parameter", "unknown_parameter", "invalid_cursor", "not_found", "gone", "internal_error"]),
      message: z.string(),
      parameter: z.string().optional().describe("The query parameter at fault"),
    }),
  })
  .describe("Every error answers with this body.");

export type StatementPage = z.infer<typeof StatementPageSchema>;
export type TopicList = z.infer<typeof TopicListSchema>;
export type SpeakerList = z.infer<typeof SpeakerListSchema>;
export type TopicPositions = z.infer<typeof TopicPositionsSchema>;
export type ApiErrorBody = z.infer<typeof ErrorSchema>;
