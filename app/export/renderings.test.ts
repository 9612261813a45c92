// A source's own wording of a statement travels with it: in the JSON and CSV exports (with how it
// changes the meaning), and through a JSON data set export and import.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET as csvGET } from "@/app/export/statements.csv/route";
import { GET as jsonGET } from "@/app/export/statements.json/route";
import { exportDataset, importDataset } from "@/lib/backup/dataset";
import { db } from "@/lib/db/client";
import { databaseFile } from "@/lib/db/url";
import { PublicStatementSchema } from "@/lib/export/schema";
import { bodyText, seedOpenDataFixture } from "@/lib/export/testing";
import { LIST_SEPARATOR } from "@/lib/export/csv";

const ORIGIN = "http://tracker.test";
const folder = mkdtempSync(path.join(tmpdir(), "tracker-renderings-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let statementId: number;
let rendering: string;

beforeAll(async () => {
  await seedOpenDataFixture();
  const link = await db.statementSource.findFirstOrThrow({
    where: { rendering: { not: null } },
    select: { statementId: true, rendering: true },
  });
  statementId = link.statementId;
  rendering = link.rendering!;
});

const get = (handler: (request: Request) => Response) => handler(new Request(`${ORIGIN}/export/x`));

describe("renderings in the exports", () => {
  it("JSON gives each source's wording and the changes of meaning it makes", async () => {
    const body = JSON.parse(await bodyText(get(jsonGET))) as { statements: unknown[] } | unknown[];
    const list = (Array.isArray(body) ? body : body.statements).map((s) => PublicStatementSchema.parse(s));
    const statement = list.find((s) => s.id === statementId)!;
    const reported = statement.sources.find((s) => s.rendering !== null)!;
    expect(reported.rendering).toBe(rendering);
    expect(reported.renderingFlags).toEqual([{ kind: "word", message: "Has “dark” where the speaker said “direct”" }]);
    const transcript = statement.sources.find((s) => s.kind === "OFFICIAL_TRANSCRIPT")!;
    expect(transcript).toMatchObject({ rendering: null, renderingFlags: [] });
  });

  it("CSV lists the wordings and flags beside the other source columns, one line per source", async () => {
    const records: Record<string, string>[] = parse(await bodyText(get(csvGET)), { bom: true, columns: true });
    const row = records.find((r) => Number(r.id) === statementId)!;
    const titles = row.source_titles!.split(LIST_SEPARATOR);
    const wordings = row.source_renderings!.split(LIST_SEPARATOR);
    const flags = row.source_rendering_flags!.split(LIST_SEPARATOR);
    expect(wordings).toHaveLength(titles.length);
    expect(wordings).toContain(rendering);
    expect(flags[wordings.indexOf(rendering)]).toBe("Has “dark” where the speaker said “direct”");
    expect(flags[wordings.indexOf("")]).toBe("");
  });
});

describe("renderings in the JSON data set", () => {
  it("survive export → import into an empty database → export", async () => {
    const first = path.join(folder, "first.json");
    const second = path.join(folder, "second.json");
    await exportDataset(databaseFile(), first);
    expect(readFileSync(first, "utf8")).toContain(JSON.stringify(rendering).slice(1, -1));
    const restored = path.join(folder, "restored.db");
    copyFileSync(inject("templateDatabase"), restored);
    await importDataset(first, restored);
    await exportDataset(restored, second);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    const copy = new Database(restored, { readonly: true });
    try {
      const row = copy
        .prepare('SELECT rendering, anchorExact FROM "StatementSource" WHERE statementId = ? AND rendering IS NOT NULL')
        .get(statementId);
      expect(row).toEqual({ rendering, anchorExact: rendering });
    } finally {
      copy.close();
    }
  });
});
