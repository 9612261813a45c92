// The browser tests' accounts and where the run's prepared database goes (kept apart from
// e2e-database.ts, which loads the database client, so that `npm test` itself stays light).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROLES = ["admin", "analyst"] as const;
const ACCOUNT_KEYS = ROLES.flatMap((role) => [`E2E_${role.toUpperCase()}_EMAIL`, `E2E_${role.toUpperCase()}_PASSWORD`]);

/**
 * The accounts for the test servers: the ones in the environment when all are set (`npm test`
 * passes the same ones to the build step, which prepares the database, and to the test step),
 * otherwise new ones with passwords made for this run only.
 */
export function e2eAccounts(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  if (ACCOUNT_KEYS.every((key) => env[key])) return Object.fromEntries(ACCOUNT_KEYS.map((key) => [key, env[key]!]));
  return Object.fromEntries(
    ROLES.flatMap((role) => [
      [`E2E_${role.toUpperCase()}_EMAIL`, `e2e-${role}@example.test`],
      [`E2E_${role.toUpperCase()}_PASSWORD`, randomBytes(12).toString("base64url")],
    ]),
  );
}

/** A new folder in the system's temp folder for the run's template database. */
export const newTemplatePath = () => path.join(mkdtempSync(path.join(tmpdir(), "tracker-e2e-template-")), "template.db");
