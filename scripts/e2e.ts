// npm run test:e2e: builds the app into its own folder and prepares the run's database once, then
// runs Playwright with one worker per core, each against its own `next start` on its own copy of
// that database (scripts/serve-e2e.ts). E2E_WORKERS sets the number of workers (and servers).
// Extra arguments go to Playwright. --build-only brings the test build up to date and, when
// E2E_TEMPLATE_DB names a file that does not exist yet, prepares the database there meanwhile
// (`npm test` does that beside the unit tests, so the browser tests start at once).
import { existsSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { resolveChromium } from "./lib/browser";
import { ensureBuild, TEST_DIST_DIR } from "./lib/build";
import { e2eAccounts, newTemplatePath } from "./lib/e2e-accounts";
import { prepareE2eTemplate } from "./lib/e2e-database";
import { freePort } from "./lib/free-port";
import { bin, run, StepFailed } from "./lib/run";

async function main() {
  const buildOnly = process.argv.includes("--build-only");
  // Built and served as one deployment of several instances would be (e2e/instances.spec.ts
  // runs two instances of this build behind a proxy).
  process.env.DEPLOYMENT_ID ||= "e2e";
  const chromiumPath = buildOnly ? "" : await resolveChromium();
  const accounts = e2eAccounts();
  const given = process.env.E2E_TEMPLATE_DB;
  let template: string | undefined;
  if (buildOnly) template = given && !existsSync(given) ? given : undefined;
  else template = given && existsSync(given) ? given : newTemplatePath();
  // The build runs in child processes: the database is prepared here meanwhile.
  const prepared = template && !existsSync(template) ? prepareE2eTemplate(template, accounts) : undefined;
  const [built, ready] = await Promise.allSettled([ensureBuild(TEST_DIST_DIR, { sourceMaps: false }), prepared]);
  if (built.status === "rejected") throw built.reason;
  if (ready.status === "rejected") throw ready.reason;
  const build = built.value;
  console.log(build === "built" ? "Test build complete." : "Test build is current.");
  if (buildOnly) return;
  const workers = workerCount(process.argv.slice(2));
  const ports: number[] = [];
  while (ports.length < workers) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const code = await run(bin("playwright"), ["test", ...process.argv.slice(2)], {
    env: {
      ...process.env,
      ...accounts,
      CHROMIUM_PATH: chromiumPath,
      E2E_PORTS: ports.join(","),
      E2E_TEMPLATE_DB: template,
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  // A database this process made for itself goes; one it was given belongs to the caller.
  if (template && template !== given) rmSync(path.dirname(template), { recursive: true, force: true });
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
