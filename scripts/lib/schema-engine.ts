/**
 * Prisma Migrate for SQLite and PostgreSQL without the native schema engine.
 *
 * The Prisma CLI cannot download its native `schema-engine` here, so this module drives Prisma's
 * schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) through a driver adapter
 * (better-sqlite3, or pg for a `postgres://` URL), the way prisma@6.19's CLI does. It keeps Prisma's on-disk format
 * (`prisma/migrations/<timestamp>_<name>/migration.sql`, `migration_lock.toml`) and the
 * `_prisma_migrations` table, so the native CLI can take over again at any time.
 *
 * The engine API is internal to Prisma: versions are pinned in package.json and
 * schema-engine.test.ts exercises every function used here.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadConfigFromFile } from "@prisma/config";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
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
import pg from "pg";
import { isPostgresUrl, startPostgres } from "./postgres";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";
const LOCKFILE = "migration_lock.toml";
const MIGRATIONS_TABLE = "_prisma_migrations";
/** The PostgreSQL project's config, beside prisma.config.ts (SQLite's). */
export const POSTGRES_CONFIG = "prisma.postgres.config.ts";
/** pg_advisory_lock key held while migrations are applied, so concurrent starts apply them once. */
const MIGRATION_LOCK_KEY = 7_283_610_016;

/** Where migrations go: a SQLite file or a PostgreSQL database. */
export type DatabaseTarget = { provider: "sqlite"; file: string } | { provider: "postgres"; url: string };

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

/**
 * Applies pending migrations (`prisma migrate deploy`). Returns the names applied. On PostgreSQL
 * the database is created when missing, and an advisory lock makes instances that start together
 * apply each migration once: the others wait, then find nothing pending.
 */
export async function migrateDeploy(url?: string, options: ProjectOptions = {}): Promise<string[]> {
  const target = resolveTarget(url, options.root);
  const project = await loadProject(options.root, target.provider);
  const log = options.log ?? console.log;
  await prepareTarget(target);
  const migrationsList = await readMigrations(project);
  log(`${plural(migrationsList.migrationDirectories.length, "migration")} found in ${project.displayMigrationsDir}`);
  return withMigrationLock(target, async () => {
    const { appliedMigrationNames } = await withEngine(project, target, (engine) =>
      engine.applyMigrations({ migrationsList, filters: project.filters }),
    );
    return appliedMigrationNames;
  });
}

/**
 * `prisma migrate dev --name NAME`: applies pending migrations, stops on drift, then writes a new
 * migration from the schema diff (if any) and applies it.
 */
export async function migrateDev(name: string, url?: string, options: MigrateDevOptions = {}): Promise<MigrateDevResult> {
  const migrationName = normaliseMigrationName(name);
  const target = resolveTarget(url, options.root);
  const project = await loadProject(options.root, target.provider);
  const log = options.log ?? console.log;
  await prepareTarget(target);

  return withEngine(project, target, async (engine) => {
    const { filters } = project;
    let migrationsList = await readMigrations(project);
    const appliedPending: string[] = [];

    // The engine's diagnostics fail with P1014 until `_prisma_migrations` exists, so a fresh
    // database gets the existing migrations first.
    const before = await inspectDatabase(target);
    if (!before.hasMigrationsTable) {
      if (before.tables > 0) throw notManaged(target);
      appliedPending.push(...(await engine.applyMigrations({ migrationsList, filters })).appliedMigrationNames);
    }

    // devDiagnostic also sets up the shadow database that createMigration needs.
    const { action } = await engine.devDiagnostic({ migrationsList, filters });
    if (action.tag === "reset") {
      const how = target.provider === "sqlite" ? "delete it" : "drop and re-create it";
      throw new SchemaEngineError(
        `${action.reason}\nThe development database ${describeTarget(target)} must be reset: ${how} and run this command again. ` +
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
    const { script, triggers } =
      target.provider === "sqlite" ? keepTriggers(created.migrationScript, target.file) : { script: created.migrationScript, triggers: [] };
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
  const target = resolveTarget(url, options.root);
  const project = await loadProject(options.root, target.provider);
  const migrationsList = await readMigrations(project);
  const migrations = migrationsList.migrationDirectories.map((dir) => dir.path);
  const empty = { failed: [], edited: [], missingLocally: [], lastCommonMigration: null };
  const databaseFile = describeTarget(target);

  // Looking must not create the database.
  if (!(await targetExists(target))) {
    return {
      databaseFile,
      databaseExists: false,
      hasMigrationsTable: false,
      migrations,
      applied: [],
      pending: migrations,
      ...empty,
      upToDate: migrations.length === 0,
    };
  }

  const inspected = await inspectDatabase(target);
  if (!inspected.hasMigrationsTable) {
    // The engine cannot diagnose a database without `_prisma_migrations` (P1014).
    return {
      databaseFile,
      databaseExists: true,
      hasMigrationsTable: false,
      migrations,
      applied: [],
      pending: migrations,
      ...empty,
      upToDate: false,
    };
  }

  const diagnosis = await withEngine(project, target, (engine) =>
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
    databaseFile,
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
      diagnosis.hasMigrationsTable && pending.length === 0 && failed.length === 0 && edited.length === 0 && missingLocally.length === 0,
  };
}

export interface DriftOptions extends ProjectOptions {
  /** Which project to check. Default: sqlite. */
  provider?: DatabaseTarget["provider"];
  /**
   * PostgreSQL only: a server for the throw-away shadow database (a role with CREATEDB). Default:
   * TEST_POSTGRES_URL, else a throw-away cluster started for the check.
   */
  serverUrl?: string;
}

/**
 * Diffs the migrations folder (replayed into a throw-away shadow database) against the schema.
 * Drift means the schema has changes no migration covers. Never touches a real database.
 */
export async function checkDrift(options: DriftOptions = {}): Promise<DriftResult> {
  const provider = options.provider ?? "sqlite";
  const project = await loadProject(options.root, provider);
  const migrationsList = await readMigrations(project);
  const diff = (target: DatabaseTarget) =>
    withEngine(project, target, async (engine) => {
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
  if (provider === "sqlite") return diff({ provider, file: ":memory:" });
  if (options.serverUrl) return diff({ provider, url: options.serverUrl });
  const server = await startPostgres();
  try {
    return await diff({ provider, url: server.url });
  } finally {
    await server.stop();
  }
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
  if (!value.startsWith("file:")) throw new Error(`Not a SQLite URL (expected file:…): ${redactUrl(value)}`);
  const file = value.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(root, file);
}

/** The database a URL names (default DATABASE_URL, then the SQLite default). */
export function resolveTarget(url?: string, root: string = process.cwd()): DatabaseTarget {
  const value = url || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (isPostgresUrl(value)) return { provider: "postgres", url: value };
  return { provider: "sqlite", file: resolveDatabaseFile(value, root) };
}

/** A file path, or a PostgreSQL URL without its password, for messages. */
export function describeTarget(target: DatabaseTarget): string {
  return target.provider === "sqlite" ? target.file : redactUrl(target.url);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
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

async function loadProject(rootOption?: string, provider: DatabaseTarget["provider"] = "sqlite"): Promise<Project> {
  const root = path.resolve(rootOption ?? process.cwd());
  const configFile = provider === "postgres" ? POSTGRES_CONFIG : undefined;
  const loaded = await loadConfigFromFile({ configRoot: root, configFile });
  if (loaded.error) {
    const detail = "error" in loaded.error ? `: ${loaded.error.error.message}` : "";
    throw new Error(`Could not load ${configFile ?? "prisma.config.ts"} from ${root} (${loaded.error._tag})${detail}`);
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
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(".prisma"))
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

// The wasm-bindgen glue is a Node module with one global `wasm`: a second instance would replace
// the first under its feet. Test runners may load this file more than once per process (one module
// graph per Vitest project), so the instance and the queue of sessions live on globalThis.
const shared = globalThis as { trackerSchemaEngine?: { engineClass?: Promise<EngineClass>; queue: Promise<unknown> } };
const engineState = (shared.trackerSchemaEngine ??= { queue: Promise.resolve() });
const pendingTimers = new Set<NodeJS.Timeout>();
let activeSessions = 0;
let lastPanicMessage = "";

function loadEngineClass(): Promise<EngineClass> {
  engineState.engineClass ??= instantiateEngine().catch((error: unknown) => {
    engineState.engineClass = undefined;
    throw error;
  });
  return engineState.engineClass;
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
  // A Rust panic reports its message here before the RuntimeError is thrown (as in Prisma's CLI).
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => {
      lastPanicMessage = message;
      if (process.env.SCHEMA_ENGINE_DEBUG) console.error(`[schema-engine] panic: ${message}`);
    },
  };
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

/**
 * Runs `fn` with a fresh engine on `target`, then frees the engine, its connections and timers.
 * One engine session at a time per process, in the one WebAssembly instance.
 */
function withEngine<T>(project: Project, target: DatabaseTarget, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const run = engineState.queue.then(() => withEngineNow(project, target, fn));
  engineState.queue = run.catch(() => {});
  return run;
}

async function withEngineNow<T>(project: Project, target: DatabaseTarget, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const Engine = await loadEngineClass();
  const factory =
    target.provider === "sqlite" ? new SqliteMigrationAdapterFactory(target.file) : new PostgresMigrationAdapterFactory(target.url);
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
    const detail = lastPanicMessage ? `${lastPanicMessage} (${error.message})` : error.message;
    lastPanicMessage = "";
    return new SchemaEngineError(`The schema engine crashed (WebAssembly panic): ${detail}`, "PANIC");
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
class SqliteMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
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

/**
 * The pg adapter, as the engine needs it on PostgreSQL. Differences from PrismaPg as is:
 * - the schema describer selects columns of PostgreSQL's internal `"char"` type (OID 18), which the
 *   adapter cannot deserialize ("Column type 'char' could not be deserialized"): see readCharColumns;
 * - the pool gets host, port, user and database as separate fields: with `connectionString`, the
 *   adapter's shadow pool (`{ ...config, database }`) still connects to the main database;
 * - the temporary shadow database is created and dropped here: PrismaPg drops it before closing
 *   its pool (which fails) and leaves it behind.
 */
class PostgresMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  readonly #config: pg.PoolConfig;
  readonly #schema: string | undefined;
  readonly #opened: SqlDriverAdapter[] = [];
  readonly #shadowDatabases: string[] = [];

  constructor(url: string) {
    this.#config = poolConfig(url);
    this.#schema = new URL(url).searchParams.get("schema") ?? undefined;
    this.adapterName = new PrismaPg(this.#config).adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await new PrismaPg(this.#config, { schema: this.#schema }).connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await withPgClient(this.#config, (client) => client.query(`CREATE DATABASE "${database}"`));
    this.#shadowDatabases.push(database);
    return this.#track(await new PrismaPg({ ...this.#config, database }).connect());
  }

  async disposeAll(): Promise<void> {
    await Promise.allSettled(this.#opened.splice(0).map((adapter) => adapter.dispose()));
    const databases = this.#shadowDatabases.splice(0);
    if (databases.length === 0) return;
    await withPgClient(this.#config, async (client) => {
      for (const database of databases) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    });
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#opened.push(adapter);
    readCharColumns(adapter);
    // PrismaPg.executeScript splits a migration on every ";", which cuts a function body in
    // pieces, and sends the pieces to whichever pooled connection is free. PostgreSQL takes the
    // whole script as one simple query, on one connection, in one implicit transaction.
    const pgAdapter = adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool; onError(error: unknown): never };
    adapter.executeScript = async (script: string): Promise<void> => {
      try {
        await pgAdapter.underlyingDriver().query(script);
      } catch (error) {
        pgAdapter.onError(error);
      }
    };
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel): Promise<Transaction> => {
      const transaction = await startTransaction(isolationLevel);
      readCharColumns(transaction);
      return transaction;
    };
    return adapter;
  }
}

/**
 * adapter-pg has no column type for `"char"` (OID 18) and throws on it. Its private performIO
 * (under queryRaw and executeRaw) reports such columns as text so the row set is built, and
 * queryRaw then marks them as Character, which is what the engine reads them as.
 */
function readCharColumns(queryable: SqlDriverAdapter | Transaction): void {
  const io = queryable as unknown as { performIO?: (query: SqlQuery) => Promise<pg.QueryArrayResult> };
  const performIO = io.performIO?.bind(queryable);
  if (!performIO) throw new Error("@prisma/adapter-pg changed: performIO not found (see readCharColumns)");
  const charColumns = new WeakMap<unknown[], number[]>();
  io.performIO = async (query) => {
    const result = await performIO(query);
    const columns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      columns.push(index);
    });
    if (columns.length > 0) charColumns.set(result.rows, columns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** A pg pool config with each part of the URL as its own field (see the factory above). */
export function poolConfig(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

async function withPgClient<T>(config: pg.ClientConfig, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** SQLite: the file's folder exists. PostgreSQL: the database exists (created if missing). */
async function prepareTarget(target: DatabaseTarget): Promise<void> {
  if (target.provider === "sqlite") {
    if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
    return;
  }
  if (await targetExists(target)) return;
  const config = poolConfig(target.url);
  try {
    await withPgClient({ ...config, database: "postgres" }, (client) =>
      client.query(`CREATE DATABASE ${client.escapeIdentifier(config.database ?? "")}`),
    );
  } catch (error) {
    // Another instance may have created it meanwhile (duplicate_database, or unique_violation
    // when both CREATE DATABASE statements ran at the same moment).
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw error;
  }
}

async function targetExists(target: DatabaseTarget): Promise<boolean> {
  if (target.provider === "sqlite") return target.file === ":memory:" || existsSync(target.file);
  try {
    await withPgClient(poolConfig(target.url), async () => {});
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "3D000") return false; // invalid_catalog_name
    throw error;
  }
}

/**
 * Holds a PostgreSQL advisory lock (session level, on its own connection) while `fn` runs, so
 * that instances starting together apply migrations one after the other. SQLite needs none: one
 * process serves one file.
 */
async function withMigrationLock<T>(target: DatabaseTarget, fn: () => Promise<T>): Promise<T> {
  if (target.provider === "sqlite") return fn();
  return withPgClient(poolConfig(target.url), async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

/** Counts the tables and looks for `_prisma_migrations` (never creates the database). */
async function inspectDatabase(target: DatabaseTarget): Promise<{ tables: number; hasMigrationsTable: boolean }> {
  if (target.provider === "postgres") {
    const config = poolConfig(target.url);
    const schema = new URL(target.url).searchParams.get("schema") ?? "public";
    const names = await withPgClient(config, async (client) => {
      const { rows } = await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
        [schema],
      );
      return rows.map((row) => row.name);
    });
    return { tables: names.length, hasMigrationsTable: names.includes(MIGRATIONS_TABLE) };
  }
  const file = target.file;
  if (file === ":memory:" || !existsSync(file)) return { tables: 0, hasMigrationsTable: false };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
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
    all = db.prepare("SELECT name, tbl_name AS \"table\", sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid").all() as {
      name: string;
      table: string;
      sql: string;
    }[];
  } finally {
    db.close();
  }
  const affected = all.filter((trigger) => redefined.some((table) => trigger.table === table || mentionsIdentifier(trigger.sql, table)));
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

function notManaged(target: DatabaseTarget): SchemaEngineError {
  return new SchemaEngineError(
    `The database ${describeTarget(target)} has tables but no ${MIGRATIONS_TABLE} table, so it is not managed by migrations. ` +
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
