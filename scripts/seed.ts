// npm run db:seed [-- --if-empty]: loads the demo data set (idempotent).
import { createClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/url";
import { seedDemo } from "./lib/first-start";

async function main() {
  const db = createClient(databaseUrl());
  try {
    console.log(await seedDemo(db, { ifEmpty: process.argv.includes("--if-empty") }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
