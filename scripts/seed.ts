// npm run db:seed [-- --if-empty]: loads the demo data set (idempotent).
import { createClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/url";
import { demoData } from "@/lib/demo/data";
import { databaseIsEmpty, seedDemoData } from "@/lib/demo/seed";

async function main() {
  const db = createClient(databaseUrl());
  try {
    if (process.argv.includes("--if-empty") && !(await databaseIsEmpty(db))) {
      console.log("Database already has data; demo data not loaded.");
      return;
    }
    const report = await seedDemoData(db, demoData);
    const added = Object.entries(report)
      .map(([what, count]) => `${count} ${what}`)
      .join(", ");
    console.log(`Demo data loaded: ${added} added.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
