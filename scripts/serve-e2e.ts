// A server the browser tests run against: a copy of the run's prepared database (migrated,
// seeded, with the test accounts: scripts/lib/e2e-database.ts) in a temp folder of its own,
// served by `next start` from the test build on E2E_PORT. Playwright starts one per worker.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bin, run } from "./lib/run";
import { assertThrowawayDatabase } from "./lib/throwaway-database";

async function main() {
  const template = process.env.E2E_TEMPLATE_DB;
  if (!template) throw new Error("Run the browser tests through `npm run test:e2e`, which prepares their database.");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tracker-e2e-")), "e2e.db");
  const url = `file:${file}`;
  assertThrowawayDatabase(url);
  copyFileSync(template, file);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  process.exit(await run(bin("next"), ["start", "--port", process.env.E2E_PORT ?? "3100"], { env }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
