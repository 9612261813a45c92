import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDrift, migrateDeploy, migrateDev, migrateStatus } from "./schema-engine";
import projectConfig from "../../prisma.config";

// The Prisma schema-engine API is internal: these tests are what tells us an upgrade broke it.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const migrationsDir = path.join(repoRoot, "prisma/migrations");
const quiet = { root: repoRoot, log: () => {} };
const models = [
  "Claim",
  "Event",
  "Person",
  "PersonAlias",
  "PersonRole",
  "Revision",
  "Session",
  "Source",
  "Stance",
  "Statement",
  "StatementSource",
  "Topic",
  "User",
];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "schema-engine-test-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function migrationFolders(dir = migrationsDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

describe("migrateDeploy / migrateStatus / checkDrift on the repository's migrations", () => {
  let file: string;
  let url: string;

  beforeAll(() => {
    file = path.join(tmp, "nested/folder/deploy.db"); // the parent folders do not exist yet
    url = `file:${file}`;
  });

  it("applies every migration to a brand-new file, recording checksums", async () => {
    const applied = await migrateDeploy(url, quiet);
    const folders = migrationFolders();
    expect(applied).toEqual(folders);
    expect(folders.some((name) => name.endsWith("_init"))).toBe(true);
    expect(folders.some((name) => name.endsWith("_statement_fts"))).toBe(true);

    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      expect(tables).toEqual(expect.arrayContaining([...models, "_prisma_migrations", "statement_fts"]));

      const rows = db
        .prepare(
          "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count " +
            "FROM _prisma_migrations ORDER BY migration_name",
        )
        .all() as {
        migration_name: string;
        checksum: string;
        finished_at: unknown;
        rolled_back_at: unknown;
        applied_steps_count: number;
      }[];
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        expect(row.checksum).toBe(sha256(path.join(migrationsDir, row.migration_name, "migration.sql")));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    } finally {
      db.close();
    }
  });

  it("does nothing the second time", async () => {
    expect(await migrateDeploy(url, quiet)).toEqual([]);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM _prisma_migrations").pluck().get()).toBe(migrationFolders().length);
    } finally {
      db.close();
    }
  });

  it("reports the database up to date", async () => {
    const status = await migrateStatus(url, quiet);
    expect(status).toMatchObject({
      databaseExists: true,
      hasMigrationsTable: true,
      applied: migrationFolders(),
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
      upToDate: true,
    });
  });

  it("reports every migration pending for a missing database, without creating it", async () => {
    const missing = path.join(tmp, "missing.db");
    const status = await migrateStatus(`file:${missing}`, quiet);
    expect(status).toMatchObject({ databaseExists: false, pending: migrationFolders(), upToDate: false });
    expect(existsSync(missing)).toBe(false);
  });

  it("finds no drift between the migrations and schema.prisma", async () => {
    const result = await checkDrift(quiet);
    // A plain FTS5 table also has a statement_fts_content shadow table: prisma.config.ts must list it
    // under tables.external, or this reports it and the next generated migration drops it.
    expect(result.drift).toBe(false);
    expect(result.summary).not.toMatch(/statement_fts/);
    expect(result.script ?? "").toBe("");
  });
});

describe("statement_fts triggers", () => {
  let db: Database.Database;

  beforeAll(async () => {
    const file = path.join(tmp, "fts.db");
    await migrateDeploy(`file:${file}`, quiet);
    db = new Database(file);
  });
  afterAll(() => db?.close());

  const match = (query: string): number[] =>
    db.prepare("SELECT rowid FROM statement_fts WHERE statement_fts MATCH ? ORDER BY rowid").pluck().all(query) as number[];

  function insertStatement(text: string): number {
    const result = db
      .prepare(
        "INSERT INTO Statement (speakerId, dateStart, dateEnd, dateSort, text, updatedAt) " +
          "VALUES (1, '2025-03-01', '2025-03-01', '2025-03-01', ?, 0)",
      )
      .run(text);
    return Number(result.lastInsertRowid);
  }

  it("indexes a statement by its text, its claims and its sources' titles", () => {
    db.prepare("INSERT INTO Person (id, slug, name, updatedAt) VALUES (1, 'ana', 'Ana Example', 0)").run();
    const id = insertStatement("We will extend the railway to Zürich");
    const other = insertStatement("Nothing to see here");
    db.prepare("INSERT INTO Claim (statementId, text) VALUES (?, 'Unemployment fell to four percent')").run(id);
    db.prepare("INSERT INTO Source (id, title, updatedAt) VALUES (1, 'Parliamentary transcript', 0)").run();
    db.prepare("INSERT INTO StatementSource (statementId, sourceId) VALUES (?, 1)").run(id);

    expect(match("railway")).toEqual([id]);
    expect(match("zurich")).toEqual([id]); // remove_diacritics 2
    expect(match("unemployment")).toEqual([id]);
    expect(match("claims:unemployment")).toEqual([id]);
    expect(match("text:unemployment")).toEqual([]);
    expect(match("parliamentary")).toEqual([id]);
    expect(match("sources:transcript")).toEqual([id]);
    expect(match("nothing")).toEqual([other]);
  });

  it("follows edits to claims, source links and source titles", () => {
    const [id] = match("railway");
    db.prepare("UPDATE Claim SET text = 'Inflation halved' WHERE statementId = ?").run(id);
    expect(match("unemployment")).toEqual([]);
    expect(match("inflation")).toEqual([id]);

    db.prepare("UPDATE Source SET title = 'Official press release' WHERE id = 1").run();
    expect(match("parliamentary")).toEqual([]);
    expect(match("press")).toEqual([id]);

    db.prepare("DELETE FROM StatementSource WHERE statementId = ?").run(id);
    expect(match("press")).toEqual([]);
    db.prepare("INSERT INTO StatementSource (statementId, sourceId) VALUES (?, 1)").run(id);
    expect(match("press")).toEqual([id]);

    db.prepare("UPDATE Statement SET text = 'We will extend the tramway' WHERE id = ?").run(id);
    expect(match("railway")).toEqual([]);
    expect(match("tramway")).toEqual([id]);
    expect(match("inflation")).toEqual([id]);
  });

  it("forgets a deleted statement, with its cascaded claims and links", () => {
    const [id] = match("tramway");
    db.prepare("DELETE FROM Statement WHERE id = ?").run(id);
    expect(match("tramway")).toEqual([]);
    expect(match("inflation")).toEqual([]);
    expect(match("press")).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM statement_fts WHERE rowid = ?").pluck().get(id)).toBe(0);
    expect(match("nothing")).toHaveLength(1);
  });
});

describe("migrateDev on a copy of the project", () => {
  let root: string;
  let file: string;
  const opts = () => ({ root, log: () => {} });

  beforeAll(() => {
    root = path.join(tmp, "project");
    mkdirSync(path.join(root, "prisma"), { recursive: true });
    // As in the repository: the models in prisma/schema.prisma, linked beside SQLite's datasource.
    cpSync(path.join(repoRoot, "prisma/schema.prisma"), path.join(root, "prisma/schema.prisma"));
    mkdirSync(path.join(root, "prisma/sqlite"));
    cpSync(path.join(repoRoot, "prisma/sqlite/datasource.prisma"), path.join(root, "prisma/sqlite/datasource.prisma"));
    symlinkSync("../schema.prisma", path.join(root, "prisma/sqlite/schema.prisma"));
    cpSync(migrationsDir, path.join(root, "prisma/migrations"), { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
    // The project's own list of tables made by hand-written migrations (the search index, the page cache's tags).
    const external = projectConfig.tables?.external ?? [];
    writeFileSync(
      path.join(root, "prisma.config.ts"),
      `import { defineConfig } from "prisma/config";\n` +
        `export default defineConfig({ schema: "prisma/sqlite", migrations: { path: "prisma/migrations" }, ` +
        `experimental: { externalTables: true }, tables: { external: ${JSON.stringify(external)} } });\n`,
    );
    file = path.join(root, "dev.db");
  });

  it("applies the migrations and creates none while the schema is unchanged", async () => {
    const result = await migrateDev("nothing", `file:${file}`, opts());
    expect(result).toEqual({ appliedPending: migrationFolders(), created: null, createdApplied: false, warnings: [] });
  });

  it("keeps rows, triggers and the index when a migration redefines Statement", async () => {
    const db = new Database(file);
    const triggerCount = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'";
    let triggersBefore: unknown;
    try {
      triggersBefore = db.prepare(triggerCount).pluck().get();
      db.exec(`
        INSERT INTO Person (id, slug, name, updatedAt) VALUES (1, 'ana', 'Ana', 0);
        INSERT INTO Statement (id, speakerId, dateStart, dateEnd, dateSort, text, updatedAt)
          VALUES (1, 1, '2025-01-01', '2025-01-01', '2025-01-01', 'About the harbour', 0);
        INSERT INTO Claim (statementId, text) VALUES (1, 'Exports doubled');`);
    } finally {
      db.close();
    }
    const schemaFile = path.join(root, "prisma/schema.prisma");
    const schema = readFileSync(schemaFile, "utf8");
    const changed = schema.replace(/(\n\s+language\s+String\s+)@default\("en"\)/, '$1@default("und")');
    expect(changed).not.toBe(schema);
    writeFileSync(schemaFile, changed);

    const result = await migrateDev("language default", `file:${file}`, opts());
    expect(result.created).toMatch(/^\d{14}_language_default$/);
    expect(result.createdApplied).toBe(true);
    const sql = readFileSync(path.join(root, "prisma/migrations", result.created ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('DROP TABLE "Statement"');
    expect(sql).toContain('CREATE TRIGGER "statement_fts_claim_ai"');

    const after = new Database(file);
    try {
      // PRAGMA foreign_keys=OFF took effect: the redefinition did not cascade-delete the claim.
      expect(after.prepare("SELECT count(*) FROM Claim").pluck().get()).toBe(1);
      expect(triggersBefore).toBeGreaterThanOrEqual(10);
      expect(after.prepare(triggerCount).pluck().get()).toBe(triggersBefore);
      after.prepare("INSERT INTO Claim (statementId, text) VALUES (1, 'Imports fell')").run();
      expect(after.prepare("SELECT rowid FROM statement_fts WHERE statement_fts MATCH 'harbour AND imports'").pluck().all()).toEqual([1]);
    } finally {
      after.close();
    }
    expect((await checkDrift(opts())).drift).toBe(false);
  });

  it("writes but does not apply a migration that loses data, and says why", async () => {
    const schemaFile = path.join(root, "prisma/schema.prisma");
    const schema = readFileSync(schemaFile, "utf8");
    const changed = schema.replace(/(model Person \{[^}]*?)\n\s+description\s+String\s+@default\(""\)/, "$1");
    expect(changed).not.toBe(schema);
    writeFileSync(schemaFile, changed);
    const lines: string[] = [];

    const result = await migrateDev("drop person description", `file:${file}`, { root, log: (line) => lines.push(line) });
    expect(result.warnings.join("\n")).toMatch(/description/);
    expect(result.created).toMatch(/_drop_person_description$/);
    expect(result.createdApplied).toBe(false);
    expect(lines.join("\n")).toMatch(/Warnings[\s\S]*Not applied/);
    expect((await migrateStatus(`file:${file}`, opts())).pending).toEqual([result.created]);
  });

  it("reports edited and pending migrations", async () => {
    const [first] = migrationFolders(path.join(root, "prisma/migrations"));
    appendFileSync(path.join(root, "prisma/migrations", first ?? "", "migration.sql"), "\n-- edited\n");
    const pendingName = "29990101000000_later";
    mkdirSync(path.join(root, "prisma/migrations", pendingName));
    writeFileSync(path.join(root, "prisma/migrations", pendingName, "migration.sql"), "SELECT 1;\n");

    const status = await migrateStatus(`file:${file}`, opts());
    expect(status.edited).toEqual([first]);
    expect(status.pending).toContain(pendingName);
    expect(status.upToDate).toBe(false);
  });
});
