/**
 * npm run user:create -- --email E --password P --role admin|analyst [--name N]
 *
 * Creates an account on the database in DATABASE_URL (default file:./data/tracker.db), applying
 * the migrations first, so it also works on a database that does not exist yet.
 * Exit code 0 on success, 1 when the account cannot be created, 2 on usage errors.
 */
import { parseArgs } from "node:util";
import { createClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/url";
import type { Role } from "@/lib/generated/prisma/client";
import { ExpectedError } from "@/lib/forms/errors";
import { createUser } from "@/lib/users/create";
import { dispose, migrateDeploy, SchemaEngineError } from "./lib/schema-engine";

const USAGE = "Usage: npm run user:create -- --email E --password P --role admin|analyst [--name N]";

class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        password: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { email, password, role, name, help } = parsed.values;
  if (help) return null;
  const missing = [!email && "--email", !password && "--password", !role && "--role"].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.join(", ")}.`);
  const roleName = role!.trim().toUpperCase();
  if (roleName !== "ADMIN" && roleName !== "ANALYST") throw new UsageError(`--role must be admin or analyst, not "${role}".`);
  return { email: email!, password: password!, role: roleName as Role, name: name?.trim() || email!.trim().split("@")[0] || email! };
}

async function main(argv: string[]): Promise<number> {
  let input;
  try {
    input = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (!input) {
    console.log(USAGE);
    return 0;
  }

  const url = databaseUrl();
  const applied = await migrateDeploy(url, { log: () => {} });
  if (applied.length > 0) console.log(`Database prepared: ${applied.length} migration(s) applied.`);

  const db = createClient(url);
  try {
    const user = await createUser(db, input);
    console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.name}). Sign in at /login.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    const problems = Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => `  --${field}: ${messages?.join(" ")}`);
    console.error(
      problems.length > 0 ? `The account was not created:\n${problems.join("\n")}` : `The account was not created: ${error.message}`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
}

void main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(error instanceof SchemaEngineError ? `Migration failed: ${error.message}` : error);
    return 1;
  })
  .then((code) => {
    dispose();
    process.exit(code); // the WebAssembly migration engine leaves timers behind
  });
