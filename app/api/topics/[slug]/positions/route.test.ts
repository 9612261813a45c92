// GET /api/topics/{slug}/positions through its route handler, on a database migrated with the real
// migrations: the positions, changes and headline are those of lib/stances/positions.ts, every
// response matches the OpenAPI document, and drafts and deleted statements are never counted.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiGET } from "@/app/api/openapi.json/route";
import { db } from "@/lib/db/client";
import type { Stance } from "@/lib/stances/scale";
import { GET, OPTIONS } from "./route";

const ORIGIN = "http://tracker.test";
const PATH = "/api/topics/{slug}/positions";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

type Positions = {
  topic: { slug: string; url: string };
  data: {
    speaker: { slug: string; name: string; url: string };
    statementCount: number;
    headline: string | null;
    current: { position: Stance[]; positionLabel: string; since: { start: string; label: string } } | null;
    reversals: number;
    occasions: { date: { start: string; end: string; label: string }; exact: boolean; position: Stance[]; statements: { id: number }[] }[];
    changes: { kind: string; kindLabel: string; description: string; from: Stance[] | null; to: Stance[]; statementIds: number[] }[];
    unordered: { date: { start: string }; position: Stance[]; standing: Stance[] }[];
  }[];
};
type ErrorBody = { error: { status: number; code: string; parameter?: string } };

const ask = (slug: string, query = "") =>
  GET(new Request(`${ORIGIN}/api/topics/${slug}/positions${query ? `?${query}` : ""}`), { params: Promise.resolve({ slug }) });

async function checked<T>(response: Response, status: number): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body = await response.json();
  const pointer = ["paths", PATH, "get", "responses", String(status), "content", "application/json", "schema"]
    .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/");
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
  return body as T;
}

let ids: Record<string, number>;

beforeAll(async () => {
  ajv.addSchema(await (await openApiGET()).json(), "openapi.json");
  const topic = await db.topic.create({ data: { slug: "harbour-tolls", name: "Harbour tolls", proposition: "Harbour tolls should rise" } });
  const ana = await db.person.create({ data: { slug: "ana-example", name: "Ana Example" } });
  const ben = await db.person.create({ data: { slug: "ben-example", name: "Ben Example" } });
  const event = await db.event.create({ data: { name: "Port council", kind: "MEETING", date: "2024-10-01" } });
  const said = async (
    speakerId: number,
    start: string,
    end: string,
    stance: Stance,
    extra: { eventId?: number; status?: "DRAFT" | "PUBLISHED"; deletedAt?: Date } = {},
  ) =>
    (
      await db.statement.create({
        data: {
          speakerId,
          dateStart: start,
          dateEnd: end,
          dateSort: start,
          datePrecision: start === end ? "DAY" : "MONTH",
          kind: "PARAPHRASE",
          text: `${stance} on ${start}`,
          status: extra.status ?? "PUBLISHED",
          deletedAt: extra.deletedAt ?? null,
          eventId: extra.eventId ?? null,
          stances: { create: [{ topicId: topic.id, stance }] },
        },
        select: { id: true },
      })
    ).id;
  ids = {
    // Two statements of one event that differ make one position, "For and Strongly for".
    councilFor: await said(ana.id, "2024-10-01", "2024-10-01", "FOR", { eventId: event.id }),
    councilStrongly: await said(ana.id, "2024-10-01", "2024-10-01", "STRONGLY_FOR", { eventId: event.id }),
    // Strongly for again: the same position, no change.
    again: await said(ana.id, "2025-02-03", "2025-02-03", "STRONGLY_FOR"),
    // Against, later: a reversal.
    against: await said(ana.id, "2025-06-09", "2025-06-09", "AGAINST"),
    // Neither a draft nor a deleted statement counts.
    draft: await said(ana.id, "2025-08-01", "2025-08-01", "FOR", { status: "DRAFT" }),
    deleted: await said(ana.id, "2025-09-01", "2025-09-01", "STRONGLY_FOR", { deletedAt: new Date() }),
    ben: await said(ben.id, "2025-03-01", "2025-03-31", "MIXED"),
  };
});

describe("GET /api/topics/{slug}/positions", () => {
  it("answers each speaker's occasions, changes by kind, current position and headline", async () => {
    const body = await checked<Positions>(await ask("harbour-tolls"), 200);
    expect(body.topic).toMatchObject({ slug: "harbour-tolls", url: `${ORIGIN}/topics/harbour-tolls` });
    expect(body.data.map((d) => d.speaker.slug)).toEqual(["ana-example", "ben-example"]);
    const ana = body.data[0]!;
    expect(ana.statementCount).toBe(4);
    expect(ana.occasions.map((o) => [o.date.start, o.position, o.statements.map((s) => s.id)])).toEqual([
      ["2024-10-01", ["FOR", "STRONGLY_FOR"], [ids.councilFor, ids.councilStrongly]],
      ["2025-02-03", ["STRONGLY_FOR"], [ids.again]],
      ["2025-06-09", ["AGAINST"], [ids.against]],
    ]);
    expect(ana.changes.map((c) => [c.kind, c.kindLabel, c.description, c.from, c.to, c.statementIds])).toEqual([
      ["FIRST", "First stance", "For and Strongly for", null, ["FOR", "STRONGLY_FOR"], [ids.councilFor, ids.councilStrongly]],
      ["REVERSAL", "Reversal", "reversed to Against", ["FOR", "STRONGLY_FOR"], ["AGAINST"], [ids.against]],
    ]);
    expect(ana.current).toMatchObject({
      position: ["AGAINST"],
      positionLabel: "Against",
      since: { start: "2025-06-09", label: "9 Jun 2025" },
    });
    expect(ana.reversals).toBe(1);
    expect(ana.headline).toBe("For and Strongly for since Oct 2024; reversed to Against in Jun 2025");
    expect(ana.occasions.flatMap((o) => o.statements.map((s) => s.id))).not.toContain(ids.draft);
    expect(ana.occasions.flatMap((o) => o.statements.map((s) => s.id))).not.toContain(ids.deleted);

    const ben = body.data[1]!;
    expect(ben.occasions[0]).toMatchObject({ exact: false, date: { start: "2025-03-01", end: "2025-03-31", label: "Mar 2025" } });
    expect(ben.headline).toBe("Mixed or neutral since Mar 2025; no change; no reversal");
  });

  it("answers one speaker's positions with ?speaker=, and none for a speaker who never spoke on it", async () => {
    const one = await checked<Positions>(await ask("harbour-tolls", "speaker=ben-example"), 200);
    expect(one.data.map((d) => d.speaker.slug)).toEqual(["ben-example"]);
    const nobody = await checked<Positions>(await ask("harbour-tolls", "speaker=no-such-person"), 200);
    expect(nobody.data).toEqual([]);
  });

  it("answers 404 for an unknown topic and 400, naming the parameter, for bad or unknown parameters", async () => {
    expect((await checked<ErrorBody>(await ask("no-such-topic"), 404)).error.code).toBe("not_found");
    expect((await checked<ErrorBody>(await ask("Not a slug!"), 404)).error.code).toBe("not_found");
    expect((await checked<ErrorBody>(await ask("harbour-tolls", "speaker=<b>"), 400)).error.parameter).toBe("speaker");
    expect((await checked<ErrorBody>(await ask("harbour-tolls", "speaker=a&speaker=b"), 400)).error.parameter).toBe("speaker");
    expect((await checked<ErrorBody>(await ask("harbour-tolls", "page=2"), 400)).error).toMatchObject({
      code: "unknown_parameter",
      parameter: "page",
    });
  });

  it("answers CORS preflights", () => {
    expect(OPTIONS().status).toBe(204);
  });
});
