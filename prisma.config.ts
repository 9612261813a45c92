import { defineConfig } from "prisma/config";

// The FTS5 index and the page cache's tag table are created by hand-written migrations; listing
// them (and the index's shadow tables) as external keeps generated migrations from dropping them.
const ftsTables = [
  "statement_fts",
  "statement_fts_config",
  "statement_fts_content",
  "statement_fts_data",
  "statement_fts_docsize",
  "statement_fts_idx",
];

export default defineConfig({
  schema: "prisma/sqlite",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/tracker.db" },
  experimental: { externalTables: true },
  tables: { external: [...ftsTables, "CacheTag"] },
});
