// Run by `npm start` (and `npm run dev`) before serving, beside the build: applies the migrations,
// loads the demo data when the database is empty and creates a first admin when there are no
// accounts. One process for the three steps: each process of its own paid again for loading the
// TypeScript runner, Prisma and the app's modules (about 3 s of CPU each).
import pg from "pg";
import { createClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { ensureFirstAdmin, seedDemo } from "./lib/first-start";
import { dispose, migrateDeploy, SchemaEngineError } from "./lib/schema-engine";

/** Held while an instance loads the demo data and makes the first admin (the migrations have a lock of their own). */
const START_LOCK_KEY = 7_283_610_017;

async function main() {
  const started = performance.now();
  // The migration step takes its own lock (and creates a missing database).
  const applied = await migrateDeploy();
  const elapsed = `${Math.round(performance.now() - started)} ms`;
  console.log(
    applied.length === 0
      ? `No pending migrations to apply (${elapsed}).`
      : `Applied ${applied.length} migration(s) in ${elapsed}:\n${applied.map((name) => `  ${name}`).join("\n")}`,
  );
  const db = createClient(databaseUrl());
  try {
    await oneInstanceAtATime(async () => {
      console.log(await seedDemo(db, { ifEmpty: true }));
      console.log(await ensureFirstAdmin(db, process.env.PORT || "3000"));
    });
  } finally {
    await db.$disconnect();
  }
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

main()
  .then(() => 0)
  .catch((error: unknown) => {
    if (error instanceof SchemaEngineError) console.error(`\nMigration failed${error.code ? ` (${error.code})` : ""}:\n${error.message}`);
    else console.error("Preparing the database failed:", error instanceof Error ? error.message : error);
    return 1;
  })
  .then((code) => {
    dispose();
    // The WebAssembly runtime can leave work scheduled behind; do not wait for it.
    process.exit(code);
  });
