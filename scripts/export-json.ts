/**
 * npm run export:json -- PATH [--with-emails] [--force]
 *
 * The whole data set of the database in DATABASE_URL as JSON: every record, drafts, deleted
 * records and revisions included. Never password hashes, sessions or sign-in attempts; account
 * emails only with --with-emails (see lib/backup/dataset.ts). Safe while the app runs.
 * Exit code 0 on success, 1 on failure, 2 on usage errors.
 */
import { DatasetError, exportDataset } from "@/lib/backup/dataset";
import { exportPostgresDataset } from "@/lib/backup/dataset-postgres";
import { BackupError } from "@/lib/backup/snapshot";
import { resolveTarget } from "./lib/schema-engine";
import { parsePathCommand } from "./lib/cli";

const USAGE = "Usage: npm run export:json -- PATH [--with-emails] [--force]";

async function main(argv: string[]): Promise<number> {
  const command = parsePathCommand(argv, USAGE, ["with-emails", "force"]);
  if ("exitCode" in command) return command.exitCode;
  const started = performance.now();
  try {
    const options = { withEmails: command.flags["with-emails"], force: command.flags.force };
    const target = resolveTarget();
    const result =
      target.provider === "postgres"
        ? await exportPostgresDataset(target.url, command.path, options)
        : await exportDataset(target.file, command.path, options);
    console.log(`Exported to ${result.file} in ${Math.round(performance.now() - started)} ms:`);
    console.log(
      Object.entries(result.rows)
        .map(([table, n]) => `  ${table}: ${n.toLocaleString("en")}`)
        .join("\n"),
    );
    return 0;
  } catch (error) {
    console.error(error instanceof DatasetError || error instanceof BackupError ? error.message : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
