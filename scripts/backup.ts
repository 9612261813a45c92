/**
 * npm run backup -- PATH [--force]
 *
 * A consistent copy of the database in DATABASE_URL (default file:./data/tracker.db), taken
 * while the app runs and writes (SQLite's VACUUM INTO; see lib/backup/snapshot.ts). Refuses to
 * replace an existing file unless --force. Prints the copy's size and its integrity check.
 * Exit code 0 on success, 1 on failure, 2 on usage errors.
 */
import { BackupError, backupDatabase } from "@/lib/backup/snapshot";
import { resolveTarget } from "./lib/schema-engine";
import { parsePathCommand } from "./lib/cli";

const USAGE = "Usage: npm run backup -- PATH [--force]";

function main(argv: string[]): number {
  const command = parsePathCommand(argv, USAGE, ["force"]);
  if ("exitCode" in command) return command.exitCode;
  const target = resolveTarget();
  if (target.provider === "postgres") {
    // PostgreSQL has its own tool for a consistent copy of a running database.
    console.error(
      "npm run backup copies an SQLite file. On PostgreSQL use pg_dump (see the README):\n" +
        '  pg_dump --format=custom --file=PATH "$DATABASE_URL"\n' +
        "or npm run export:json -- PATH for the app's own data set (the same on both engines).",
    );
    return 1;
  }
  const source = target.file;
  try {
    const result = backupDatabase(source, command.path, { force: command.flags.force });
    console.log(`Backed up ${source}\n       to ${result.file}`);
    console.log(
      `Size: ${(result.bytes / 1024 / 1024).toFixed(1)} MB (${result.bytes.toLocaleString("en")} bytes) in ${Math.round(result.milliseconds)} ms`,
    );
    console.log(`integrity_check: ${result.integrity}`);
    return 0;
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : error);
    return 1;
  }
}

process.exit(main(process.argv.slice(2)));
