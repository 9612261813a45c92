// The few SQL fragments that differ between SQLite and PostgreSQL, so raw queries are written once.
// Everything else is common SQL as both engines read it, with every identifier double-quoted:
// PostgreSQL folds unquoted names to lower case ("Statement" is not statement).
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FtsQuery } from "@/lib/search/fts-query";
import { databaseProvider, type DatabaseProvider } from "./url";

export interface SearchHighlightRow {
  id: bigint | number;
  /** The statement's text with every match between the marks. */
  text: string;
  /** The best fragment of its claims' and its sources' texts, marked the same way. */
  claims: string | null;
  sources: string | null;
}

export interface Dialect {
  readonly provider: DatabaseProvider;
  /** A subquery of the ids of the statements a search matches (among `among`, when given): `s."id" IN (${…})`. */
  searchMatchIds(query: FtsQuery, among?: number[]): Prisma.Sql;
  /** A query of one row `{ n }`: how many statements the search matches. */
  searchMatchCount(query: FtsQuery): Prisma.Sql;
  /** A query of SearchHighlightRow for the given statements that match. */
  searchHighlights(query: FtsQuery, ids: number[], open: string, close: string): Prisma.Sql;
  /** Whole days from one ISO date (`YYYY-MM-DD` text) to another. */
  daysBetween(from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql;
  /** A FacetCount `span` value: the days of a statement's interval, zero-padded to six digits. */
  spanValue(alias: string): Prisma.Sql;
  /** Whether a text column starts with `prefix`, in a form the engine can answer from an index. */
  startsWith(column: Prisma.Sql, prefix: string): Prisma.Sql;
  /** A subquery of the integers in a JSON array bound as one parameter (any length). */
  idsFromJson(json: string): Prisma.Sql;
  /** One JSON object (name → expression) as text. */
  jsonObject(fields: Record<string, Prisma.Sql>): Prisma.Sql;
  /** An aggregate: the rows' objects (name → expression) as JSON array text, `[]` for none. */
  jsonArray(fields: Record<string, Prisma.Sql>, orderBy: Prisma.Sql): Prisma.Sql;
  /** An id compared so that the engine does not drive the query from its index (SQLite's unary +). */
  unindexed(column: Prisma.Sql): Prisma.Sql;
  /** An aggregate: the distinct values of a text expression joined by commas (in no set order), NULL for none. */
  distinctList(expression: Prisma.Sql): Prisma.Sql;
  /**
   * Statements that make the transaction they run in wait for any other transaction that named
   * one of the same keys, until it ends: a check-then-write (the sign-in limits) then cannot be
   * raced. PostgreSQL runs transactions side by side (transaction-level advisory locks, taken in
   * one order so two of them never wait on each other); SQLite runs one writer at a time already.
   */
  serializeOn(keys: string[]): Prisma.Sql[];
}

/** A signed 64-bit advisory lock key for a text, as a decimal string. */
const lockKey = (key: string) => createHash("sha256").update(key).digest().readBigInt64BE(0);

const jsonFields = (fields: Record<string, Prisma.Sql>) =>
  Prisma.join(
    Object.entries(fields).map(([name, value]) => Prisma.sql`${Prisma.raw(`'${name.replace(/[^A-Za-z0-9_]/g, "")}'`)}, ${value}`),
    ", ",
  );

const column = (alias: string, name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL table alias: ${alias}`);
  return Prisma.raw(`${alias}."${name}"`);
};

const sqlite: Dialect = {
  provider: "sqlite",
  searchMatchIds: (query, among) =>
    Prisma.sql`SELECT rowid FROM statement_fts WHERE statement_fts MATCH ${query.match} ${among ? Prisma.sql`AND rowid IN (${Prisma.join(among)})` : Prisma.empty}`,
  searchMatchCount: (query) => Prisma.sql`SELECT COUNT(*) AS n FROM statement_fts WHERE statement_fts MATCH ${query.match}`,
  searchHighlights: (query, ids, open, close) => Prisma.sql`
    SELECT rowid AS id,
      highlight(statement_fts, 0, ${open}, ${close}) AS text,
      snippet(statement_fts, 1, ${open}, ${close}, '…', 16) AS claims,
      snippet(statement_fts, 2, ${open}, ${close}, '…', 16) AS sources
    FROM statement_fts WHERE statement_fts MATCH ${query.match} AND rowid IN (${Prisma.join(ids)})`,
  daysBetween: (from, to) => Prisma.sql`CAST(julianday(${to}) - julianday(${from}) AS INTEGER)`,
  spanValue: (alias) =>
    Prisma.sql`printf('%06d', CAST(round(julianday(${column(alias, "dateEnd")}) - julianday(${column(alias, "dateStart")})) AS INTEGER))`,
  startsWith: (col, prefix) => Prisma.sql`${col} >= ${prefix} AND ${col} < ${prefix + "\uffff"}`,
  idsFromJson: (json) => Prisma.sql`SELECT value FROM json_each(${json})`,
  jsonObject: (fields) => Prisma.sql`json_object(${jsonFields(fields)})`,
  jsonArray: (fields, orderBy) => Prisma.sql`json_group_array(json_object(${jsonFields(fields)}) ORDER BY ${orderBy})`,
  unindexed: (col) => Prisma.sql`+${col}`,
  distinctList: (expression) => Prisma.sql`group_concat(DISTINCT ${expression})`,
  serializeOn: () => [],
};

// statement_search and the statement_words configuration come from the hand-written migration
// prisma/postgres/migrations/*_statement_search.
const tsquery = (query: FtsQuery) => Prisma.sql`to_tsquery('statement_words', ${query.tsquery})`;

const postgres: Dialect = {
  provider: "postgres",
  searchMatchIds: (query, among) =>
    Prisma.sql`SELECT "statementId" FROM "statement_search" WHERE "document" @@ ${tsquery(query)}
      ${among ? Prisma.sql`AND "statementId" IN (${Prisma.join(among)})` : Prisma.empty}`,
  searchMatchCount: (query) => Prisma.sql`SELECT COUNT(*) AS n FROM "statement_search" WHERE "document" @@ ${tsquery(query)}`,
  searchHighlights: (query, ids, open, close) => {
    const all = `StartSel=${open}, StopSel=${close}, HighlightAll=true`;
    const fragment = `StartSel=${open}, StopSel=${close}, MaxFragments=1, MaxWords=16, MinWords=4, FragmentDelimiter=…`;
    const q = tsquery(query);
    return Prisma.sql`
      SELECT s."id",
        ts_headline('statement_words', s."text", ${q}, ${all}) AS text,
        ts_headline('statement_words', coalesce((SELECT string_agg(c."text", E'\n' ORDER BY c."position", c."id")
          FROM "Claim" AS c WHERE c."statementId" = s."id"), ''), ${q}, ${fragment}) AS claims,
        ts_headline('statement_words', coalesce((SELECT string_agg(so."title", E'\n' ORDER BY ss."position", so."id")
          FROM "StatementSource" AS ss JOIN "Source" AS so ON so."id" = ss."sourceId"
          WHERE ss."statementId" = s."id"), ''), ${q}, ${fragment}) AS sources
      FROM "Statement" AS s JOIN "statement_search" AS ft ON ft."statementId" = s."id"
      WHERE ft."document" @@ ${q} AND s."id" IN (${Prisma.join(ids)})`;
  },
  daysBetween: (from, to) => Prisma.sql`(CAST(${to} AS DATE) - CAST(${from} AS DATE))`,
  spanValue: (alias) =>
    Prisma.sql`lpad(CAST(CAST(${column(alias, "dateEnd")} AS DATE) - CAST(${column(alias, "dateStart")} AS DATE) AS TEXT), 6, '0')`,
  // A range on text depends on the collation (a database created with en_US orders U+FFFF
  // differently from the C locale); starts_with does not.
  startsWith: (col, prefix) => Prisma.sql`starts_with(${col}, ${prefix})`,
  idsFromJson: (json) => Prisma.sql`SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST(${json} AS JSON))`,
  jsonObject: (fields) => Prisma.sql`CAST(json_build_object(${jsonFields(fields)}) AS TEXT)`,
  jsonArray: (fields, orderBy) =>
    Prisma.sql`CAST(COALESCE(json_agg(json_build_object(${jsonFields(fields)}) ORDER BY ${orderBy}), '[]') AS TEXT)`,
  unindexed: (col) => col,
  distinctList: (expression) => Prisma.sql`string_agg(DISTINCT ${expression}, ',')`,
  serializeOn: (keys) =>
    [...new Set(keys.map(lockKey))]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((key) => Prisma.sql`SELECT pg_advisory_xact_lock(CAST(${key.toString()} AS BIGINT))`),
};

/** JSON fields named after a table's columns: `columns("so", ["id", "title"])` is `{ id: so."id", title: so."title" }`. */
export function columns(alias: string, names: readonly string[]): Record<string, Prisma.Sql> {
  return Object.fromEntries(names.map((name) => [name, Prisma.raw(`${alias}."${name}"`)]));
}

/** The dialect of DATABASE_URL's engine (or of the given one). */
export function dialect(provider: DatabaseProvider = databaseProvider()): Dialect {
  return provider === "postgres" ? postgres : sqlite;
}
