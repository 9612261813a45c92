// The browser tests' database: migrated with the real migrations, seeded with the demo data and
// given the run's two accounts, once per run. Each test server then works on its own copy
// (scripts/serve-e2e.ts), so workers start in a second instead of each migrating and seeding.
import { createClient } from "@/lib/db/create-client";
import { demoData } from "@/lib/demo/data";
import { seedDemoData } from "@/lib/demo/seed";
import { createUser } from "@/lib/users/create";
import { ROLES } from "./e2e-accounts";
import { dispose, migrateDeploy } from "./schema-engine";

/** Migrates, seeds and adds the accounts to a new SQLite file at `file`. */
export async function prepareE2eTemplate(file: string, accounts: Record<string, string>): Promise<void> {
  const url = `file:${file}`;
  await migrateDeploy(url, { log: () => {} });
  dispose(); // the WebAssembly migration engine leaves timers behind
  const db = createClient(url);
  try {
    await seedDemoData(db, demoData);
    for (const role of ROLES) {
      const email = accounts[`E2E_${role.toUpperCase()}_EMAIL`]!;
      const password = accounts[`E2E_${role.toUpperCase()}_PASSWORD`]!;
      await createUser(db, { email, password, role: role === "admin" ? "ADMIN" : "ANALYST", name: `E2E ${role}` });
    }
  } finally {
    // Closing the last connection leaves the file complete on its own (no journal), ready to copy.
    await db.$disconnect();
  }
}
