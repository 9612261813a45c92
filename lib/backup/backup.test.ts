// Backups taken while another process keeps writing must open clean and hold every write that was
// acknowledged before the backup began; the JSON data set must survive export → import → export
// byte for byte, and must never carry password hashes, sessions or (by default) account emails.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { createClient } from "@/lib/db/create-client";
import { db } from "@/lib/db/client";
import { databaseFile } from "@/lib/db/url";
import { seedOpenDataFixture } from "@/lib/export/testing";
import { recordRevision } from "@/lib/revisions/record";
import { recountFacetCounts, storedFacetCounts } from "@/lib/statements/facet-counts";
import { createTestUser } from "@/lib/testing/users";
import { DATASET_TABLES, DatasetError, exportDataset, importDataset, NOT_EXPORTED, UNUSABLE_PASSWORD_HASH } from "./dataset";
import { backupDatabase, BackupError, integrityCheck } from "./snapshot";

const folder = mkdtempSync(path.join(tmpdir(), "tracker-backup-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A new, empty database migrated like the app's (a copy of the test run's template). */
function emptyDatabase(name: string): string {
  const file = path.join(folder, name);
  copyFileSync(inject("templateDatabase"), file);
  return file;
}

// Inserts topics one transaction at a time and prints each id once it is committed: bursts of ten
// commits with a 2 ms breath between bursts. A writer with no pause at all can starve a reader in
// rollback-journal mode (SQLite gives readers no priority), which no app request pattern resembles.
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.WRITER_DB, { timeout: 10000 });
const insert = db.prepare("INSERT INTO Topic (slug, name, description, proposition, createdAt, updatedAt) VALUES (?, ?, '', 'p', ?, ?)");
let i = 0, stop = false;
process.stdin.on("data", () => { stop = true; });
(function loop() {
  for (let n = 0; n < 10; n++) {
    i++;
    const now = new Date().toISOString();
    insert.run("w-" + i, "Written " + i, now, now);
    process.stdout.write(i + "\\n");
  }
  if (stop) { db.close(); process.exit(0); } else setTimeout(loop, 2);
})();`;

function startWriter(file: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["-e", WRITER], {
    env: { ...process.env, WRITER_DB: file },
    cwd: process.cwd(),
  });
  const state = { acknowledged: 0, stderr: "" };
  // Waits end on the writer's own output, or fail when it exits first.
  const waiting: { count: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  let partial = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) state.acknowledged = Math.max(state.acknowledged, Number(line));
    for (const waiter of waiting.filter((w) => state.acknowledged >= w.count)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (state.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      for (const waiter of waiting.splice(0)) waiter.reject(new Error(`writer stopped at ${state.acknowledged}: ${state.stderr}`));
      resolve(code);
    }),
  );
  const until = (count: number) =>
    state.acknowledged >= count ? Promise.resolve() : new Promise<void>((resolve, reject) => waiting.push({ count, resolve, reject }));
  const stop = async () => {
    child.stdin.write("stop\n");
    return exited;
  };
  return { state, until, stop };
}

describe("backupDatabase", () => {
  for (const mode of ["delete", "wal"] as const) {
    it(`copies a database that another process is writing to (journal_mode=${mode})`, async () => {
      const file = emptyDatabase(`live-${mode}.db`);
      const setup = new Database(file);
      setup.pragma(`journal_mode = ${mode}`);
      // Enough data that the copy takes a while, so writes queue up behind it.
      const filler = setup.prepare("INSERT INTO Source (title, notes, createdAt, updatedAt) VALUES (?, ?, ?, ?)");
      setup.transaction(() => {
        for (let i = 0; i < 4000; i++) filler.run(`Filler ${i}`, "x".repeat(2000), new Date().toISOString(), new Date().toISOString());
      })();
      setup.close();

      const writer = startWriter(file);
      await writer.until(300);
      const acknowledgedBefore = writer.state.acknowledged;
      const result = backupDatabase(file, path.join(folder, `backup-${mode}.db`));
      await writer.until(acknowledgedBefore + 300);
      expect(await writer.stop(), writer.state.stderr).toBe(0);

      expect(result.integrity).toBe("ok");
      expect(integrityCheck(result.file)).toBe("ok");
      const copy = new Database(result.file, { readonly: true });
      const written = new Set(
        (copy.prepare("SELECT slug FROM Topic WHERE slug LIKE 'w-%'").all() as { slug: string }[]).map((r) => Number(r.slug.slice(2))),
      );
      const sources = (copy.prepare("SELECT COUNT(*) AS n FROM Source").get() as { n: number }).n;
      copy.close();
      for (let i = 1; i <= acknowledgedBefore; i++) expect(written.has(i), `write ${i}`).toBe(true);
      // What the copy holds is a prefix of the writes: consistent, no gaps.
      expect([...written].sort((a, b) => a - b)).toEqual(Array.from({ length: written.size }, (_, i) => i + 1));
      expect(sources).toBe(4000);
      expect(result.bytes).toBeGreaterThan(8_000_000);
    });
  }

  it("never replaces an existing file unless forced, and leaves no partial files", () => {
    const source = databaseFile();
    const target = path.join(folder, "kept.db");
    writeFileSync(target, "precious");
    expect(() => backupDatabase(source, target)).toThrow(BackupError);
    expect(readFileSync(target, "utf8")).toBe("precious");
    expect(backupDatabase(source, target, { force: true }).integrity).toBe("ok");
    expect(readdirSync(folder).filter((f) => f.includes(".partial-"))).toEqual([]);
    expect(() => backupDatabase(path.join(folder, "missing.db"), path.join(folder, "x.db"))).toThrow(/no database/);
    expect(() => backupDatabase(source, source, { force: true })).toThrow(BackupError);
  });
});

describe("JSON data set", () => {
  let secretEmails: string[] = [];
  let sessionId = "";

  beforeAll(async () => {
    const fixture = await seedOpenDataFixture();
    const admin = await createTestUser("ADMIN", { passwordHash: "scrypt$131072$8$1$c2FsdA==$a2V5" });
    const analyst = await createTestUser("ANALYST", { disabled: true });
    secretEmails = [admin.email, analyst.email];
    sessionId = (await createSession(admin.id, { ipAddress: "203.0.113.10", userAgent: "vitest" })).token;
    await db.loginAttempt.create({ data: { email: admin.email, ipAddress: "203.0.113.10", succeeded: true } });
    await db.statement.update({ where: { id: fixture.trickyId }, data: { createdById: analyst.id, updatedById: admin.id } });
    await db.$transaction(async (tx) => {
      await recordRevision(tx, {
        entity: "User",
        entityId: analyst.id,
        action: "CREATE",
        actorId: admin.id,
        before: null,
        after: { email: analyst.email, name: "A", role: "ANALYST" },
      });
      await recordRevision(tx, {
        entity: "Statement",
        entityId: fixture.trickyId,
        action: "UPDATE",
        actorId: analyst.id,
        before: { text: "old" },
        after: { text: "new, “with” quotes\nand lines" },
      });
    });
    // A hard-deleted row: its id must not be handed out again after a restore.
    const gone = await db.claim.create({ data: { statementId: fixture.trickyId, text: "gone", position: 9 } });
    await db.claim.delete({ where: { id: gone.id } });
  });

  it("round-trips byte for byte: export → import into an empty database → export", async () => {
    const first = path.join(folder, "first.json");
    const second = path.join(folder, "second.json");
    const exported = await exportDataset(databaseFile(), first);
    const restored = emptyDatabase("restored.db");
    const imported = await importDataset(first, restored);
    await exportDataset(restored, second);
    expect(readFileSync(second)).toEqual(readFileSync(first));
    expect(imported.rows).toEqual(Object.fromEntries(Object.entries(exported.rows).filter(([, n]) => n > 0)));
    expect(integrityCheck(restored)).toBe("ok");

    const original = new Database(databaseFile(), { readonly: true });
    const copy = new Database(restored, { readonly: true });
    try {
      const all = (database: Database.Database, sql: string) => database.prepare(sql).all();
      // Ids, the search index and the id sequences are as they were.
      for (const table of DATASET_TABLES) {
        expect(all(copy, `SELECT COUNT(*) AS n FROM "${table.name}"`), table.name).toEqual(
          all(original, `SELECT COUNT(*) AS n FROM "${table.name}"`),
        );
      }
      // Links between statements come back whole, notes with quotes and line breaks included.
      const links = "SELECT fromId, toId, type, note, position FROM StatementRelation ORDER BY fromId, toId, type";
      expect(all(original, links).length).toBeGreaterThanOrEqual(4);
      expect(all(copy, links)).toEqual(all(original, links));
      expect(all(copy, "SELECT rowid, text, claims, sources FROM statement_fts ORDER BY rowid")).toEqual(
        all(original, "SELECT rowid, text, claims, sources FROM statement_fts ORDER BY rowid"),
      );
      expect(all(copy, "SELECT * FROM sqlite_sequence ORDER BY name")).toEqual(
        all(original, "SELECT * FROM sqlite_sequence WHERE name <> 'LoginAttempt' ORDER BY name"),
      );
      // The facet counts are not exported: the import's inserts rebuild them, equal to a recount.
      const restoredClient = createClient(`file:${restored}`);
      try {
        const stored = await storedFacetCounts(restoredClient);
        expect(stored.size).toBeGreaterThan(0);
        expect(stored).toEqual(await recountFacetCounts(restoredClient));
      } finally {
        await restoredClient.$disconnect();
      }
      // Sessions and sign-in attempts stay behind; accounts come back unable to sign in.
      expect(all(copy, "SELECT COUNT(*) AS n FROM Session")).toEqual([{ n: 0 }]);
      expect(all(copy, "SELECT COUNT(*) AS n FROM LoginAttempt")).toEqual([{ n: 0 }]);
      const users = all(copy, "SELECT email, passwordHash, disabled FROM User ORDER BY id") as {
        email: string;
        passwordHash: string;
        disabled: number;
      }[];
      expect(users.map((u) => u.passwordHash)).toEqual(users.map(() => UNUSABLE_PASSWORD_HASH));
      for (const user of users) expect(user.email).toMatch(/^user-\d+@restored\.invalid$/);
      expect(users.map((u) => u.disabled)).toEqual([0, 1]);
      expect(await verifyPassword("anything at all", UNUSABLE_PASSWORD_HASH)).toBe(false);
    } finally {
      original.close();
      copy.close();
    }
  });

  it("holds no password hashes, sessions, sign-in attempts or account emails", async () => {
    const file = path.join(folder, "private.json");
    await exportDataset(databaseFile(), file);
    const text = readFileSync(file, "utf8");
    for (const email of secretEmails) expect(text).not.toContain(email);
    expect(text).not.toContain("scrypt$");
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain("203.0.113.10");
    const document = JSON.parse(text);
    expect(Object.keys(document.tables)).toEqual(DATASET_TABLES.map((t) => t.name));
    expect(Object.keys(document.tables.User[0])).toEqual(["id", "name", "role", "disabled", "createdAt", "updatedAt"]);
    const userRevision = document.tables.Revision.find((r: { entity: string }) => r.entity === "User");
    expect(JSON.parse(userRevision.changes).email).toEqual({ before: null, after: "(not exported)" });
  });

  it("keeps account emails with --with-emails, and still round-trips", async () => {
    const first = path.join(folder, "emails-1.json");
    const second = path.join(folder, "emails-2.json");
    await exportDataset(databaseFile(), first, { withEmails: true });
    const restored = emptyDatabase("restored-emails.db");
    await importDataset(first, restored);
    await exportDataset(restored, second, { withEmails: true });
    expect(readFileSync(second)).toEqual(readFileSync(first));
    const copy = new Database(restored, { readonly: true });
    expect((copy.prepare("SELECT email FROM User ORDER BY id").all() as { email: string }[]).map((u) => u.email)).toEqual(secretEmails);
    copy.close();
    expect(readFileSync(first, "utf8")).not.toContain("scrypt$");
  });

  it("imports only into an empty database at a known schema, all or nothing", async () => {
    const file = path.join(folder, "guarded.json");
    await exportDataset(databaseFile(), file);
    await expect(importDataset(file, databaseFile())).rejects.toThrow(/not empty/);

    const restored = emptyDatabase("guarded.db");
    const tampered = path.join(folder, "tampered.json");
    writeFileSync(tampered, readFileSync(file, "utf8").replace(/"schema":"[^"]+"/, '"schema":"29991231000000_future"'));
    await expect(importDataset(tampered, restored)).rejects.toThrow(DatasetError);
    // A reference to a record the file does not hold fails the whole import.
    const broken = path.join(folder, "broken.json");
    writeFileSync(broken, readFileSync(file, "utf8").replace(/("Claim":\[\n\{"id":\d+,"statementId":)\d+/, "$1987654"));
    await expect(importDataset(broken, restored)).rejects.toThrow(/refers to records/);
    const check = new Database(restored, { readonly: true });
    expect(check.prepare("SELECT COUNT(*) AS n FROM Statement").get()).toEqual({ n: 0 });
    expect(check.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'statement_fts_%'").get()).toEqual({
      n: 10,
    });
    check.close();

    // The same data set reformatted by hand is still read (whole, not line by line).
    const pretty = path.join(folder, "pretty.json");
    writeFileSync(pretty, JSON.stringify(JSON.parse(readFileSync(file, "utf8")), null, 2));
    await importDataset(pretty, restored);
    const again = path.join(folder, "again.json");
    await exportDataset(restored, again);
    expect(readFileSync(again)).toEqual(readFileSync(file));
  });

  it("covers every table and column of the schema, or leaves it out on purpose", () => {
    const database = new Database(databaseFile(), { readonly: true });
    try {
      // sqlite_* tables are SQLite's own (the query planner's statistics among them), never data.
      const tables = (
        database
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
          .all() as { name: string }[]
      ).map((t) => t.name);
      for (const table of tables) {
        const spec = DATASET_TABLES.find((t) => t.name === table);
        if (!spec) {
          expect(NOT_EXPORTED.tables, `table ${table} is neither exported nor excluded`).toContain(table);
          continue;
        }
        const columns = (database.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
        expect([...Object.keys(spec.columns), ...(NOT_EXPORTED.columns[table] ?? [])].sort(), table).toEqual(columns.sort());
      }
      expect(existsSync(databaseFile())).toBe(true);
    } finally {
      database.close();
    }
  });
});
