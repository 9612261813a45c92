import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { SeparatedSqliteAdapter } from "./sqlite-connections";
import { isPostgresUrl } from "./url";

// Set on every new connection. The default page cache (2 MB) is far smaller than a working set of
// timeline indexes on a large database; `optimize` refreshes the query planner's statistics when
// they are missing or stale (a new index from a migration, a table that grew), as SQLite advises
// for long-lived connections.
const CONNECTION_PRAGMAS = "PRAGMA cache_size = -65536; PRAGMA optimize = 0x10002;";

/** Two connections per client: one that writes, one for reads outside transactions (./sqlite-connections). */
class TunedSqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const [writer, reader] = await Promise.all([super.connect(), super.connect()]);
    await Promise.all([writer.executeScript(CONNECTION_PRAGMAS), reader.executeScript(CONNECTION_PRAGMAS)]);
    return new SeparatedSqliteAdapter(writer, reader);
  }
}

// DATABASE_TRANSACTION_TIMEOUT_MS (default 5000, Prisma's): how long a transaction may run before
// Prisma rolls it back. A write that takes longer is stuck, not busy; the tests, which run on
// machines far busier than a server, set it high.
const transactionTimeout = Number(process.env.DATABASE_TRANSACTION_TIMEOUT_MS) || 5000;

/** A client for DATABASE_URL's engine: SQLite for `file:` URLs, PostgreSQL for `postgres://`. */
export function createClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) return createPostgresClient(url);
  return new PrismaClient({
    adapter: new TunedSqliteAdapterFactory({ url, timeout: 5000 }),
    transactionOptions: { timeout: transactionTimeout },
  });
}

function createPostgresClient(url: string): PrismaClient {
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const max = Number(process.env.DATABASE_POOL_SIZE) || 10;
  // A transaction waits for a free connection of the pool (DATABASE_POOL_SIZE) up to 10 s rather
  // than Prisma's 2 s: under a burst of writes a short queue is better than a failed form.
  const client = new PostgresPrismaClient({
    adapter: new PrismaPg({ connectionString: url, max }, { schema }),
    transactionOptions: { maxWait: 10_000, timeout: transactionTimeout },
  });
  // Both clients are generated from the same models (prisma/schema.prisma), so they have the same
  // model API; the rest of the app is typed against the SQLite client's.
  return client as unknown as PrismaClient;
}
