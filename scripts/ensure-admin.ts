// Run by `npm start` after seeding: on a database without accounts it creates an admin with a
// random password and prints the credentials, once. There is no fixed default password.
import { randomBytes } from "node:crypto";
import { createClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/url";
import { createUser } from "@/lib/users/create";

export const FIRST_ADMIN_EMAIL = "admin@example.org";

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const edge = `+${"-".repeat(width + 2)}+`;
  return [edge, ...lines.map((line) => `| ${line.padEnd(width)} |`), edge].join("\n");
}

async function main() {
  const db = createClient(databaseUrl());
  try {
    const accounts = await db.user.count();
    if (accounts > 0) {
      console.log(`${accounts} account(s) exist; sign in at /login. New accounts: npm run user:create -- --help`);
      return;
    }
    const password = randomBytes(15).toString("base64url"); // 20 characters, 120 bits
    await createUser(db, { email: FIRST_ADMIN_EMAIL, name: "Administrator", role: "ADMIN", password });
    const port = process.env.PORT || "3000";
    console.log(
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
        "\n",
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Creating the first admin failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
