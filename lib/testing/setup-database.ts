import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, inject, vi } from "vitest";

// Runs before each test file is imported, so lib/db/client picks up this file's own database.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

// Server actions run in a request scope; tests supply its cookies and headers (not the database).
vi.mock("next/headers", async () => (await import("./next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./next-request")).nextCacheMock);

// Only a file that used the database has a client to close (lib/db/client keeps it on
// globalThis): importing the client here would load Prisma into every file, pure logic included.
afterAll(async () => {
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
});
