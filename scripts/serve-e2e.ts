// The server the browser tests run against: a fresh, migrated and seeded database in the
// system's temp folder, served by `next start` from the test build.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, run, step } from "./lib/run";
import { assertThrowawayDatabase } from "./lib/throwaway-database";

async function main() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tracker-e2e-")), "e2e.db");
  const url = `file:${file}`;
  assertThrowawayDatabase(url);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  await step("Migrations", bin("tsx"), ["scripts/migrate.ts", "deploy"], { env });
  await step("Demo data", bin("tsx"), ["scripts/seed.ts"], { env });
  for (const role of ["admin", "analyst"] as const) {
    const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
    const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
    if (!email || !password) throw new Error("Run the browser tests through `npm run test:e2e`, which sets up their accounts.");
    await step(`Test ${role}`, bin("tsx"), ["scripts/user-create.ts", "--email", email, `--password=${password}`, "--role", role, "--name", `E2E ${role}`], { env });
  }
  process.exit(await run(bin("next"), ["start", "--port", process.env.E2E_PORT ?? "3100"], { env }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
