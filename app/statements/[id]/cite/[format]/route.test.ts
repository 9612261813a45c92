// "Cite this" downloads of a statement: each format with its media type, parsing as itself, naming
// the dataset revision; drafts and deleted statements cannot be cited.
import { parse } from "@retorquere/bibtex-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bodyText, seedOpenDataFixture, TRICKY_SPEAKER_NAME, type OpenDataFixture } from "@/lib/export/testing";
import { cslJsonProblems } from "@/lib/citations/testing/csl-json";
import { GET } from "./route";

let fixture: OpenDataFixture;
let revision: number;

beforeAll(async () => {
  fixture = await seedOpenDataFixture();
  const speaker = await db.person.findFirstOrThrow({ select: { id: true } });
  await db.revision.create({ data: { entity: "Person", entityId: speaker.id, action: "UPDATE", changes: "{}" } });
  revision = (await db.revision.aggregate({ _max: { id: true } }))._max.id!;
});

const cite = (id: number | string, format: string) =>
  GET(new Request(`http://tracker.test/statements/${id}/cite/${format}`), { params: Promise.resolve({ id: String(id), format }) });

describe("statement citations", () => {
  it("BibTeX: application/x-bibtex, a download, parses with the speaker, URL and revision", async () => {
    const response = await cite(fixture.trickyId, "bib");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="statement-${fixture.trickyId}.bib"`);
    const parsed = parse(await bodyText(response), { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    const fields = parsed.entries[0]!.fields;
    expect(fields.author).toEqual([{ name: TRICKY_SPEAKER_NAME }]);
    expect(fields.url).toBe(`http://tracker.test/statements/${fixture.trickyId}`);
    expect(fields.version).toBe(`r${revision}`);
    expect(fields.date).toBe("2024-03-01");
    expect(fields.urldate).toBe(new Date().toISOString().slice(0, 10));
  });

  it("CSL-JSON: its media type, an array with one speech item, valid CSL-JSON", async () => {
    const response = await cite(fixture.trickyId, "json");
    expect(response.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    const items = JSON.parse(await bodyText(response)) as Record<string, unknown>[];
    expect(cslJsonProblems(items)).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: `statement-${fixture.trickyId}`,
      type: "speech",
      author: [{ literal: TRICKY_SPEAKER_NAME }],
      issued: { "date-parts": [[2024, 3, 1]] },
      version: `r${revision}`,
      URL: `http://tracker.test/statements/${fixture.trickyId}`,
    });
    expect(typeof items[0]!.title).toBe("string");
  });

  it("plain text: text/plain with the revision and the access day", async () => {
    const response = await cite(fixture.trickyId, "txt");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await bodyText(response);
    expect(text).toContain(`dataset revision r${revision}`);
    expect(text).toContain(`http://tracker.test/statements/${fixture.trickyId} (accessed `);
  });

  it("is a 404 for drafts, deleted statements, bad ids and unknown formats", async () => {
    for (const [id, format] of [
      [fixture.draftId, "bib"],
      [fixture.deletedId, "json"],
      ["abc", "txt"],
      [fixture.trickyId, "ris"],
      [fixture.trickyId, "__proto__"],
    ] as const) {
      const response = await cite(id, format);
      expect(response.status, `${id} ${format}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
    }
  });
});
