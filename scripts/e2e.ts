// npm run test:e2e: builds the app into its own folder, then runs Playwright against `next start`
// on a throw-away database (see scripts/serve-e2e.ts). Extra arguments go to Playwright.
import { randomBytes } from "node:crypto";
import { resolveChromium } from "./lib/browser";
import { ensureBuild, TEST_DIST_DIR } from "./lib/build";
import { freePort } from "./lib/free-port";
import { bin, run, StepFailed } from "./lib/run";

async function main() {
  const chromiumPath = await resolveChromium();
  const build = await ensureBuild(TEST_DIST_DIR);
  console.log(build === "built" ? "Test build complete." : "Test build is current.");
  const port = process.env.E2E_PORT || String(await freePort());
  // Accounts for the test server, with passwords made for this run only.
  const accounts = {
    E2E_ADMIN_EMAIL: "e2e-admin@example.test",
    E2E_ADMIN_PASSWORD: randomBytes(12).toString("base64url"),
    E2E_ANALYST_EMAIL: "e2e-analyst@example.test",
    E2E_ANALYST_PASSWORD: randomBytes(12).toString("base64url"),
  };
  const code = await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: { ...process.env, ...accounts, CHROMIUM_PATH: chromiumPath, E2E_PORT: port, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
