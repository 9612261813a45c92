// The OpenAPI 3.1 description of the read API, generated from the zod schemas the handlers'
// responses are typed with. OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema writes.
import { z } from "zod";
import { PublicStatementSchema, ClaimSchema, StatementDateSchema, StatementSourceSchema, TopicStanceSchema } from "@/lib/export/schema";
import { DEFAULT_LIMIT, MAX_LIMIT, STATEMENT_FILTER_PARAMETERS } from "./params";
import {
  ErrorSchema,
  SpeakerListSchema,
  SpeakerSchema,
  StatementPageSchema,
  StatementResponseSchema,
  TopicListSchema,
  TopicPositionsSchema,
  TopicSchema,
} from "./schemas";

const COMPONENTS: [string, z.ZodType][] = [
  ["Statement", PublicStatementSchema],
  ["StatementDate", StatementDateSchema],
  ["TopicStance", TopicStanceSchema],
  ["Claim", ClaimSchema],
  ["StatementSource", StatementSourceSchema],
  ["StatementPage", StatementPageSchema],
  ["StatementResponse", StatementResponseSchema],
  ["Topic", TopicSchema],
  ["TopicList", TopicListSchema],
  ["Speaker", SpeakerSchema],
  ["SpeakerList", SpeakerListSchema],
  ["TopicPositions", TopicPositionsSchema],
  ["Error", ErrorSchema],
];

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  // Each component is a part of this document, not a schema resource of its own.
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, schema: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const errorResponse = (description: string) => json(description, "Error");

const FILTER_DESCRIPTIONS: Record<string, string> = {
  speaker: "Speaker slug(s); several (repeated or comma-separated) match any of them",
  topic: "Topic slug(s); several match any of them",
  stance: "Stance(s) on the chosen topics (or on any topic when none is chosen)",
  from: "Statements whose date interval reaches this day or later",
  to: "Statements whose date interval starts on this day or earlier",
  kind: "Verbatim quotes or paraphrases only",
  source: "Kind(s) of source the statement is recorded in",
  claims: "Only statements with, or without, checkable claims",
  claim: "Statements with a claim of this verification status",
  q: "Full-text search in the statement's text, its claims and its sources' titles",
  order: "By the middle day of the statement's date interval",
};

function filterParameters() {
  return Object.entries(STATEMENT_FILTER_PARAMETERS).map(([name, check]) => {
    const value = { type: "string", description: `Expected: ${check.expected}` };
    return {
      name,
      in: "query",
      required: false,
      description: FILTER_DESCRIPTIONS[name] ?? name,
      schema: check.multiple ? { type: "array", items: value } : value,
      ...(check.multiple ? { style: "form", explode: true } : {}),
    };
  });
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Statement Tracker read API",
      version: "1",
      description:
        "Published statements with their topics and stances, claims and sources; topics; speakers; each speaker's " +
        "positions on a topic over time. Read-only JSON, " +
        "open to any origin (CORS). Drafts and deleted records are never shown. Statement lists take the timeline's URL " +
        "filters and page with opaque cursors. Errors answer with an `Error` body and the matching status code. " +
        "Bulk downloads of the same filters: /export/statements.csv, /export/statements.json, /export/claims.jsonld. " +
        "Atom feeds: /feeds/statements.atom, /feeds/topics/{slug}.atom, /feeds/speakers/{slug}.atom.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/statements": {
        get: {
          operationId: "listStatements",
          summary: "Published statements matching the timeline's filters, newest first by default",
          parameters: [
            ...filterParameters(),
            {
              name: "limit",
              in: "query",
              required: false,
              description: "Statements per page",
              schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
            },
            {
              name: "cursor",
              in: "query",
              required: false,
              description: "The `nextCursor` of the previous page (with the same filters and order)",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": json("A page of statements", "StatementPage"),
            "400": errorResponse("A parameter is unknown or not valid, or the cursor is not valid for this query"),
            "500": errorResponse("Unexpected failure"),
          },
        },
      },
      "/api/statements/{id}": {
        get: {
          operationId: "getStatement",
          summary: "One published statement",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: {
            "200": json("The statement", "StatementResponse"),
            "400": errorResponse("The id is not a positive whole number"),
            "404": errorResponse("No published statement has this id"),
            "410": errorResponse("The statement was withdrawn (deleted)"),
            "500": errorResponse("Unexpected failure"),
          },
        },
      },
      "/api/topics": {
        get: {
          operationId: "listTopics",
          summary: "Every topic, with its proposition and number of published statements",
          responses: { "200": json("The topics", "TopicList"), "500": errorResponse("Unexpected failure") },
        },
      },
      "/api/topics/{slug}/positions": {
        get: {
          operationId: "getTopicPositions",
          summary:
            "Each speaker's positions on a topic over time: the position held on each occasion, every change of position by its " +
            "kind (reversal, hardening, softening, to or from mixed), the current position and a one-line headline",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" } },
            {
              name: "speaker",
              in: "query",
              required: false,
              description: "One speaker's slug: only that speaker's positions",
              schema: { type: "string" },
            },
          ],
          responses: {
            "200": json("The positions, one entry per speaker", "TopicPositions"),
            "400": errorResponse("A parameter is unknown or not valid"),
            "404": errorResponse("No topic has this slug"),
            "500": errorResponse("Unexpected failure"),
          },
        },
      },
      "/api/speakers": {
        get: {
          operationId: "listSpeakers",
          summary: "Every speaker, with aliases, roles over time and number of published statements",
          responses: { "200": json("The speakers", "SpeakerList"), "500": errorResponse("Unexpected failure") },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
