// The cached aggregates (lib/cache/aggregates.ts) on the benchmark database: what the first reader
// after a write pays for each, when the write touched what the aggregate shows ("related") and when
// it touched another speaker's statement on other topics ("elsewhere"). Readers always wait for the
// recomputation (unless the operator opts into stale figures), so this is what they meet.
import { spawn } from "node:child_process";
import { copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./lib/synthetic-db";

async function main() {
  const file = copyDatabase(await ensureSyntheticDatabase(), "aggregates");
  let code = 1;
  try {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/lib/bench-aggregates-work.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "inherit",
    });
    code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  } finally {
    removeDatabase(file);
  }
  process.exit(code);
}

main();
