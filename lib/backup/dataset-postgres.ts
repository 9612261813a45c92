// The JSON data set (lib/backup/dataset.ts) on PostgreSQL: the same file, written from and loaded
// into a PostgreSQL database, so `export:json` on SQLite and `import:json` on PostgreSQL move a
// whole installation with its ids, revisions and permalinks (and back).
import { createWriteStream, existsSync, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { dict } from "@/lib/collections/dict";
import {
  checkedTables,
  DATASET_FORMAT,
  DATASET_TABLES,
  DATASET_VERSION,
  DatasetError,
  exportRow,
  isOtherEngineMigration,
  readDataset,
  UNUSABLE_PASSWORD_HASH,
  write,
  type DatasetMeta,
  type ExportResult,
  type ImportResult,
} from "./dataset";

const TIMESTAMP_OID = 1114; // timestamp without time zone: Prisma's DateTime, in UTC

/** A client that reads instants as the UTC text they are (pg would read them in local time). */
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format: "text" | "binary") =>
        oid === TIMESTAMP_OID ? (value: string) => `${value.replace(" ", "T")}Z` : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  await client.connect();
  return client;
}

async function schemaVersion(client: pg.Client): Promise<string | null> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return null;
  const result = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`,
  );
  return result.rows[0]?.name ?? null;
}

/** The highest id each table's sequence has handed out (tables that never had a row are left out). */
async function sequences(client: pg.Client): Promise<Record<string, number>> {
  const out = dict<number>();
  for (const table of DATASET_TABLES) {
    if (!("id" in table.columns)) continue;
    const name = await client.query<{ seq: string | null }>(`SELECT pg_get_serial_sequence($1, 'id') AS seq`, [`"${table.name}"`]);
    const sequence = name.rows[0]?.seq;
    if (!sequence) continue;
    const state = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${sequence}`);
    if (state.rows[0]?.is_called) out[table.name] = Number(state.rows[0].last_value);
  }
  return out;
}

/**
 * Writes the data set of the PostgreSQL database at `url` to `outFile`, in the very layout the
 * SQLite export writes. One read-only, repeatable-read transaction: a consistent snapshot while
 * the app keeps writing.
 */
export async function exportPostgresDataset(
  url: string,
  outFile: string,
  options: { withEmails?: boolean; force?: boolean } = {},
): Promise<ExportResult> {
  const target = path.resolve(outFile);
  if (existsSync(target) && !options.force) throw new DatasetError(`${target} already exists; pass --force to replace it.`);
  const partial = `${target}.partial-${process.pid}`;
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const schema = await schemaVersion(client);
    if (!schema) throw new DatasetError("The database has no applied migrations: nothing to export.");
    const meta: DatasetMeta = {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      schema,
      userEmails: options.withEmails ?? false,
      sequences: await sequences(client),
    };
    const rows = dict<number>();
    const out = createWriteStream(partial, { encoding: "utf8" });
    const closed = once(out, "close");
    try {
      await write(out, `{"meta":${JSON.stringify(meta)},\n"tables":{\n`);
      for (const [index, table] of DATASET_TABLES.entries()) {
        await write(out, `${JSON.stringify(table.name)}:[\n`);
        const orderBy = table.orderBy
          .split(",")
          .map((column) => `"${column.trim()}"`)
          .join(", ");
        // A cursor, so a table of any size is read a batch at a time.
        await client.query(`DECLARE dataset_rows NO SCROLL CURSOR FOR SELECT * FROM "${table.name}" ORDER BY ${orderBy}`);
        let count = 0;
        for (;;) {
          const batch = await client.query("FETCH 1000 FROM dataset_rows");
          for (const row of batch.rows) {
            await write(out, `${count > 0 ? ",\n" : ""}${JSON.stringify(exportRow(table, row, meta.userEmails))}`);
            count++;
          }
          if (batch.rows.length < 1000) break;
        }
        await client.query("CLOSE dataset_rows");
        rows[table.name] = count;
        await write(out, `${count > 0 ? "\n" : ""}]${index < DATASET_TABLES.length - 1 ? "," : ""}\n`);
      }
      await write(out, "}}\n");
    } finally {
      out.end();
      await closed;
    }
    await client.query("COMMIT");
    renameSync(partial, target);
    return { file: target, rows };
  } finally {
    rmSync(partial, { force: true });
    await client.end();
  }
}

// Rows are sent many to a statement: one round trip per row made a large data set's load take
// minutes (about 5,000 rows a second). PostgreSQL takes at most 65,535 parameters per statement.
const BATCH_PARAMETERS = 30_000;
const BATCH_ROWS = 1_000;

/** Consecutive rows of one table with the same columns, inserted by one multi-row INSERT. */
class InsertBatch {
  private table = "";
  private columns: string[] = [];
  private values: unknown[] = [];
  private count = 0;

  constructor(private readonly client: pg.Client) {}

  async add(table: string, columns: string[], row: Record<string, unknown>): Promise<void> {
    if (table !== this.table || columns.join() !== this.columns.join()) {
      await this.flush();
      this.table = table;
      this.columns = columns;
    }
    for (const column of columns) this.values.push(row[column]);
    this.count++;
    if (this.count >= BATCH_ROWS || this.values.length + columns.length > BATCH_PARAMETERS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    const width = this.columns.length;
    const tuples = Array.from({ length: this.count }, (_, row) => `(${this.columns.map((_, i) => `$${row * width + i + 1}`).join(", ")})`);
    const sql = `INSERT INTO "${this.table}" (${this.columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
    const values = this.values;
    this.values = [];
    this.count = 0;
    await this.client.query(sql, values).catch((error: Error & { code?: string }) => {
      // 23503: a foreign key names a record the data set does not contain.
      if (error.code === "23503") throw new DatasetError(`The data set refers to records it does not contain (${error.message}).`);
      // 23505: two rows share what a unique index allows once.
      if (error.code === "23505")
        throw new DatasetError(`The data set holds two ${this.table} records that must differ (${error.message}).`);
      throw error;
    });
  }
}

// The tables whose triggers keep the search index, the facet counts and the data version. They
// are set aside during a load (each trigger would recompute a statement once per claim, stance
// and source) and everything they keep is computed once at the end, as the migrations do.
const TRIGGERED_TABLES = [
  "Statement",
  "Stance",
  "Claim",
  "StatementSource",
  "Source",
  "Person",
  "PersonAlias",
  "PersonRole",
  "Topic",
  "Event",
];

/**
 * Loads a data set into the PostgreSQL database at `url`, which must be migrated and hold no
 * records. One transaction: it all arrives, or nothing does.
 */
export async function importPostgresDataset(file: string, url: string): Promise<ImportResult> {
  if (!existsSync(file)) throw new DatasetError(`There is no file at ${file}.`);
  const client = await connect(url);
  const rows = dict<number>();
  try {
    const applied = await schemaVersion(client);
    if (!applied) throw new DatasetError("The database is not migrated; run the migrations first.");
    await client.query("BEGIN");
    try {
      // Nobody else writes while the load runs (and the emptiness check below stays true).
      await client.query(`LOCK TABLE ${checkedTables.map((t) => `"${t}"`).join(", ")} IN EXCLUSIVE MODE`);
      const occupied: string[] = [];
      for (const table of checkedTables) if ((await client.query(`SELECT 1 FROM "${table}" LIMIT 1`)).rowCount) occupied.push(table);
      if (occupied.length > 0)
        throw new DatasetError(`The database is not empty (${occupied.join(", ")} hold records); import only into an empty database.`);
      for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);

      const specs = new Map(DATASET_TABLES.map((t) => [t.name, t]));
      const batch = new InsertBatch(client);
      let meta: DatasetMeta | null = null;
      let previous = -1;
      for await (const item of readDataset(file)) {
        if (item.kind === "meta") {
          meta = item.meta;
          if (meta.format !== DATASET_FORMAT || meta.version !== DATASET_VERSION)
            throw new DatasetError(`${file} is not a version ${DATASET_VERSION} data set of this app.`);
          const known = await client.query(
            `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
            [meta.schema],
          );
          if (!known.rowCount && !isOtherEngineMigration(meta.schema, "sqlite"))
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
          row.disabled = Boolean(row.disabled);
        }
        const columns = Object.keys(row);
        if (columns.some((column) => !/^\w+$/.test(column))) throw new DatasetError(`${file} has a malformed column name in ${spec.name}.`);
        await batch.add(spec.name, columns, row);
        rows[spec.name] = (rows[spec.name] ?? 0) + 1;
      }
      await batch.flush();
      if (!meta) throw new DatasetError(`${file} has no meta record.`);

      for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
      await client.query(`INSERT INTO "statement_search" ("statementId", "document")
        SELECT s."id", statement_search_document(s."id") FROM "Statement" AS s`);
      await client.query(`INSERT INTO "facet_count_statement" ("statementId", "dimension", "value", "month")
        SELECT s."id", r.d, r.v, r.m FROM "Statement" AS s CROSS JOIN LATERAL facet_count_rows(s."id") AS r`);
      await client.query(`INSERT INTO "FacetCount" ("dimension", "value", "month", "count")
        SELECT "dimension", "value", "month", COUNT(*) FROM "facet_count_statement" GROUP BY "dimension", "value", "month"`);
      await client.query(`UPDATE "data_version" SET "version" = "version" + 1`);
      // The page cache's triggers were set aside too: 'catalog' is among every cached page's tags.
      await client.query(`SELECT cache_tag_touch(ARRAY['catalog', 'statements'])`);
      // Ids already handed out (by the source's sequences, or taken by the rows) are never handed out again.
      for (const table of DATASET_TABLES) {
        if (!("id" in table.columns)) continue;
        const highest = Math.max(meta.sequences[table.name] ?? 0, 0);
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT COALESCE(MAX("id"), 0) FROM "${table.name}"), $2::bigint, 1),
             GREATEST((SELECT COALESCE(MAX("id"), 0) FROM "${table.name}"), $2::bigint) > 0)`,
          [`"${table.name}"`, highest],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return { rows, accounts: rows.User ?? 0 };
  } finally {
    await client.end();
  }
}
