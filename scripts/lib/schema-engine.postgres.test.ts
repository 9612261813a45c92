import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres, type PostgresServer } from "./postgres";
import { checkDrift, migrateDeploy, migrateDev, migrateStatus, POSTGRES_CONFIG } from "./schema-engine";

// The WebAssembly schema engine on PostgreSQL needs three shims (schema-engine.ts); each of them,
// and the migration lock, is exercised here on a small project of its own.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const quiet = (root: string) => ({ root, log: () => {} });

const header = `datasource db {\n  provider = "postgresql"\n}\n\n`;
const author = `model Author {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n\n`;
const authorWithBooks = author.replace("name String", "name String\n  books Book[]");
const book = `model Book {\n  id       Int    @id @default(autoincrement())\n  title    String\n  authorId Int\n  author   Author @relation(fields: [authorId], references: [id])\n  @@index([authorId])\n}\n`;

let server: PostgresServer;
let root: string;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const databases = (url: string) =>
  query<{ datname: string }>(url, "SELECT datname FROM pg_database").then((rows) => rows.map((row) => row.datname));

beforeAll(async () => {
  server = await startPostgres();
  root = mkdtempSync(path.join(tmpdir(), "schema-engine-pg-"));
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  mkdirSync(path.join(root, "prisma/postgres"), { recursive: true });
  writeFileSync(
    path.join(root, POSTGRES_CONFIG),
    `import { defineConfig } from "prisma/config";\n` +
      `export default defineConfig({ schema: "prisma/postgres", migrations: { path: "prisma/postgres/migrations" } });\n`,
  );
  writeFileSync(path.join(root, "prisma/postgres/datasource.prisma"), header);
  // The models live outside the provider's folder and are linked in, as in the repository.
  writeFileSync(path.join(root, "prisma/models.prisma"), author);
  symlinkSync("../models.prisma", path.join(root, "prisma/postgres/models.prisma"));
});

afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

// The engine replays migrations into shadow databases: seconds per call on a busy 2-core machine.
describe("schema engine on PostgreSQL", { timeout: 120_000 }, () => {
  it("creates and applies migrations with migrate dev, leaving no shadow database behind", async () => {
    const url = `${server.url.replace(/\/postgres$/, "/engine_dev")}`;
    const first = await migrateDev("init", url, quiet(root));
    expect(first.created).toMatch(/^\d{14}_init$/);
    expect(first.createdApplied).toBe(true);

    writeFileSync(path.join(root, "prisma/models.prisma"), authorWithBooks + book);
    const second = await migrateDev("books", url, quiet(root));
    expect(second.created).toMatch(/_books$/);
    expect(second.createdApplied).toBe(true);
    const sql = readFileSync(path.join(root, "prisma/postgres/migrations", second.created ?? "", "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "Book"/);
    expect(sql).not.toMatch(/CREATE TABLE "Author"/);
    expect(readFileSync(path.join(root, "prisma/postgres/migrations/migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);

    const again = await migrateDev("nothing", url, quiet(root));
    expect(again.created).toBeNull();

    const status = await migrateStatus(url, quiet(root));
    expect(status.upToDate).toBe(true);
    expect(status.applied).toHaveLength(2);
    expect(status.databaseFile).not.toContain(new URL(server.url).password);
    expect((await databases(server.url)).filter((name) => name.startsWith("prisma_shadow"))).toEqual([]);
  });

  it("applies each migration once when several instances deploy at the same moment", async () => {
    const url = `${server.url.replace(/\/postgres$/, "/engine_concurrent")}`;
    const runs = await Promise.all([1, 2, 3].map(() => migrateDeploy(url, quiet(root))));
    const folders = readdirSync(path.join(root, "prisma/postgres/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(runs.flat().sort()).toEqual(folders);
    expect(runs.filter((applied) => applied.length > 0)).toHaveLength(1);
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(rows.map((row) => row.migration_name).sort()).toEqual(folders);
  });

  it("reports status of a database that does not exist without creating it", async () => {
    const url = `${server.url.replace(/\/postgres$/, "/engine_missing")}`;
    const status = await migrateStatus(url, quiet(root));
    expect(status.databaseExists).toBe(false);
    expect(status.upToDate).toBe(false);
    expect(await databases(server.url)).not.toContain("engine_missing");
  });

  it("detects drift between the models and the migrations", async () => {
    expect((await checkDrift({ ...quiet(root), provider: "postgres", serverUrl: server.url })).drift).toBe(false);
    writeFileSync(path.join(root, "prisma/models.prisma"), authorWithBooks.replace("name String", "name String\n  born Int?") + book);
    const drift = await checkDrift({ ...quiet(root), provider: "postgres", serverUrl: server.url });
    expect(drift.drift).toBe(true);
    expect(drift.script).toMatch(/ALTER TABLE "Author" ADD COLUMN\s+"born" INTEGER/);
    expect((await databases(server.url)).filter((name) => name.startsWith("prisma_shadow"))).toEqual([]);
  });
});
