/**
 * npm run export:json -- PATH [--with-emails] [--force]
 *
 * The whole data set of the database in DATABASE_URL as JSON: every record, drafts, deleted
 * records and revisions included. Never password hashes, sessions or sign-in attempts; account
 * emails only with --with-emails (see lib/backup/dataset.ts). Safe while the app runs.
 * Exit code 0 on success, 1 on failure, 2 on usage errors.
 */
import { parseArgs } from "node:util";
import { DatasetError, exportDataset } from "@/lib/backup/dataset";
import { BackupError } from "@/lib/backup/snapshot";
import { resolveDatabaseFile } from "./lib/schema-engine";

const USAGE = "Usage: npm run export:json -- PATH [--with-emails] [--force]";

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { "with-emails": { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  try {
    const result = await exportDataset(resolveDatabaseFile(), parsed.positionals[0]!, { withEmails: parsed.values["with-emails"], force: parsed.values.force });
    console.log(`Exported to ${result.file} in ${Math.round(performance.now() - started)} ms:`);
    console.log(Object.entries(result.rows).map(([table, n]) => `  ${table}: ${n.toLocaleString("en")}`).join("\n"));
    return 0;
  } catch (error) {
    console.error(error instanceof DatasetError || error instanceof BackupError ? error.message : error);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
