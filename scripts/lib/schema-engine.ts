/**
 * Prisma Migrate for SQLite without the native schema engine.
 *
 * The Prisma CLI cannot download its native `schema-engine` here, so this module drives Prisma's
 * schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) through the better-sqlite3
 * driver adapter, the way prisma@6.19's CLI does. It keeps Prisma's on-disk format
 * (`prisma/migrations/<timestamp>_<name>/migration.sql`, `migration_lock.toml`) and the
 * `_prisma_migrations` table, so the native CLI can take over again at any time.
 *
 * The engine API is internal to Prisma: versions are pinned in package.json and
 * schema-engine.test.ts exercises every function used here.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { loadConfigFromFile } from "@prisma/config";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import type {
  HistoryDiagnostic,
  MigrationDirectory,
  MigrationList,
  SchemaContainer,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import Database from "better-sqlite3";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";
const LOCKFILE = "migration_lock.toml";
const MIGRATIONS_TABLE = "_prisma_migrations";

// ---------------------------------------------------------------------------------------------
// Public types

export interface ProjectOptions {
  /** Directory holding prisma.config.ts; relative database paths resolve against it. Default: cwd. */
  root?: string;
  /** Receives human-readable progress lines. Default: console.log. */
  log?: (line: string) => void;
}

export interface MigrateDevOptions extends ProjectOptions {
  /** Write the migration but do not apply it (like `prisma migrate dev --create-only`). */
  createOnly?: boolean;
  /** Apply a generated migration even when the engine warns that it loses data. */
  acceptDataLoss?: boolean;
}

export interface MigrateDevResult {
  /** Pending migrations from the folder that were applied before diffing. */
  appliedPending: string[];
  /** Folder name of the new migration, or null when the schema had no changes. */
  created: string | null;
  /** Whether the new migration was applied (false with createOnly or unaccepted data loss). */
  createdApplied: boolean;
  /** Data-loss warnings the engine reported for the new migration. */
  warnings: string[];
}

export interface MigrationStatus {
  databaseFile: string;
  databaseExists: boolean;
  hasMigrationsTable: boolean;
  /** Migration folders found on disk, in order. */
  migrations: string[];
  /** On disk and applied successfully. */
  applied: string[];
  /** On disk, not applied yet. */
  pending: string[];
  /** Recorded as failed in `_prisma_migrations` (need `migrate resolve`). */
  failed: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
  /** Recorded in the database but missing from the migrations folder. */
  missingLocally: string[];
  /** Set when the histories diverge. */
  lastCommonMigration: string | null;
  /** Everything applied, nothing failed, edited or missing. */
  upToDate: boolean;
}

export interface DriftResult {
  /** true when schema.prisma has changes that no migration covers. */
  drift: boolean;
  /** The engine's human-readable summary of the difference ("" when clean). */
  summary: string;
  /** The SQL a new migration would contain (only when drift). */
  script?: string;
}

/** An error reported by the schema engine, with Prisma's error code (P3xxx) when it has one. */
export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "SchemaEngineError";
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Applies pending migrations (`prisma migrate deploy`). Returns the names applied. */
export async function migrateDeploy(url?: string, options: ProjectOptions = {}): Promise<string[]> {
  const project = await loadProject(options.root);
  const log = options.log ?? console.log;
  const file = resolveDatabaseFile(url, project.root);
  ensureParentDir(file);
  const migrationsList = await readMigrations(project);
  log(`${plural(migrationsList.migrationDirectories.length, "migration")} found in ${project.displayMigrationsDir}`);
  const { appliedMigrationNames } = await withEngine(project, file, (engine) =>
    engine.applyMigrations({ migrationsList, filters: project.filters }),
  );
  return appliedMigrationNames;
}

/**
 * `prisma migrate dev --name NAME`: applies pending migrations, stops on drift, then writes a new
 * migration from the schema diff (if any) and applies it.
 */
export async function migrateDev(
  name: string,
  url?: string,
  options: MigrateDevOptions = {},
): Promise<MigrateDevResult> {
  const migrationName = normaliseMigrationName(name);
  const project = await loadProject(options.root);
  const log = options.log ?? console.log;
  const file = resolveDatabaseFile(url, project.root);
  ensureParentDir(file);

  return withEngine(project, file, async (engine) => {
    const { filters } = project;
    let migrationsList = await readMigrations(project);
    const appliedPending: string[] = [];

    // The engine's diagnostics fail with P1014 until `_prisma_migrations` exists, so a fresh
    // database gets the existing migrations first.
    const before = inspectDatabase(file);
    if (!before.hasMigrationsTable) {
      if (before.tables > 0) throw notManaged(file);
      appliedPending.push(...(await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames);
    }

    // devDiagnostic also sets up the shadow database that createMigration needs.
    const { action } = await engine.devDiagnostic({ migrationsList, filters });
    if (action.tag === "reset") {
      throw new SchemaEngineError(
        `${action.reason}\nThe development database ${file} must be reset: delete it and run this command again. ` +
          "All data in it will be lost.",
        "DRIFT",
      );
    }
    appliedPending.push(...(await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames);
    if (appliedPending.length > 0) log(`Applied pending migrations:\n${bullets(appliedPending)}`);

    const schema = project.schema;
    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters });
    if (loss.unexecutableSteps.length > 0 && !options.createOnly) {
      throw new SchemaEngineError(
        "The schema change cannot be applied to the existing data:\n" +
          bullets(loss.unexecutableSteps.map((step) => step.message)) +
          "\nUse --create-only, edit the migration by hand, then apply it.",
        "UNEXECUTABLE",
      );
    }
    const warnings = loss.warnings.map((warning) => warning.message);
    if (warnings.length > 0) log(`\n⚠️  Warnings for the current database:\n${bullets(warnings)}\n`);
    if (loss.migrationSteps === 0 && !options.createOnly) {
      log("No schema changes: no new migration was created.");
      return { appliedPending, created: null, createdApplied: false, warnings };
    }

    const created = await engine.createMigration({
      migrationName,
      draft: options.createOnly ?? false,
      migrationsList,
      schema,
      filters,
    });
    if (created.migrationScript === null) {
      log("No schema changes: no new migration was created.");
      return { appliedPending, created: null, createdApplied: false, warnings };
    }
    const { script, triggers } = keepTriggers(created.migrationScript, file);
    const folder = path.join(project.migrationsDir, created.generatedMigrationName);
    if (existsSync(folder)) throw new SchemaEngineError(`The migration folder ${folder} already exists.`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `migration.${created.extension}`), script, "utf8");
    if (migrationsList.lockfile.content === null) {
      await writeFile(
        path.join(project.migrationsDir, LOCKFILE),
        "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
          `provider = "${created.connectorType}"\n`,
        "utf8",
      );
    }
    const createdPath = path.relative(project.root, folder);
    log(`Created ${createdPath}/migration.${created.extension}`);
    if (triggers.length > 0) {
      log(`It redefines tables that triggers use; it drops and re-creates them:\n${bullets(triggers)}`);
    }

    if (options.createOnly || (warnings.length > 0 && !options.acceptDataLoss)) {
      log(
        options.createOnly
          ? "Not applied (--create-only). Review it, then run dev or deploy again to apply it."
          : "Not applied because of the warnings above. Review the SQL, then apply it with deploy " +
              "(or rerun dev with --accept-data-loss).",
      );
      return { appliedPending, created: created.generatedMigrationName, createdApplied: false, warnings };
    }

    migrationsList = await readMigrations(project);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters });
    return {
      appliedPending,
      created: created.generatedMigrationName,
      createdApplied: appliedMigrationNames.includes(created.generatedMigrationName),
      warnings,
    };
  });
}

/** `prisma migrate status`: compares the migrations folder with `_prisma_migrations`. */
export async function migrateStatus(url?: string, options: ProjectOptions = {}): Promise<MigrationStatus> {
  const project = await loadProject(options.root);
  const file = resolveDatabaseFile(url, project.root);
  const migrationsList = await readMigrations(project);
  const migrations = migrationsList.migrationDirectories.map((dir) => dir.path);
  const empty = { failed: [], edited: [], missingLocally: [], lastCommonMigration: null };

  // Looking must not create the database file.
  if (file !== ":memory:" && !existsSync(file)) {
    return {
      databaseFile: file,
      databaseExists: false,
      hasMigrationsTable: false,
      migrations,
      applied: [],
      pending: migrations,
      ...empty,
      upToDate: migrations.length === 0,
    };
  }

  const inspected = inspectDatabase(file);
  if (!inspected.hasMigrationsTable) {
    // The engine cannot diagnose a database without `_prisma_migrations` (P1014).
    return {
      databaseFile: file,
      databaseExists: true,
      hasMigrationsTable: false,
      migrations,
      applied: [],
      pending: migrations,
      ...empty,
      upToDate: false,
    };
  }

  const diagnosis = await withEngine(project, file, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: project.filters }),
  );
  const history: HistoryDiagnostic | null = diagnosis.history;
  let pending: string[] = [];
  let missingLocally: string[] = [];
  let lastCommonMigration: string | null = null;
  if (history?.diagnostic === "databaseIsBehind") pending = history.unappliedMigrationNames;
  else if (history?.diagnostic === "migrationsDirectoryIsBehind") missingLocally = history.unpersistedMigrationNames;
  else if (history?.diagnostic === "historiesDiverge") {
    pending = history.unappliedMigrationNames;
    missingLocally = history.unpersistedMigrationNames;
    lastCommonMigration = history.lastCommonMigrationName;
  }
  const failed = diagnosis.failedMigrationNames;
  const edited = diagnosis.editedMigrationNames;
  const applied = migrations.filter((name) => !pending.includes(name) && !failed.includes(name));
  return {
    databaseFile: file,
    databaseExists: true,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    migrations,
    applied,
    pending,
    failed,
    edited,
    missingLocally,
    lastCommonMigration,
    upToDate:
      diagnosis.hasMigrationsTable &&
      pending.length === 0 &&
      failed.length === 0 &&
      edited.length === 0 &&
      missingLocally.length === 0,
  };
}

/**
 * Diffs the migrations folder (replayed into an in-memory shadow database) against schema.prisma.
 * Drift means the schema has changes no migration covers. Never touches a real database.
 */
export async function checkDrift(options: ProjectOptions = {}): Promise<DriftResult> {
  const project = await loadProject(options.root);
  const migrationsList = await readMigrations(project);
  return withEngine(project, ":memory:", async (engine) => {
    const params = {
      from: { tag: "migrations" as const, ...migrationsList },
      to: { tag: "schemaDatamodel" as const, ...project.schema },
      exitCode: true,
      filters: project.filters,
    };
    const summary = await engine.diff({ ...params, script: false });
    const drift = summary.exitCode === 2;
    const result: DriftResult = { drift, summary: (summary.stdout ?? "").trim() };
    if (drift) result.script = (await engine.diff({ ...params, script: true })).stdout ?? "";
    return result;
  });
}

/**
 * Releases what the WebAssembly engine leaves behind (a ~60 s timer keeps Node alive otherwise).
 * Every function above already does this when it finishes; call it to be explicit.
 */
export function dispose(): void {
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers.clear();
}

/** The database file behind a `file:` URL; relative paths resolve against `root` like Prisma's. */
export function resolveDatabaseFile(url?: string, root: string = process.cwd()): string {
  const value = url || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (value === ":memory:" || value === "file::memory:") return ":memory:";
  if (value.startsWith("file://")) return fileURLToPath(value.replace(/\?.*$/, ""));
  if (!value.startsWith("file:")) throw new Error(`Not a SQLite URL (expected file:…): ${value}`);
  const file = value.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(root, file);
}

// ---------------------------------------------------------------------------------------------
// Project: prisma.config.ts, schema files and migrations folder

interface Project {
  root: string;
  schema: { files: SchemaContainer[] };
  migrationsDir: string;
  displayMigrationsDir: string;
  filters: SchemaFilter;
  shadowDbInitScript: string;
}

async function loadProject(rootOption?: string): Promise<Project> {
  const root = path.resolve(rootOption ?? process.cwd());
  const loaded = await loadConfigFromFile({ configRoot: root });
  if (loaded.error) {
    const detail = "error" in loaded.error ? `: ${loaded.error.error.message}` : "";
    throw new Error(`Could not load prisma.config.ts from ${root} (${loaded.error._tag})${detail}`);
  }
  const { config } = loaded;
  const schemaPath = path.resolve(root, config.schema ?? "prisma/schema.prisma");
  const migrationsDir = path.resolve(root, config.migrations?.path ?? path.join(path.dirname(schemaPath), "migrations"));
  return {
    root,
    schema: { files: await readSchemaFiles(schemaPath) },
    migrationsDir,
    displayMigrationsDir: path.relative(root, migrationsDir) || ".",
    filters: { externalTables: config.tables?.external ?? [], externalEnums: config.enums?.external ?? [] },
    shadowDbInitScript: config.migrations?.initShadowDb ?? "",
  };
}

async function readSchemaFiles(schemaPath: string): Promise<SchemaContainer[]> {
  if (!(await stat(schemaPath)).isDirectory()) {
    return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  }
  const entries = await readdir(schemaPath, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".prisma"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(files.map(async (file) => ({ path: file, content: await readFile(file, "utf8") })));
}

/** The engine's view of the migrations folder, read the way the Prisma CLI reads it. */
async function readMigrations(project: Project): Promise<MigrationList> {
  const baseDir = project.migrationsDir;
  const lockContent = await readFile(path.join(baseDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories: MigrationDirectory[] = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry): Promise<MigrationDirectory> => {
        const content = await readFile(path.join(baseDir, entry.name, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
        return { path: entry.name, migrationFile: { path: "migration.sql", content } };
      }),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: project.shadowDbInitScript,
  };
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly engine

type EngineClass = typeof SchemaEngine;
type EngineLogger = (line: string) => void;

let engineClass: Promise<EngineClass> | undefined;
const pendingTimers = new Set<NodeJS.Timeout>();
let activeSessions = 0;

function loadEngineClass(): Promise<EngineClass> {
  engineClass ??= instantiateEngine().catch((error: unknown) => {
    engineClass = undefined;
    throw error;
  });
  return engineClass;
}

async function instantiateEngine(): Promise<EngineClass> {
  // Node cannot import .wasm: compile the package's own .wasm by hand and hand it the package's
  // wasm-bindgen glue as its "./schema_engine_bg.js" import, as prisma's CLI does.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = await WebAssembly.compile(readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));

  const imports: Record<string, unknown> = { ...glue };
  for (const key of Object.keys(glue)) {
    // The engine arms timers it never clears (one ~60 s): track them so they can be cleared.
    if (key.startsWith("__wbg_setTimeout_")) imports[key] = trackedSetTimeout;
  }
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}

function trackedSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingTimers.delete(timer);
    callback();
  }, ms >>> 0);
  pendingTimers.add(timer);
  return timer;
}

/** Runs `fn` with a fresh engine on `file`, then frees the engine, its connections and timers. */
async function withEngine<T>(project: Project, file: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await loadEngineClass();
  const factory = new MigrationAdapterFactory(file);
  const logLines: string[] = [];
  const logger: EngineLogger = (line) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] ${line}`);
    else logLines.push(line);
  };
  activeSessions += 1;
  let engine: SchemaEngine | undefined;
  try {
    const datamodels = project.schema.files.map((file): [string, string] => [file.path, file.content]);
    engine = await Engine.new({ datamodels }, logger, bindMigrationAwareSqlAdapterFactory(factory));
    return await fn(engine);
  } catch (error) {
    throw toEngineError(error);
  } finally {
    engine?.free();
    await factory.disposeAll();
    activeSessions -= 1;
    if (activeSessions === 0) dispose();
  }
}

function toEngineError(error: unknown): Error {
  if (error instanceof SchemaEngineError) return error;
  if (error instanceof WebAssembly.RuntimeError) {
    return new SchemaEngineError(`The schema engine crashed (WebAssembly panic): ${error.message}`, "PANIC");
  }
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message, code } = error as { message: unknown; code?: unknown };
    return new SchemaEngineError(String(message), typeof code === "string" ? code : undefined);
  }
  return new SchemaEngineError(String(error));
}

/**
 * The better-sqlite3 adapter, as the engine needs it: timestamps in `_prisma_migrations` as the
 * native engine writes them, multi-statement SQL tolerated, every connection closed afterwards.
 */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #opened: SqlDriverAdapter[] = [];

  constructor(file: string) {
    this.#inner = new PrismaBetterSqlite3({ url: file }, { timestampFormat: "unixepoch-ms" });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connectToShadowDb());
  }

  async disposeAll(): Promise<void> {
    await Promise.allSettled(this.#opened.splice(0).map((adapter) => adapter.dispose()));
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#opened.push(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    // The shadow-database replay sends whole migration files through executeRaw, which
    // better-sqlite3 rejects as multi-statement SQL; without arguments, executeScript is equivalent.
    adapter.executeRaw = async (query: SqlQuery): Promise<number> => {
      try {
        return await executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return adapter;
  }
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof Error && error.message.includes("more than one statement");
}

// ---------------------------------------------------------------------------------------------
// Helpers

function ensureParentDir(file: string): void {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
}

/** Looks at the database with better-sqlite3 directly (read-only; never creates the file). */
function inspectDatabase(file: string): { tables: number; hasMigrationsTable: boolean } {
  if (file === ":memory:" || !existsSync(file)) return { tables: 0, hasMigrationsTable: false };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return { tables: names.length, hasMigrationsTable: names.includes(MIGRATIONS_TABLE) };
  } finally {
    db.close();
  }
}

/**
 * Prisma changes a SQLite table by redefining it (create new_X, copy, DROP TABLE X, rename).
 * DROP TABLE silently takes X's triggers with it, and the rename fails ("error in trigger …: no
 * such table") while any trigger mentions the missing X, leaving a half-applied migration. So the
 * hand-written triggers (the FTS index) that touch a redefined table are dropped first and
 * re-created at the end, from their definitions in the development database.
 */
function keepTriggers(script: string, file: string): { script: string; triggers: string[] } {
  const redefined = [...script.matchAll(/^ALTER TABLE "new_(.+)" RENAME TO "(.+)";$/gm)]
    .filter((match) => match[1] === match[2])
    .map((match) => match[2] ?? "");
  if (redefined.length === 0 || file === ":memory:" || !existsSync(file)) return { script, triggers: [] };

  const db = new Database(file, { readonly: true, fileMustExist: true });
  let all: { name: string; table: string; sql: string }[];
  try {
    all = db
      .prepare("SELECT name, tbl_name AS \"table\", sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")
      .all() as { name: string; table: string; sql: string }[];
  } finally {
    db.close();
  }
  const affected = all.filter((trigger) =>
    redefined.some((table) => trigger.table === table || mentionsIdentifier(trigger.sql, table)),
  );
  if (affected.length === 0) return { script, triggers: [] };

  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const drops = affected.map((trigger) => `DROP TRIGGER IF EXISTS ${quote(trigger.name)};`).join("\n");
  const creates = affected.map((trigger) => `${trigger.sql};`).join("\n\n");
  return {
    script:
      `-- DropTriggers (re-created below: they use tables this migration redefines)\n${drops}\n\n` +
      `${script.trimEnd()}\n\n-- RecreateTriggers\n${creates}\n`,
    triggers: affected.map((trigger) => trigger.name),
  };
}

function mentionsIdentifier(sql: string, identifier: string): boolean {
  const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_$])${escaped}($|[^A-Za-z0-9_$])`, "i").test(sql);
}

function notManaged(file: string): SchemaEngineError {
  return new SchemaEngineError(
    `The database ${file} has tables but no ${MIGRATIONS_TABLE} table, so it is not managed by migrations. ` +
      "Delete it (development) or baseline it.",
    "P3005",
  );
}

function normaliseMigrationName(name: string): string {
  const normalised = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!normalised) throw new Error(`Invalid migration name: "${name}" (use letters, digits and _)`);
  return normalised;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function bullets(lines: string[]): string {
  return lines.map((line) => `  • ${line}`).join("\n");
}
