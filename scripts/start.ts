// `npm start`: prepares the database (migrate, demo data when empty, a first admin when there are
// no accounts), builds when the sources changed, then serves. `npm run dev` does the same with
// `next dev` and no build.
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseFile, databaseProvider, databaseUrl } from "@/lib/db/url";
import { ensureBuild } from "./lib/build";
import { bin, run, runCaptured, StepFailed } from "./lib/run";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
/** Held while an instance prepares the database (the migrations have a key of their own). */
const START_LOCK_KEY = 7_283_610_017;

async function main() {
  process.env.DATABASE_URL = databaseUrl();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (databaseProvider() === "sqlite") {
    mkdirSync(path.dirname(path.resolve(databaseFile())), { recursive: true });
    console.log(`Database: ${databaseFile()}`);
  } else {
    // Several instances may start at once: the migration step takes a lock (scripts/lib/schema-engine.ts).
    console.log(`Database: PostgreSQL at ${new URL(databaseUrl()).host}`);
  }
  // The database is prepared while the app builds (the build does not read it); its messages,
  // the first admin's password among them, are printed once both are done.
  const database = prepareDatabase();
  // Type checking belongs to `npm test`; the first start should not wait for it (next.config.ts).
  if (!dev) process.env.TRACKER_TYPES_CHECKED = "1";
  const [build, prepared] = await Promise.allSettled([dev ? null : ensureBuild(), database]);
  // Shown even when the build failed: the first admin's password is printed only once.
  if (prepared.status === "fulfilled") console.log(prepared.value);
  if (build.status === "rejected") throw build.reason;
  if (prepared.status === "rejected") throw prepared.reason;
  if (build.value) console.log(build.value === "built" ? "Build complete." : "Build is current; not rebuilding.");

  console.log(`Serving on http://localhost:${port}`);
  // The release server stamps the client's address from the socket (scripts/serve.ts).
  const code = dev
    ? await run(bin("next"), ["dev", "--port", port])
    : await run(bin("tsx"), ["scripts/serve.ts"], { env: { ...process.env, PORT: port } });
  process.exit(code);
}

/** Migrations, demo data when empty, a first admin when there are no accounts; their output. */
async function prepareDatabase(): Promise<string> {
  const outputs: string[] = [];
  const runStep = async (label: string, args: string[]) => {
    const { code, output } = await runCaptured(bin("tsx"), args);
    outputs.push(output.trimEnd());
    if (code !== 0) {
      console.error(outputs.join("\n"));
      throw new StepFailed(label, code);
    }
  };
  // The migration step takes its own lock (and creates a missing database).
  await runStep("Migrations", ["scripts/migrate.ts", "deploy"]);
  await oneInstanceAtATime(async () => {
    await runStep("Demo data", ["scripts/seed.ts", "--if-empty"]);
    await runStep("First admin", ["scripts/ensure-admin.ts"]);
  });
  return outputs.join("\n");
}

/**
 * On PostgreSQL, instances that start together load the demo data and make the first admin one
 * after the other (a session-level advisory lock): otherwise each finds the database empty, both
 * seed and one fails on a duplicate, and two first admins would be tried. The lock goes with the
 * connection.
 */
async function oneInstanceAtATime(fn: () => Promise<void>): Promise<void> {
  if (databaseProvider() !== "postgres") return fn();
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [START_LOCK_KEY]);
    await fn();
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? `Start-up stopped: ${error.message}` : error);
  process.exit(1);
});
