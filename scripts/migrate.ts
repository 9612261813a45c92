/**
 * Database migrations without Prisma's native engine (see scripts/lib/schema-engine.ts).
 *
 *   tsx scripts/migrate.ts deploy                 apply pending migrations        (npm run db:migrate)
 *   tsx scripts/migrate.ts dev NAME [flags]       create + apply a migration      (npm run db:migrate:dev -- NAME)
 *       --create-only        write the migration without applying it
 *       --accept-data-loss   apply it even if the engine warns about data loss
 *   tsx scripts/migrate.ts status                 applied / pending / failed      (npm run db:status)
 *   tsx scripts/migrate.ts drift                  schema changes without a migration (npm run db:drift)
 *
 * The database is DATABASE_URL (default file:./data/tracker.db; a postgres:// URL uses the
 * PostgreSQL project, prisma.postgres.config.ts). `drift` checks both projects; PostgreSQL's check
 * replays its migrations on TEST_POSTGRES_URL or on a throw-away cluster. Exit code 0 when all is
 * well, 1 on failure, drift or pending/failed migrations, 2 on usage errors.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPostgres } from "./lib/postgres";
import {
  checkDrift,
  describeTarget,
  dispose,
  migrateDeploy,
  migrateDev,
  migrateStatus,
  POSTGRES_CONFIG,
  resolveTarget,
  SchemaEngineError,
} from "./lib/schema-engine";

const USAGE = "Usage: tsx scripts/migrate.ts <deploy | dev NAME [--create-only] [--accept-data-loss] | status | drift>";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((arg) => arg.startsWith("--")));
  const positional = rest.filter((arg) => !arg.startsWith("--"));
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;

  switch (command) {
    case "deploy": {
      console.log(`Database: ${displayPath(describeTarget(resolveTarget()))}`);
      const applied = await migrateDeploy();
      console.log(
        applied.length === 0
          ? `No pending migrations to apply (${elapsed()}).`
          : `Applied ${applied.length} migration(s) in ${elapsed()}:\n${list(applied)}`,
      );
      return 0;
    }

    case "dev": {
      const unknown = [...flags].filter((flag) => flag !== "--create-only" && flag !== "--accept-data-loss");
      if (positional.length !== 1 || unknown.length > 0) return usage("dev needs exactly one NAME" + unknownFlags(unknown));
      console.log(`Database: ${displayPath(describeTarget(resolveTarget()))}`);
      const result = await migrateDev(positional[0] ?? "", undefined, {
        createOnly: flags.has("--create-only"),
        acceptDataLoss: flags.has("--accept-data-loss"),
      });
      if (result.created && result.createdApplied) console.log(`Applied ${result.created} (${elapsed()}).`);
      if (result.created && !result.createdApplied && !flags.has("--create-only")) return 1;
      if (!result.created) console.log(`Database in sync with the schema (${elapsed()}).`);
      // The models are shared: the other engine's project gets the same change as a migration of
      // its own, generated on a throw-away database.
      const other = resolveTarget().provider === "sqlite" ? "postgres" : "sqlite";
      if (other === "postgres" && !existsSync(POSTGRES_CONFIG)) return 0;
      console.log(`\nThe same change for ${other} (on a throw-away database):`);
      const otherResult = await migrateDevThrowaway(other, positional[0] ?? "", { createOnly: flags.has("--create-only") });
      if (!otherResult.created) console.log(`${other}: its migrations already match the schema.`);
      return 0;
    }

    case "status": {
      if (rest.length > 0) return usage("status takes no arguments");
      const status = await migrateStatus();
      console.log(`Database: ${displayPath(status.databaseFile)}${status.databaseExists ? "" : " (does not exist yet)"}`);
      console.log(`${status.migrations.length} migration(s) in the migrations folder, ${status.applied.length} applied.`);
      if (status.pending.length > 0) console.log(`\nNot yet applied:\n${list(status.pending)}\nRun: npm run db:migrate`);
      if (status.failed.length > 0) {
        console.log(`\nFailed (fix the database, then mark them rolled back or applied):\n${list(status.failed)}`);
      }
      if (status.edited.length > 0) console.log(`\nEdited after being applied (checksum differs):\n${list(status.edited)}`);
      if (status.missingLocally.length > 0) {
        console.log(`\nApplied to the database but missing from the migrations folder:\n${list(status.missingLocally)}`);
        if (status.lastCommonMigration) console.log(`Last common migration: ${status.lastCommonMigration}`);
      }
      if (status.databaseExists && !status.hasMigrationsTable && status.applied.length === 0 && status.pending.length === 0) {
        console.log("The database is not managed by migrations (no _prisma_migrations table).");
      }
      console.log(status.upToDate ? `\nDatabase schema is up to date (${elapsed()}).` : `\nNot up to date (${elapsed()}).`);
      return status.upToDate ? 0 : 1;
    }

    case "drift": {
      if (rest.length > 0) return usage("drift takes no arguments");
      const providers = existsSync(POSTGRES_CONFIG) ? (["sqlite", "postgres"] as const) : (["sqlite"] as const);
      let drift = false;
      for (const provider of providers) {
        const result = await checkDrift({ provider });
        if (!result.drift) {
          console.log(`No drift (${provider}): its migrations produce exactly the schema (${elapsed()}).`);
          continue;
        }
        drift = true;
        console.log(`Drift (${provider}): the schema has changes that no migration covers (${elapsed()}).\n\n${result.summary}`);
        if (result.script) console.log(`\nSQL a new migration would run:\n\n${result.script.trim()}`);
        console.log(`\nCreate the migration with: ${createCommand(provider)}`);
      }
      return drift ? 1 : 0;
    }

    default:
      return usage(command ? `unknown command "${command}"` : "missing command");
  }
}

/** migrate dev on a fresh database of the given engine, to write that engine's migration. */
async function migrateDevThrowaway(provider: "sqlite" | "postgres", name: string, options: { createOnly: boolean }) {
  // Data-loss warnings concern data, and this database has none.
  const devOptions = { createOnly: options.createOnly, acceptDataLoss: true };
  if (provider === "sqlite") {
    const folder = mkdtempSync(path.join(tmpdir(), "tracker-migrate-"));
    try {
      return await migrateDev(name, `file:${path.join(folder, "dev.db")}`, devOptions);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const server = await startPostgres();
  try {
    const url = await server.createDatabase(`tracker_migrate_${process.pid}`);
    return await migrateDev(name, url, devOptions);
  } finally {
    await server.stop();
  }
}

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

function unknownFlags(flags: string[]): string {
  return flags.length > 0 ? ` (unknown: ${flags.join(", ")})` : "";
}

function list(names: string[]): string {
  return names.map((name) => `  ${name}`).join("\n");
}

function createCommand(provider: "sqlite" | "postgres"): string {
  return provider === "sqlite"
    ? "npm run db:migrate:dev -- <name>"
    : "npm run db:migrate:dev -- <name>  (it writes the migration of each engine)";
}

function displayPath(file: string): string {
  const relative = file === ":memory:" ? file : file.replace(`${process.cwd()}/`, "./");
  return relative;
}

function report(error: unknown): number {
  if (error instanceof SchemaEngineError) {
    console.error(`\nMigration failed${error.code ? ` (${error.code})` : ""}:\n${error.message}`);
  } else {
    console.error(error);
  }
  return 1;
}

void main(process.argv.slice(2))
  .catch(report)
  .then((code) => {
    dispose();
    // The WebAssembly runtime can leave work scheduled behind; do not wait for it.
    process.exit(code);
  });
