// `npm start`: prepares the database (migrate, demo data when empty, a first admin when there are
// no accounts), builds when the sources changed, then serves. `npm run dev` does the same with
// `next dev` and no build.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseProvider, databaseUrl } from "@/lib/db/url";
import { ensureBuild } from "./lib/build";
import { bin, run, step, StepFailed } from "./lib/run";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";

async function main() {
  process.env.DATABASE_URL = databaseUrl();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (databaseProvider() === "sqlite") {
    mkdirSync(path.dirname(path.resolve(databaseFile())), { recursive: true });
    console.log(`Database: ${databaseFile()}`);
  } else {
    // Several instances may start at once: the migration step takes a lock (scripts/lib/schema-engine.ts).
    console.log(`Database: PostgreSQL at ${new URL(databaseUrl()).host}`);
  }
  await step("Migrations", bin("tsx"), ["scripts/migrate.ts", "deploy"]);
  await step("Demo data", bin("tsx"), ["scripts/seed.ts", "--if-empty"]);
  await step("First admin", bin("tsx"), ["scripts/ensure-admin.ts"]);

  if (!dev) {
    // Type checking belongs to `npm test`; the first start should not wait for it (next.config.ts).
    process.env.TRACKER_TYPES_CHECKED = "1";
    const build = await ensureBuild();
    console.log(build === "built" ? "Build complete." : "Build is current; not rebuilding.");
  }

  console.log(`Serving on http://localhost:${port}`);
  // The release server stamps the client's address from the socket (scripts/serve.ts).
  const code = dev
    ? await run(bin("next"), ["dev", "--port", port])
    : await run(bin("tsx"), ["scripts/serve.ts"], { env: { ...process.env, PORT: port } });
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? `Start-up stopped: ${error.message}` : error);
  process.exit(1);
});
