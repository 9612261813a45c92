// What a start does to the database after migrating: the demo data when the database is empty,
// and a first admin when there are no accounts. Each returns the message to print.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { demoData } from "@/lib/demo/data";
import { databaseIsEmpty, seedDemoData } from "@/lib/demo/seed";
import { createUser } from "@/lib/users/create";

export const FIRST_ADMIN_EMAIL = "admin@example.org";

/** Loads the demo data set (idempotent); with `ifEmpty`, only into a database without data. */
export async function seedDemo(db: PrismaClient, { ifEmpty = false } = {}): Promise<string> {
  if (ifEmpty && !(await databaseIsEmpty(db))) return "Database already has data; demo data not loaded.";
  const report = await seedDemoData(db, demoData);
  const added = Object.entries(report)
    .map(([what, count]) => `${count} ${what}`)
    .join(", ");
  return `Demo data loaded: ${added} added.`;
}

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const edge = `+${"-".repeat(width + 2)}+`;
  return [edge, ...lines.map((line) => `| ${line.padEnd(width)} |`), edge].join("\n");
}

/** On a database without accounts, creates an admin with a random password and says so, once. There is no fixed default password. */
export async function ensureFirstAdmin(db: PrismaClient, port: string): Promise<string> {
  const accounts = await db.user.count();
  if (accounts > 0) return `${accounts} account(s) exist; sign in at /login. New accounts: npm run user:create -- --help`;
  const password = randomBytes(15).toString("base64url"); // 20 characters, 120 bits
  await createUser(db, { email: FIRST_ADMIN_EMAIL, name: "Administrator", role: "ADMIN", password });
  return (
    "\n" +
    box([
      "First start: an admin account was created.",
      "",
      `  Sign in at  http://localhost:${port}/login`,
      `  Email       ${FIRST_ADMIN_EMAIL}`,
      `  Password    ${password}`,
      "",
      "This password is shown only this once: note it now.",
      "Then add people's own accounts under Users and",
      "disable this one, or keep it and set a new password.",
    ]) +
    "\n"
  );
}
