// `npm run bench`: every benchmark, one after the other, each printing its own table of figures.
// They build (once) and reuse a synthetic 100,000-statement database in the temp folder;
// `npm run bench -- --1m` runs them on 1,000,000 statements (built once, a few minutes).
import { existsSync } from "node:fs";
import { bin, run } from "./lib/run";

const benches: [label: string, script: string][] = [
  ["What readers meet: cold URLs, 16 connections, readers during writes, static floor", "scripts/bench-load.ts"],
  ["Reader pages", "scripts/bench-readers.ts"],
  ["The facet index: load, memory, a view's counts against the recount in SQL, catching up with a write", "scripts/bench-facet-index.ts"],
  ["Cached aggregates: the read after a write, related or elsewhere, and the read again", "scripts/bench-aggregates.ts"],
  ["Creating statements", "scripts/bench-statements.ts"],
  ["PDF export", "scripts/bench-pdf.ts"],
  ["The record as of a past day", "scripts/bench-as-of.ts"],
  ["Quote extraction", "scripts/bench-extract.ts"],
  ["Open data", "scripts/bench-open-data.ts"],
  ["A burst of writes: 200 creates at once", "scripts/bench-burst.ts"],
  ["Both engines: SQLite, PostgreSQL, PostgreSQL with two instances behind a proxy", "scripts/bench-engines.ts"],
];

async function main() {
  const args = process.argv.slice(2);
  const only = args.filter((a) => a !== "--1m");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(args.includes("--1m") ? { BENCH_STATEMENTS: "1000000" } : {}) };
  let failed = 0;
  for (const [label, script] of benches) {
    if (only.length > 0 && !only.some((o) => script.includes(o))) continue;
    if (!existsSync(script)) continue;
    console.log(`\n=== ${label} ===`);
    const code = await run(bin("tsx"), [script], { env });
    if (code !== 0) {
      failed++;
      console.error(`${label}: failed (exit code ${code})`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
