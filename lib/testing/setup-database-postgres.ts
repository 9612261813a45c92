import pg from "pg";
import { afterAll, inject, vi } from "vitest";

// The PostgreSQL twin of setup-database.ts: this file's own database, a copy of the template.
const server = inject("postgresServer");
const name = `tracker_test_${process.pid}_${Math.random().toString(36).slice(2)}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
} finally {
  await admin.end();
}
const url = new URL(server);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

vi.mock("next/headers", async () => (await import("./next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./next-request")).nextCacheMock);

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
});
