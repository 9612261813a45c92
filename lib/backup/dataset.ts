// The whole data set as one JSON file, and back: every record of every table the app keeps,
// drafts, deleted records and revisions included, with their ids, so permalinks and the revision
// history stay valid after a restore. Exporting again from the restored database gives the same
// bytes: tables and columns in a fixed order, rows by primary key, instants as ISO UTC.
//
// Never exported: password hashes, sessions, sign-in attempts (credentials and traffic records),
// and by default the accounts' email addresses. Accounts appear as id, name, role and status,
// which is what the revision history needs to name who changed what; the emails in account
// revisions are redacted too. An import creates such accounts with a placeholder email and a
// password hash no password matches; `--with-emails` keeps the real addresses (for moving a
// whole installation), but passwords must be set again either way.
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { dict } from "@/lib/collections/dict";
import { backupDatabase } from "./snapshot";

type ColumnType = "value" | "instant" | "boolean";

export interface TableSpec {
  name: string;
  orderBy: string;
  columns: Record<string, ColumnType>;
}

const v = "value" as const;
const instant = "instant" as const;

/** In insertion order: every table comes after the tables it refers to. */
export const DATASET_TABLES: TableSpec[] = [
  {
    name: "Person",
    orderBy: "id",
    columns: { id: v, slug: v, name: v, description: v, createdAt: instant, updatedAt: instant, deletedAt: instant, version: v },
  },
  { name: "PersonAlias", orderBy: "id", columns: { id: v, personId: v, alias: v } },
  { name: "PersonRole", orderBy: "id", columns: { id: v, personId: v, title: v, organisation: v, startDate: v, endDate: v } },
  {
    name: "Source",
    orderBy: "id",
    columns: {
      id: v,
      url: v,
      title: v,
      outlet: v,
      kind: v,
      publishedOn: v,
      retrievedOn: v,
      snapshotText: v,
      snapshotSha256: v,
      fetchedAt: instant,
      fetchedSha256: v,
      notes: v,
      createdAt: instant,
      updatedAt: instant,
      deletedAt: instant,
      version: v,
    },
  },
  {
    name: "Event",
    orderBy: "id",
    columns: { id: v, name: v, kind: v, location: v, date: v, createdAt: instant, updatedAt: instant, deletedAt: instant, version: v },
  },
  {
    name: "Topic",
    orderBy: "id",
    columns: {
      id: v,
      slug: v,
      name: v,
      description: v,
      proposition: v,
      createdAt: instant,
      updatedAt: instant,
      deletedAt: instant,
      version: v,
    },
  },
  { name: "User", orderBy: "id", columns: { id: v, name: v, role: v, disabled: "boolean", createdAt: instant, updatedAt: instant } },
  {
    name: "Statement",
    orderBy: "id",
    columns: {
      id: v,
      speakerId: v,
      dateStart: v,
      dateEnd: v,
      datePrecision: v,
      dateSort: v,
      eventId: v,
      kind: v,
      text: v,
      context: v,
      language: v,
      status: v,
      createdById: v,
      updatedById: v,
      createdAt: instant,
      updatedAt: instant,
      deletedAt: instant,
      version: v,
    },
  },
  {
    name: "StatementSource",
    orderBy: "statementId, sourceId",
    columns: {
      statementId: v,
      sourceId: v,
      position: v,
      quoteStart: v,
      quoteEnd: v,
      anchorExact: v,
      anchorPrefix: v,
      anchorSuffix: v,
      page: v,
      timestamp: v,
      rendering: v,
    },
  },
  { name: "Stance", orderBy: "statementId, topicId", columns: { statementId: v, topicId: v, stance: v, hedging: v, shiftNote: v } },
  {
    name: "Claim",
    orderBy: "id",
    columns: { id: v, statementId: v, position: v, text: v, kind: v, value: v, unit: v, status: v, note: v, evidenceUrl: v },
  },
  { name: "StatementRelation", orderBy: "fromId, toId, type", columns: { fromId: v, toId: v, type: v, note: v, position: v } },
  { name: "Revision", orderBy: "id", columns: { id: v, entity: v, entityId: v, action: v, actorId: v, createdAt: instant, changes: v } },
];

/** What the data set leaves out on purpose (a test checks every table and column is either in or here). */
export const NOT_EXPORTED = {
  // FacetCount is derived: the triggers that keep it fill it again as an import inserts the rows.
  // CacheTag holds the page cache's change numbers, which the import's own writes advance.
  tables: [
    "FacetCount",
    "CacheTag",
    "Session",
    "LoginAttempt",
    "_prisma_migrations",
    "sqlite_sequence",
    "statement_fts",
    "statement_fts_config",
    "statement_fts_content",
    "statement_fts_data",
    "statement_fts_docsize",
    "statement_fts_idx",
  ],
  columns: { User: ["email", "passwordHash"] } as Record<string, string[]>,
};

export const DATASET_FORMAT = "statement-tracker-dataset";
export const DATASET_VERSION = 1;
/** No password matches it (verifyPassword wants "scrypt$…"): restored accounts sign in only after a reset. */
export const UNUSABLE_PASSWORD_HASH = "!restored-without-password";
const REDACTED = "(not exported)";

export interface DatasetMeta {
  format: typeof DATASET_FORMAT;
  version: number;
  /** The last migration of the database it came from. */
  schema: string;
  userEmails: boolean;
  /** sqlite_sequence: ids AUTOINCREMENT has handed out, so a restore never reuses one. */
  sequences: Record<string, number>;
}

export type Row = Record<string, unknown>;

export class DatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetError";
  }
}

// ---------------------------------------------------------------------------------------------
// Values

/** Prisma stores instants as ISO text; bulk loads may have stored epoch milliseconds. */
function exportInstant(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
  if (Number.isNaN(date.getTime())) throw new DatasetError(`Not an instant: ${String(value)}`);
  return date.toISOString();
}

/** The text form Prisma's SQLite adapter writes, so restored rows look like the app's own. */
const storeInstant = (value: unknown) => (value === null ? null : new Date(value as string).toISOString().replace(/Z$/, "+00:00"));

function redactEmails(changes: string): string {
  const parsed = JSON.parse(changes) as Record<string, { before?: unknown; after?: unknown }>;
  if (!parsed || typeof parsed !== "object" || !("email" in parsed)) return changes;
  const field = parsed.email ?? {};
  parsed.email = Object.fromEntries(Object.entries(field).map(([side, value]) => [side, value === null ? null : REDACTED]));
  return JSON.stringify(parsed);
}

export function exportRow(table: TableSpec, row: Row, withEmails: boolean): Row {
  const out: Row = {};
  for (const [column, type] of Object.entries(table.columns)) {
    const value = row[column];
    out[column] =
      type === "instant"
        ? exportInstant(value)
        : type === "boolean"
          ? value === 1 || value === true
          : typeof value === "bigint"
            ? Number(value)
            : value;
  }
  if (table.name === "User" && withEmails) out.email = row.email;
  if (table.name === "Revision" && row.entity === "User" && !withEmails) out.changes = redactEmails(String(row.changes));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading a database

const MIGRATION_FOLDERS = { sqlite: "prisma/migrations", postgres: "prisma/postgres/migrations" } as const;

/**
 * Whether `name` is a migration of the other engine that this version of the app has: a data set
 * exported from SQLite names a SQLite migration, which a PostgreSQL database never records. Both
 * engines' migrations come from the same models, so the columns of such a data set are ones this
 * version's database has (or, from an older version, fewer: the rest take their defaults).
 */
export function isOtherEngineMigration(name: string, other: keyof typeof MIGRATION_FOLDERS): boolean {
  return /^\w+$/.test(name) && existsSync(path.join(process.cwd(), MIGRATION_FOLDERS[other], name, "migration.sql"));
}

/** The newest migration applied to a database: what its tables look like. */
export function schemaVersion(db: Database.Database): string | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!exists) return null;
  const row = db
    .prepare(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1",
    )
    .get() as { name: string } | undefined;
  return row?.name ?? null;
}

export async function write(out: NodeJS.WritableStream, text: string) {
  if (!out.write(text)) await once(out, "drain");
}

export interface ExportResult {
  file: string;
  rows: Record<string, number>;
}

/**
 * Writes the data set of the database at `dbFile` to `outFile`. It reads from a snapshot taken
 * with VACUUM INTO (lib/backup/snapshot.ts), so the app can keep writing meanwhile and the file is
 * consistent (no claim of a statement that is not in it).
 */
export async function exportDataset(
  dbFile: string,
  outFile: string,
  options: { withEmails?: boolean; force?: boolean } = {},
): Promise<ExportResult> {
  const target = path.resolve(outFile);
  if (existsSync(target) && !options.force) throw new DatasetError(`${target} already exists; pass --force to replace it.`);
  const snapshot = path.join(tmpdir(), `tracker-export-${process.pid}-${Date.now().toString(36)}.db`);
  const partial = `${target}.partial-${process.pid}`;
  try {
    backupDatabase(dbFile, snapshot, { check: false });
    const db = new Database(snapshot, { readonly: true });
    const rows = dict<number>();
    try {
      const schema = schemaVersion(db);
      if (!schema) throw new DatasetError("The database has no applied migrations: nothing to export.");
      const sequenceRows = db.prepare("SELECT name, seq FROM sqlite_sequence ORDER BY name").all() as { name: string; seq: number }[];
      const exported = new Set(DATASET_TABLES.map((t) => t.name));
      const meta: DatasetMeta = {
        format: DATASET_FORMAT,
        version: DATASET_VERSION,
        schema,
        userEmails: options.withEmails ?? false,
        sequences: Object.fromEntries(sequenceRows.filter((r) => exported.has(r.name)).map((r) => [r.name, Number(r.seq)])),
      };
      const out = createWriteStream(partial, { encoding: "utf8" });
      const closed = once(out, "close");
      try {
        // One record per line, so the file streams in and out and diffs line by line.
        await write(out, `{"meta":${JSON.stringify(meta)},\n"tables":{\n`);
        for (const [index, table] of DATASET_TABLES.entries()) {
          await write(out, `${JSON.stringify(table.name)}:[\n`);
          let count = 0;
          const select = db.prepare(`SELECT * FROM "${table.name}" ORDER BY ${table.orderBy}`);
          for (const row of select.iterate() as IterableIterator<Row>) {
            await write(out, `${count > 0 ? ",\n" : ""}${JSON.stringify(exportRow(table, row, meta.userEmails))}`);
            count++;
          }
          rows[table.name] = count;
          await write(out, `${count > 0 ? "\n" : ""}]${index < DATASET_TABLES.length - 1 ? "," : ""}\n`);
        }
        await write(out, "}}\n");
      } finally {
        out.end();
        await closed;
      }
    } finally {
      db.close();
    }
    renameSync(partial, target);
    return { file: target, rows };
  } finally {
    rmSync(snapshot, { force: true });
    rmSync(partial, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a data set file

export type DatasetItem = { kind: "meta"; meta: DatasetMeta } | { kind: "row"; table: string; row: Row };

/**
 * The file's meta, then its rows table by table. Files in the layout exportDataset writes are
 * read line by line (any size); other valid JSON (say, reformatted by hand) is parsed whole.
 */
export async function* readDataset(file: string): AsyncGenerator<DatasetItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const first = await iterator.next();
    const header = first.done ? null : /^\{"meta":(.*),$/.exec(first.value);
    if (!header) {
      yield* readWhole(file);
      return;
    }
    yield { kind: "meta", meta: JSON.parse(header[1]!) as DatasetMeta };
    const expect = async (pattern: RegExp) => {
      const next = await iterator.next();
      const match = next.done ? null : pattern.exec(next.value);
      if (!match) throw new DatasetError(`Unexpected line in ${file}: ${next.done ? "end of file" : next.value.slice(0, 80)}`);
      return match;
    };
    await expect(/^"tables":\{$/);
    for (;;) {
      const next = await iterator.next();
      if (next.done) throw new DatasetError(`${file} ends early.`);
      if (next.value === "}}") return;
      const start = /^"(\w+)":\[$/.exec(next.value);
      if (!start) throw new DatasetError(`Unexpected line in ${file}: ${next.value.slice(0, 80)}`);
      const table = start[1]!;
      for (;;) {
        const line = await iterator.next();
        if (line.done) throw new DatasetError(`${file} ends early.`);
        if (line.value === "]" || line.value === "],") break;
        const text = line.value.endsWith(",") ? line.value.slice(0, -1) : line.value;
        yield { kind: "row", table, row: JSON.parse(text) as Row };
      }
    }
  } finally {
    lines.close();
  }
}

function* readWhole(file: string): Generator<DatasetItem> {
  let parsed: { meta?: DatasetMeta; tables?: Record<string, Row[]> };
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DatasetError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!parsed.meta || !parsed.tables) throw new DatasetError(`${file} is not a data set written by export:json.`);
  yield { kind: "meta", meta: parsed.meta };
  for (const [table, rows] of Object.entries(parsed.tables)) for (const row of rows) yield { kind: "row", table, row };
}

// ---------------------------------------------------------------------------------------------
// Importing

export const checkedTables = [...DATASET_TABLES.map((t) => t.name), "Session", "LoginAttempt"];

export interface ImportResult {
  rows: Record<string, number>;
  /** Accounts created without a usable password (and, without --with-emails, with placeholder emails). */
  accounts: number;
}

/**
 * Loads a data set into the database at `dbFile`, which must be migrated (to at least the data
 * set's schema) and hold no records. One transaction: it all arrives, or nothing does.
 */
export async function importDataset(file: string, dbFile: string): Promise<ImportResult> {
  if (!existsSync(file)) throw new DatasetError(`There is no file at ${file}.`);
  const db = new Database(dbFile, { fileMustExist: true, timeout: 10_000 });
  const rows = dict<number>();
  try {
    db.pragma("foreign_keys = ON");
    const applied = schemaVersion(db);
    if (!applied) throw new DatasetError("The database is not migrated; run the migrations first.");
    const occupied = checkedTables.filter((table) => db.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get());
    if (occupied.length > 0)
      throw new DatasetError(`The database is not empty (${occupied.join(", ")} hold records); import only into an empty database.`);

    const specs = new Map(DATASET_TABLES.map((t) => [t.name, t]));
    const inserts = new Map<string, Database.Statement>();
    let meta: DatasetMeta | null = null;
    let previous = -1;
    db.exec("BEGIN IMMEDIATE");
    try {
      // Checked once, at COMMIT: rows may refer to rows that come later (a statement's editor).
      db.pragma("defer_foreign_keys = ON");
      // The search index's triggers would rebuild a statement's row for each of its claims and
      // sources; they are set aside during the load and the index is built once at the end.
      const searchTriggers = db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'statement_fts_%'")
        .all() as { name: string; sql: string }[];
      for (const trigger of searchTriggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      for await (const item of readDataset(file)) {
        if (item.kind === "meta") {
          meta = item.meta;
          if (meta.format !== DATASET_FORMAT || meta.version !== DATASET_VERSION)
            throw new DatasetError(`${file} is not a version ${DATASET_VERSION} data set of this app.`);
          const known = db
            .prepare("SELECT 1 FROM _prisma_migrations WHERE migration_name = ? AND finished_at IS NOT NULL AND rolled_back_at IS NULL")
            .get(meta.schema);
          if (!known && !isOtherEngineMigration(meta.schema, "postgres"))
            throw new DatasetError(
              `The data set was exported at migration ${meta.schema}, which this database (at ${applied}) does not have.`,
            );
          continue;
        }
        if (!meta) throw new DatasetError(`${file} has no meta record.`);
        const spec = specs.get(item.table);
        if (!spec) throw new DatasetError(`${file} has a table this app does not import: ${item.table}.`);
        const order = DATASET_TABLES.indexOf(spec);
        if (order < previous) throw new DatasetError(`${file} lists ${item.table} out of order.`);
        previous = order;
        const row = { ...item.row };
        if (spec.name === "User") {
          row.email = typeof row.email === "string" && row.email ? row.email : `user-${String(row.id)}@restored.invalid`;
          row.passwordHash = UNUSABLE_PASSWORD_HASH;
          row.disabled = row.disabled ? 1 : 0;
        }
        for (const [column, type] of Object.entries(spec.columns)) if (type === "instant") row[column] = storeInstant(row[column] ?? null);
        const columns = Object.keys(row);
        const key = `${spec.name}:${columns.join(",")}`;
        let insert = inserts.get(key);
        if (!insert) {
          insert = db.prepare(
            `INSERT INTO "${spec.name}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
          );
          inserts.set(key, insert);
        }
        insert.run(row);
        rows[spec.name] = (rows[spec.name] ?? 0) + 1;
      }
      if (!meta) throw new DatasetError(`${file} has no meta record.`);
      for (const trigger of searchTriggers) db.exec(trigger.sql);
      // Touching every statement's text fires the migration's own update trigger, which writes its search row.
      db.exec(`UPDATE "Statement" SET "text" = "text"`);
      const setSequence = db.prepare("UPDATE sqlite_sequence SET seq = MAX(seq, @seq) WHERE name = @name");
      const addSequence = db.prepare(
        "INSERT INTO sqlite_sequence (name, seq) SELECT @name, @seq WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = @name)",
      );
      for (const [name, seq] of Object.entries(meta.sequences)) {
        if (!specs.has(name)) continue;
        setSequence.run({ name, seq });
        addSequence.run({ name, seq });
      }
      const broken = db.prepare("PRAGMA foreign_key_check").all();
      if (broken.length > 0)
        throw new DatasetError(
          `The data set refers to records it does not contain (${broken.length} references, e.g. ${JSON.stringify(broken[0])}).`,
        );
      db.exec("COMMIT");
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
    return { rows, accounts: rows.User ?? 0 };
  } finally {
    db.close();
  }
}
