import { defineConfig } from "prisma/config";

// The PostgreSQL project: same models as prisma.config.ts (SQLite), its own migrations and client.
// Tables that hand-written migrations create (the full-text index statement_search, the facet
// counts' per-statement rows, the data version, the page cache's tags) are listed as external so that generated
// migrations keep them.
export default defineConfig({
  schema: "prisma/postgres",
  migrations: { path: "prisma/postgres/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/tracker" },
  experimental: { externalTables: true },
  tables: { external: ["public.statement_search", "public.facet_count_statement", "public.data_version", "public.CacheTag"] },
});
