// The read API through its route handlers: every response, errors included, is checked against
// the schema the OpenAPI document (served at /api/openapi.json) gives for that path and status.
// Guards a visibility boundary too: drafts and deleted statements, topics and speakers never appear.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiGET } from "@/app/api/openapi.json/route";
import { GET as speakersGET, OPTIONS as speakersOPTIONS } from "@/app/api/speakers/route";
import { GET as statementGET } from "@/app/api/statements/[id]/route";
import { GET as statementsGET, OPTIONS as statementsOPTIONS } from "@/app/api/statements/route";
import { GET as topicsGET } from "@/app/api/topics/route";
import { db } from "@/lib/db/client";
import { seedOpenDataFixture, TRICKY_TEXT, type OpenDataFixture } from "@/lib/export/testing";
import { parseTimelineFilters } from "@/lib/statements/filters";
import { countStatements, matchingStatementIds } from "@/lib/statements/timeline";

const ORIGIN = "http://tracker.test";
let fixture: OpenDataFixture;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  const response = await openApiGET();
  expect(response.status).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  ajv.addSchema(document, "openapi.json");
});

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Checks status, CORS and body against the document; returns the body. */
async function checked<T = Record<string, unknown>>(response: Response, path: string, status: number): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body = await response.json();
  const ref = `openapi.json#/${pointer("paths", path, "get", "responses", String(status), "content", "application/json", "schema")}`;
  const validate = ajv.compile({ $ref: ref });
  expect(validate(body), `${path} ${status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return body as T;
}

type Page = { data: { id: number; text: string }[]; nextCursor: string | null; links: { self: string; next: string | null } };
type ErrorBody = { error: { status: number; code: string; message: string; parameter?: string } };

const list = (query = "") => statementsGET(new Request(`${ORIGIN}/api/statements${query ? `?${query}` : ""}`));
const one = (id: string) => statementGET(new Request(`${ORIGIN}/api/statements/${id}`), { params: Promise.resolve({ id }) });

async function allPages(query: string): Promise<number[]> {
  const ids: number[] = [];
  let cursor = "";
  for (let pages = 0; pages < 100; pages++) {
    const page = await checked<Page>(await list(`${query}&cursor=${cursor}`), "/api/statements", 200);
    ids.push(...page.data.map((s) => s.id));
    if (!page.nextCursor) return ids;
    expect(page.links.next).toContain(`cursor=${page.nextCursor}`);
    cursor = page.nextCursor;
  }
  throw new Error("too many pages");
}

describe("GET /api/statements", () => {
  it("answers a page of published statements, valid against the OpenAPI document", async () => {
    const all = await matchingStatementIds(parseTimelineFilters({}));
    const page = await checked<Page>(await list(), "/api/statements", 200);
    expect(page.data.map((s) => s.id)).toEqual(all.slice(0, 50));
    expect(page.nextCursor).toEqual(all.length > 50 ? expect.any(String) : null);
    expect(page.links).toEqual({ self: `${ORIGIN}/api/statements`, next: page.nextCursor ? expect.any(String) : null });
    const short = await checked<Page>(await list("limit=20"), "/api/statements", 200);
    expect(short.data.map((s) => s.id)).toEqual(all.slice(0, 20));
    expect(short.nextCursor).toEqual(expect.any(String));
  });

  it("walks every matching statement once with cursors, for the timeline's filters", async () => {
    for (const query of [
      "limit=7",
      "limit=5&order=oldest",
      "limit=3&topic=defence-spending&stance=for,strongly_for",
      "limit=4&q=defence&from=2025",
      `limit=1&speaker=${fixture.speakerSlug}`,
    ]) {
      const ids = await allPages(query);
      const filters = parseTimelineFilters(Object.fromEntries(new URLSearchParams(query)));
      expect(ids, query).toEqual(await matchingStatementIds(filters));
      expect(ids.length, query).toBe(await countStatements(filters));
    }
  });

  it("never lists drafts or deleted statements", async () => {
    const ids = await allPages(`limit=100&speaker=${fixture.speakerSlug}`);
    expect(ids).toContain(fixture.trickyId);
    expect(ids).not.toContain(fixture.draftId);
    expect(ids).not.toContain(fixture.deletedId);
  });

  it("keeps its place when statements are added before the cursor", async () => {
    const first = await checked<Page>(await list("limit=10&order=oldest"), "/api/statements", 200);
    const person = await db.person.findUniqueOrThrow({ where: { slug: "mark-rutte" } });
    await db.statement.create({
      data: {
        speakerId: person.id,
        dateStart: "1990-01-01",
        dateEnd: "1990-01-01",
        dateSort: "1990-01-01",
        text: "Very early",
        status: "PUBLISHED",
      },
    });
    const second = await checked<Page>(await list(`limit=10&order=oldest&cursor=${first.nextCursor}`), "/api/statements", 200);
    const expected = await matchingStatementIds(parseTimelineFilters({ order: "oldest" }));
    expect(second.data.map((s) => s.id)).toEqual(expected.slice(11, 21));
  });

  it("answers 400 with a JSON error for bad parameters and cursors", async () => {
    const cases: [string, string, string][] = [
      ["cursor=not-a-cursor!", "invalid_cursor", "cursor"],
      [`cursor=${Buffer.from('{"v":1}').toString("base64url")}`, "invalid_cursor", "cursor"],
      ["stance=sideways", "invalid_parameter", "stance"],
      ["from=2024-13", "invalid_parameter", "from"],
      ["from=2024&from=2025", "invalid_parameter", "from"],
      ["limit=0", "invalid_parameter", "limit"],
      ["limit=101", "invalid_parameter", "limit"],
      ["limit=ten", "invalid_parameter", "limit"],
      ["speaker=Not%20a%20slug!", "invalid_parameter", "speaker"],
      ["page=2", "unknown_parameter", "page"],
      ["speakers=mark-rutte", "unknown_parameter", "speakers"],
    ];
    for (const [query, code, parameter] of cases) {
      const body = await checked<ErrorBody>(await list(query), "/api/statements", 400);
      expect(body.error, query).toMatchObject({ status: 400, code, parameter });
    }
    // A cursor only continues the query it came from.
    const page = await checked<Page>(await list("limit=2&topic=defence-spending"), "/api/statements", 200);
    const moved = await checked<ErrorBody>(
      await list(`limit=2&topic=sanctions-on-russia&cursor=${page.nextCursor}`),
      "/api/statements",
      400,
    );
    expect(moved.error.code).toBe("invalid_cursor");
    const reordered = await checked<ErrorBody>(
      await list(`limit=2&topic=defence-spending&order=oldest&cursor=${page.nextCursor}`),
      "/api/statements",
      400,
    );
    expect(reordered.error.code).toBe("invalid_cursor");
  });

  it("answers CORS preflights", async () => {
    const response = statementsOPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(speakersOPTIONS().status).toBe(204);
  });
});

describe("GET /api/statements/{id}", () => {
  it("answers a published statement", async () => {
    const body = await checked<{ data: { id: number; text: string; claims: unknown[] } }>(
      await one(String(fixture.trickyId)),
      "/api/statements/{id}",
      200,
    );
    expect(body.data).toMatchObject({ id: fixture.trickyId, text: TRICKY_TEXT });
    expect(body.data.claims).toHaveLength(2);
    // Links to published statements only (the draft it also links to, and the draft and deleted
    // statements that link to it, stay out).
    expect((body.data as unknown as { links: unknown[] }).links).toEqual([
      expect.objectContaining({ type: "RESPONDS_TO", direction: "outgoing", label: "responds to", statementId: fixture.respondedToId }),
    ]);
    const other = await checked<{ data: { links: { statementId: number; label: string }[] } }>(
      await one(String(fixture.respondedToId)),
      "/api/statements/{id}",
      200,
    );
    expect(other.data.links).toContainEqual(expect.objectContaining({ statementId: fixture.trickyId, label: "answered by" }));
  });

  it("answers 404 for drafts and unknown ids, 410 for deleted statements, 400 for ids that are not ids", async () => {
    expect((await checked<ErrorBody>(await one(String(fixture.draftId)), "/api/statements/{id}", 404)).error.code).toBe("not_found");
    expect((await checked<ErrorBody>(await one("999999"), "/api/statements/{id}", 404)).error.code).toBe("not_found");
    expect((await checked<ErrorBody>(await one(String(fixture.deletedId)), "/api/statements/{id}", 410)).error.code).toBe("gone");
    for (const id of ["abc", "0", "-1", "1.5", "99999999999999999999"]) {
      expect((await checked<ErrorBody>(await one(id), "/api/statements/{id}", 400)).error.parameter, id).toBe("id");
    }
  });
});

describe("GET /api/topics and /api/speakers", () => {
  it("lists topics that are not deleted, with published statement counts", async () => {
    const body = await checked<{ data: { slug: string; statementCount: number; links: { feed: string } }[] }>(
      await topicsGET(new Request(`${ORIGIN}/api/topics`)),
      "/api/topics",
      200,
    );
    const slugs = body.data.map((t) => t.slug);
    expect(slugs).toContain(fixture.topicSlug);
    expect(slugs).not.toContain(fixture.deletedTopicSlug);
    const mine = body.data.find((t) => t.slug === fixture.topicSlug)!;
    expect(mine.statementCount).toBe(1);
    expect(mine.links.feed).toBe(`${ORIGIN}/feeds/topics/${fixture.topicSlug}.atom`);
    const defence = body.data.find((t) => t.slug === "defence-spending")!;
    expect(defence.statementCount).toBe(await countStatements(parseTimelineFilters({ topic: "defence-spending" })));
  });

  it("lists speakers that are not deleted, with roles and published statement counts", async () => {
    await db.person.create({ data: { slug: "deleted-speaker", name: "Deleted", deletedAt: new Date() } });
    const body = await checked<{ data: { slug: string; statementCount: number; roles: unknown[] }[] }>(
      await speakersGET(new Request(`${ORIGIN}/api/speakers`)),
      "/api/speakers",
      200,
    );
    expect(body.data.map((s) => s.slug)).not.toContain("deleted-speaker");
    const mine = body.data.find((s) => s.slug === fixture.speakerSlug)!;
    expect(mine.statementCount).toBe(1);
    expect(mine.roles).toHaveLength(2);
  });
});

describe("GET /api/openapi.json", () => {
  it("describes every API route, with schemas for each response", async () => {
    const document = await (await openApiGET()).json();
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/speakers",
      "/api/statements",
      "/api/statements/{id}",
      "/api/topics",
      "/api/topics/{slug}/positions",
    ]);
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["Statement", "StatementPage", "Topic", "Speaker", "Error"]),
    );
    const names = document.paths["/api/statements"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual([
      "speaker",
      "topic",
      "stance",
      "from",
      "to",
      "kind",
      "source",
      "claims",
      "claim",
      "q",
      "order",
      "limit",
      "cursor",
    ]);
  });
});
