import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Set on every new connection. The default page cache (2 MB) is far smaller than a working set of
// timeline indexes on a large database; `optimize` refreshes the query planner's statistics when
// they are missing or stale (a new index from a migration, a table that grew), as SQLite advises
// for long-lived connections.
const CONNECTION_PRAGMAS = "PRAGMA cache_size = -65536; PRAGMA optimize = 0x10002;";

class TunedSqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  }
}

export function createClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new TunedSqliteAdapterFactory({ url, timeout: 5000 }) });
}
