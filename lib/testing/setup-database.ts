import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Runs before each test file is imported, so lib/db/client picks up this file's own database.
const template = inject("templateDatabase");
const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
});
