import { defineConfig } from "prisma/config";

// The FTS5 index is created by a hand-written migration; listing it (and its shadow tables) as
// external keeps generated migrations from dropping it.
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
  tables: { external: ftsTables },
});
