// `npm test`: every check, in order, stopping at the first failure.
import { bin, step, StepFailed } from "./lib/run";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps: [label: string, command: string, args: string[], extraEnv?: Record<string, string>][] = [
  ["Route types", bin("next"), ["typegen"]],
  ["Type check", bin("tsc"), ["--noEmit"]],
  ["Lint", bin("eslint"), ["--max-warnings=0", "."]],
  ["Migration drift check", bin("tsx"), ["scripts/migrate.ts", "drift"]],
  ["Unit and integration tests", bin("vitest"), ["run"]],
  // The type check above has passed by now, so the test build need not repeat it (next.config.ts).
  ["Browser tests", bin("tsx"), ["scripts/e2e.ts"], { TRACKER_TYPES_CHECKED: "1" }],
];

async function main() {
  const started = Date.now();
  for (const [label, command, args, extraEnv] of steps) {
    console.log(`\n=== ${label} ===`);
    const t0 = Date.now();
    await step(label, command, args, { env: { ...env, ...extraEnv } });
    console.log(`--- ${label}: ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof StepFailed ? error.message : String(error)}`);
  process.exit(1);
});
