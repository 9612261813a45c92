// A server the browser tests run against: a fresh, migrated and seeded database in the system's
// temp folder, served by `next start` from the test build on E2E_PORT. Playwright starts one per
// worker. The database is prepared in this process (no tool started per step), as several servers
// start at once.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@/lib/db/create-client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { createUser } from "@/lib/users/create";
import { bin, run } from "./lib/run";
import { dispose, migrateDeploy } from "./lib/schema-engine";
import { assertThrowawayDatabase } from "./lib/throwaway-database";

async function prepare(url: string): Promise<void> {
  await migrateDeploy(url);
  dispose(); // the WebAssembly migration engine leaves timers behind
  const db = createClient(url);
  try {
    await seedDemoData(db, demoData);
    for (const role of ["admin", "analyst"] as const) {
      const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
      const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
      if (!email || !password) throw new Error("Run the browser tests through `npm run test:e2e`, which sets up their accounts.");
      await createUser(db, { email, password, role: role === "admin" ? "ADMIN" : "ANALYST", name: `E2E ${role}` });
    }
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tracker-e2e-")), "e2e.db");
  const url = `file:${file}`;
  assertThrowawayDatabase(url);
  await prepare(url);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  process.exit(await run(bin("next"), ["start", "--port", process.env.E2E_PORT ?? "3100"], { env }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
