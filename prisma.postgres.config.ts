import { defineConfig } from "prisma/config";

// The PostgreSQL project: same models as prisma.config.ts (SQLite), its own migrations and client.
// The full-text index (statement_search) is created by a hand-written migration; listing it as
// external keeps generated migrations from dropping it.
export default defineConfig({
  schema: "prisma/postgres",
  migrations: { path: "prisma/postgres/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/tracker" },
  experimental: { externalTables: true },
  tables: { external: ["public.statement_search"] },
});
