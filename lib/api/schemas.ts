// The read API's response bodies. The OpenAPI document is generated from these (lib/api/openapi.ts)
// and the tests check every response against that document.
import { z } from "zod";
import { PublicStatementSchema } from "@/lib/export/schema";

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
export type ApiErrorBody = z.infer<typeof ErrorSchema>;
