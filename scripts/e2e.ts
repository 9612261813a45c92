// npm run test:e2e: builds the app into its own folder, then runs Playwright against `next start`
// on a throw-away database (see scripts/serve-e2e.ts). Extra arguments go to Playwright.
import { resolveChromium } from "./lib/browser";
import { ensureBuild } from "./lib/build";
import { freePort } from "./lib/free-port";
import { bin, run, StepFailed } from "./lib/run";

export const E2E_DIST_DIR = ".next-e2e";

async function main() {
  const chromiumPath = await resolveChromium();
  const build = await ensureBuild(E2E_DIST_DIR);
  console.log(build === "built" ? "Test build complete." : "Test build is current.");
  const port = process.env.E2E_PORT || String(await freePort());
  const code = await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: { ...process.env, CHROMIUM_PATH: chromiumPath, E2E_PORT: port, NEXT_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
