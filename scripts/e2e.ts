// npm run test:e2e: builds the app into its own folder, then runs Playwright with one worker per
// core, each against its own `next start` on its own throw-away database (scripts/serve-e2e.ts).
// E2E_WORKERS sets the number of workers (and servers). Extra arguments go to Playwright;
// --build-only only brings the test build up to date.
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { resolveChromium } from "./lib/browser";
import { ensureBuild, TEST_DIST_DIR } from "./lib/build";
import { freePort } from "./lib/free-port";
import { bin, run, StepFailed } from "./lib/run";

async function main() {
  const buildOnly = process.argv.includes("--build-only");
  // Built and served as one deployment of several instances would be (e2e/instances.spec.ts
  // runs two instances of this build behind a proxy).
  process.env.DEPLOYMENT_ID ||= "e2e";
  const chromiumPath = buildOnly ? "" : await resolveChromium();
  const build = await ensureBuild(TEST_DIST_DIR);
  console.log(build === "built" ? "Test build complete." : "Test build is current.");
  if (buildOnly) return;
  const workers = workerCount(process.argv.slice(2));
  const ports: number[] = [];
  while (ports.length < workers) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  // Accounts for the test server, with passwords made for this run only.
  const accounts = {
    E2E_ADMIN_EMAIL: "e2e-admin@example.test",
    E2E_ADMIN_PASSWORD: randomBytes(12).toString("base64url"),
    E2E_ANALYST_EMAIL: "e2e-analyst@example.test",
    E2E_ANALYST_PASSWORD: randomBytes(12).toString("base64url"),
  };
  const code = await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: {
      ...process.env,
      ...accounts,
      CHROMIUM_PATH: chromiumPath,
      E2E_PORTS: ports.join(","),
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  process.exit(code);
}

/** E2E_WORKERS, else one per core; one when the arguments name a single spec file. */
function workerCount(args: string[]): number {
  const asked = Number(process.env.E2E_WORKERS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  const specs = args.filter((arg) => /\.spec\.ts(:\d+)?$/.test(arg));
  return specs.length === 1 ? 1 : Math.max(1, availableParallelism());
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
