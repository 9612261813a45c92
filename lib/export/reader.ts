import "server-only";
import Database from "better-sqlite3";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseFile, databaseProvider } from "@/lib/db/url";

// A read-only better-sqlite3 connection for the open-data reads (exports, API, feeds). Measured on
// 100,000 statements, the same queries through Prisma's $queryRaw took twice as long and grew the
// process by about 100 MB more; exports run them 400 times. Each query is its own short read
// transaction, so writers through Prisma are never held up for longer than one batch. On
// PostgreSQL the same queries go through the app's client (its pool of connections).
type Reader = { file: string; db: Database.Database; statements: Map<string, Database.Statement> };
const globalForReader = globalThis as unknown as { openDataReader?: Reader };
const MAX_STATEMENTS = 100;

function reader(): Reader {
  const file = databaseFile();
  if (globalForReader.openDataReader?.file !== file) {
    globalForReader.openDataReader?.db.close();
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    // Exports read each page once, in no useful order: a large page cache only adds memory.
    db.pragma("cache_size = -4000");
    globalForReader.openDataReader = { file, db, statements: new Map() };
  }
  return globalForReader.openDataReader;
}

/** Runs a query built with Prisma.sql (whose `sql` has `?` placeholders) on the reader. */
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  if (databaseProvider() === "postgres") return db.$queryRaw<T[]>(query);
  return readSqliteRows<T>(query);
}

function readSqliteRows<T>(query: Prisma.Sql): T[] {
  const { db, statements } = reader();
  let statement = statements.get(query.sql);
  if (!statement) {
    statement = db.prepare(query.sql);
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    statements.set(query.sql, statement);
  }
  return statement.all(...(query.values as unknown[])) as T[];
}
