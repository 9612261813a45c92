import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

const resolve = {
  alias: [
    { find: /^@\//, replacement: root },
    // `server-only` throws outside React's server bundles; tests run on the server anyway.
    { find: /^server-only$/, replacement: `${root}lib/testing/server-only-stub.ts` },
  ],
};

const shared = {
  // Worker threads: starting one per test file costs less than a child process (the same 36
  // files took 51 s of CPU instead of 59 s). No test changes the working directory, and the
  // native parts (better-sqlite3; Prisma's query compiler is WebAssembly) are thread-safe.
  pool: "threads",
  // Every test file works on its own copy of the database (lib/testing/setup-database.ts), so
  // files run side by side: one worker per core (Vitest's default leaves one core idle).
  // VITEST_MAX_WORKERS overrides it.
  maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism(),
  // Limits only for a test that hangs: a busy machine must not fail a test that would pass.
  testTimeout: 180_000,
  hookTimeout: 180_000,
  // A cheaper password hash for tests (lib/auth/password.ts; the production cost is fixed).
  // Parallel writes in tests must not be turned away as "busy" because the machine is slow: the write
  // queue's timing rule is tested with its own clock (lib/concurrency/bounded-slots.test.ts).
  // A transaction of a test is not rolled back for taking longer than 5 s on a loaded machine either.
  env: {
    TEST_SCRYPT_LOG2_N: "10",
    WRITE_WAIT_BUDGET_MS: "600000",
    DATABASE_TRANSACTION_TIMEOUT_MS: "600000",
  },
} as const;

// Files named *.engines.test.ts run twice: on SQLite with everything else, and on PostgreSQL
// (one throw-away cluster for the whole run, started only when such a file is selected).
const sqlite: TestProjectInlineConfiguration = {
  resolve,
  test: {
    name: "sqlite",
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}"],
    globalSetup: ["scripts/lib/vitest-global-setup.ts"],
    setupFiles: ["lib/testing/setup-database.ts"],
    ...shared,
  },
};
const postgres: TestProjectInlineConfiguration = {
  resolve,
  test: {
    name: "postgres",
    include: ["lib/**/*.engines.test.ts", "app/**/*.engines.test.{ts,tsx}", "scripts/**/*.engines.test.ts"],
    globalSetup: ["scripts/lib/vitest-global-setup-postgres.ts"],
    setupFiles: ["lib/testing/setup-database-postgres.ts"],
    ...shared,
  },
};

export default defineConfig({ resolve, test: { projects: [sqlite, postgres] } });
