// Moving up: `npm run export:json` from an SQLite database and `npm run import:json` into the
// engine under test (SQLite, or PostgreSQL in the postgres project) move the whole data set with
// every id, revision and permalink; exporting again from the target gives the same records.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchStatementIds } from "@/lib/search/search";
import { recountFacetCounts, storedFacetCounts } from "@/lib/statements/facet-counts";
import { exportDataset, importDataset } from "@/lib/backup/dataset";
import { exportPostgresDataset, importPostgresDataset } from "@/lib/backup/dataset-postgres";
import PageCacheHandler from "@/lib/cache/page-cache-handler.mjs";
import { migrateDeploy, resolveTarget } from "./schema-engine";

const folder = mkdtempSync(path.join(tmpdir(), "tracker-move-test-"));
const sourceUrl = `file:${path.join(folder, "source.db")}`;
let source: PrismaClient;

/** `npm run import:json -- FILE` with DATABASE_URL set to the target. */
function importJson(file: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/import-json.ts", file], {
    env: { ...process.env, DATABASE_URL: databaseUrl() },
    encoding: "utf8",
  });
}

/** What `npm run export:json` does for the database at `url` (in-process: spawning costs seconds). */
async function exportJson(url: string, file: string) {
  const target = resolveTarget(url);
  return target.provider === "postgres" ? exportPostgresDataset(target.url, file) : exportDataset(target.file, file);
}

beforeAll(async () => {
  await migrateDeploy(sourceUrl, { log: () => {} });
  source = createClient(sourceUrl);
  await seedDemoData(source, demoData);
  const analyst = await source.user.create({ data: { email: "move@example.org", name: "Mover", role: "ANALYST", passwordHash: "x" } });
  const statement = await source.statement.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
  await source.revision.create({
    data: {
      entity: "Statement",
      entityId: statement.id,
      action: "UPDATE",
      actorId: analyst.id,
      changes: '{"text":{"before":"a","after":"b"}}',
    },
  });
  await source.statement.update({ where: { id: statement.id }, data: { deletedAt: new Date("2025-01-02T03:04:05.678Z") } });
  // A hard-deleted row: its id must not be handed out again after the move.
  const gone = await source.claim.create({ data: { statementId: statement.id, text: "gone", position: 9 } });
  await source.claim.delete({ where: { id: gone.id } });
  // More rows of one table than the PostgreSQL load sends in one statement, so the move crosses
  // batch boundaries.
  const person = await source.person.findFirstOrThrow({ orderBy: { id: "asc" } });
  await source.personAlias.createMany({ data: Array.from({ length: 2_345 }, (_, i) => ({ personId: person.id, alias: `Alias ${i}` })) });
});

afterAll(async () => {
  await source?.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

describe(`export:json from SQLite, import:json into ${databaseProvider()}`, () => {
  it("moves every record with its id, and the target exports the same records", async () => {
    const first = path.join(folder, "first.json");
    const second = path.join(folder, "second.json");
    await exportJson(sourceUrl, first);
    // A reader's page kept while the database was empty must not be served once the load is in.
    const pageCache = new PageCacheHandler();
    const timeline = "/cached/timeline/before-the-move";
    expect(await pageCache.get(timeline)).toBeNull();
    await pageCache.set(timeline, { kind: "APP_PAGE", html: "<html></html>", headers: { "x-next-cache-tags": "statements,catalog" } }, {});
    expect(await pageCache.get(timeline)).not.toBeNull();
    const imported = importJson(first);
    expect(imported.status, `${imported.stdout}\n${imported.stderr}`).toBe(0);
    expect(await pageCache.get(timeline)).toBeNull();
    await exportJson(databaseUrl(), second);

    const [a, b] = [first, second].map((file) => JSON.parse(readFileSync(file, "utf8")));
    expect(b.tables).toEqual(a.tables);
    expect(b.meta.sequences).toEqual(a.meta.sequences);
    expect(a.tables.Statement.length).toBeGreaterThan(40);
    expect(a.tables.Revision.length).toBe(1);
    expect(a.tables.PersonAlias.length).toBeGreaterThan(2_345);

    // What the database derives from the rows is rebuilt: facet counts, search, id sequences.
    const stored = await storedFacetCounts(db);
    expect(stored.size).toBeGreaterThan(0);
    expect(stored).toEqual(await recountFacetCounts(db));
    const visible = (a.tables.Statement as { id: number; text: string; status: string; deletedAt: string | null }[]).filter(
      (s) => s.status === "PUBLISHED" && s.deletedAt === null,
    );
    for (const word of ["nato", "ukraine"]) {
      const inText = visible.filter((s) => new RegExp(`\\b${word}\\b`, "i").test(s.text)).map((s) => s.id);
      expect(inText.length, word).toBeGreaterThan(0);
      expect(await searchStatementIds(db, word), word).toEqual(expect.arrayContaining(inText));
    }
    const claim = await db.claim.create({ data: { statementId: a.tables.Statement[0].id, text: "new", position: 10 } });
    expect(claim.id).toBeGreaterThan(a.meta.sequences.Claim);
  });

  it("refuses a database that already holds records, and changes nothing", async () => {
    const before = await db.statement.count();
    const first = path.join(folder, "first.json");
    const target = resolveTarget();
    await expect(
      target.provider === "postgres" ? importPostgresDataset(first, target.url) : importDataset(first, target.file),
    ).rejects.toThrow(/not empty/);
    expect(await db.statement.count()).toBe(before);
  });
});
