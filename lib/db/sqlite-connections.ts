// The better-sqlite3 adapter runs everything on one connection, and an interactive transaction is
// a BEGIN on that connection. Left alone, a query from another request that arrives while a
// transaction is open runs inside it: a write (a session, a login attempt) is lost if that
// transaction rolls back, and a read sees rows that were never committed. Here:
//   - reads outside a transaction run on a second connection of their own, which sees committed
//     data only and never waits for a writer's transaction (only for the instant of its commit);
//   - writes outside a transaction wait their turn, in arrival order, with the transactions, so
//     they never join another request's transaction.
import type { IsolationLevel, SqlDriverAdapter, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import type Database from "better-sqlite3";

/** A first-come-first-served lock: `acquire` resolves with the function that releases it. */
export class FifoLock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const turn = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return turn;
  }
}

/** The adapter's own connection (a public field of the better-sqlite3 adapter's queryable). */
function connectionOf(adapter: SqlDriverAdapter): Database.Database {
  const client = (adapter as unknown as { client?: Database.Database }).client;
  if (!client || typeof client.prepare !== "function") throw new Error("The SQLite adapter does not expose its connection.");
  return client;
}

export class SeparatedSqliteAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #writer: SqlDriverAdapter;
  readonly #reader: SqlDriverAdapter;
  readonly #readerConnection: Database.Database;
  readonly #lock = new FifoLock();
  // Prisma's SQL is parameterised, so the same few hundred texts recur: judge each once.
  readonly #readOnlyBySql = new Map<string, boolean>();

  constructor(writer: SqlDriverAdapter, reader: SqlDriverAdapter) {
    this.#writer = writer;
    this.#reader = reader;
    this.#readerConnection = connectionOf(reader);
    this.provider = writer.provider;
    this.adapterName = writer.adapterName;
  }

  /** Whether the statement only reads (SQLite decides, from the compiled statement). */
  #readsOnly(sql: string): boolean {
    const known = this.#readOnlyBySql.get(sql);
    if (known !== undefined) return known;
    let readOnly: boolean;
    try {
      readOnly = this.#readerConnection.prepare(sql).readonly;
    } catch {
      // Let the writer's connection report the error as the adapter always has.
      return false;
    }
    if (this.#readOnlyBySql.size >= 2000) this.#readOnlyBySql.clear();
    this.#readOnlyBySql.set(sql, readOnly);
    return readOnly;
  }

  async #serialised<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.#readsOnly(query.sql)) return this.#reader.queryRaw(query);
    return this.#serialised(() => this.#writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#serialised(() => this.#writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#serialised(() => this.#writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await this.#writer.startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    // The lock is held until the transaction ends, whichever way.
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  }

  async dispose(): Promise<void> {
    await Promise.all([this.#writer.dispose(), this.#reader.dispose()]);
  }
}
