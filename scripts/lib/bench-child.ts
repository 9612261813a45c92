import { run } from "./run";
import { copyDatabase, ensureSyntheticDatabase, removeDatabase } from "./synthetic-db";

/**
 * Runs a benchmark's measuring part in a child process on its own copy of the benchmark database
 * (DATABASE_URL names the copy, which is removed afterwards), with React's server conditions so
 * that the app's server-only modules load. Resolves with the child's exit code.
 */
export async function runOnBenchCopy(
  label: string,
  script: string,
  args: string[] = [],
  options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const file = copyDatabase(await ensureSyntheticDatabase(), label);
  try {
    return await run(process.execPath, [...(options.nodeArgs ?? []), "--conditions=react-server", "--import", "tsx", script, ...args], {
      env: { ...process.env, ...options.env, DATABASE_URL: `file:${file}` },
    });
  } finally {
    removeDatabase(file);
  }
}
