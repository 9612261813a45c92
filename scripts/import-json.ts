/**
 * npm run import:json -- PATH
 *
 * Loads a data set written by `npm run export:json` into the database in DATABASE_URL, which
 * must be empty: a new SQLite file or an empty PostgreSQL database is migrated first. Ids are kept, so permalinks and the
 * revision history stay valid. One transaction: all or nothing.
 * Exit code 0 on success, 1 on failure, 2 on usage errors.
 */
import { DatasetError, importDataset } from "@/lib/backup/dataset";
import { importPostgresDataset } from "@/lib/backup/dataset-postgres";
import { describeTarget, dispose, migrateDeploy, resolveTarget, SchemaEngineError } from "./lib/schema-engine";
import { parsePathCommand } from "./lib/cli";

const USAGE = "Usage: npm run import:json -- PATH   (into the empty database in DATABASE_URL)";

async function main(argv: string[]): Promise<number> {
  const command = parsePathCommand(argv, USAGE, []);
  if ("exitCode" in command) return command.exitCode;
  const target = resolveTarget();
  const database = describeTarget(target);
  const started = performance.now();
  try {
    const applied = await migrateDeploy(undefined, { log: () => {} });
    if (applied.length > 0) console.log(`Database prepared: ${applied.length} migration(s) applied.`);
    const result =
      target.provider === "postgres"
        ? await importPostgresDataset(command.path, target.url)
        : await importDataset(command.path, target.file);
    console.log(`Imported into ${database} in ${Math.round(performance.now() - started)} ms:`);
    console.log(
      Object.entries(result.rows)
        .map(([table, n]) => `  ${table}: ${n.toLocaleString("en")}`)
        .join("\n"),
    );
    if (result.accounts > 0) {
      console.log(
        `\n${result.accounts} account(s) were restored without passwords (and, unless exported --with-emails, with placeholder emails).\n` +
          "Create an admin to sign in with:  npm run user:create -- --email E --password P --role admin\n" +
          "then give people their email and a new password under Users.",
      );
    }
    return 0;
  } catch (error) {
    console.error(error instanceof DatasetError || error instanceof SchemaEngineError ? error.message : error);
    return 1;
  } finally {
    dispose();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
