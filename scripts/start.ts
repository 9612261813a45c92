// `npm start`: prepares the database (migrate, demo data when empty, a first admin when there are
// no accounts), builds when the sources changed, then serves. `npm run dev` does the same with
// `next dev` and no build.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseProvider, databaseUrl } from "@/lib/db/url";
import { ensureBuild } from "./lib/build";
import { bin, run, runCaptured, StepFailed } from "./lib/run";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";

async function main() {
  process.env.DATABASE_URL = databaseUrl();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (databaseProvider() === "sqlite") {
    mkdirSync(path.dirname(path.resolve(databaseFile())), { recursive: true });
    console.log(`Database: ${databaseFile()}`);
  } else {
    // Several instances may start at once: the preparation takes locks (scripts/prepare-database.ts).
    console.log(`Database: PostgreSQL at ${new URL(databaseUrl()).host}`);
  }
  // The database is prepared while the app builds (the build does not read it); its messages,
  // the first admin's password among them, are printed once both are done.
  const database = prepareDatabase();
  // Type checking belongs to `npm test`; the first start should not wait for it (next.config.ts).
  if (!dev) process.env.TRACKER_TYPES_CHECKED = "1";
  const [build, prepared] = await Promise.allSettled([dev ? null : ensureBuild(), database]);
  // Shown even when the build failed: the first admin's password is printed only once.
  if (prepared.status === "fulfilled") console.log(prepared.value);
  if (build.status === "rejected") throw build.reason;
  if (prepared.status === "rejected") throw prepared.reason;
  if (build.value) console.log(build.value === "built" ? "Build complete." : "Build is current; not rebuilding.");

  console.log(`Serving on http://localhost:${port}`);
  // The release server stamps the client's address from the socket (scripts/serve.ts).
  const code = dev
    ? await run(bin("next"), ["dev", "--port", port])
    : await run(bin("tsx"), ["scripts/serve.ts"], { env: { ...process.env, PORT: port } });
  process.exit(code);
}

/** Migrations, demo data when empty, a first admin when there are no accounts; their output. */
async function prepareDatabase(): Promise<string> {
  const { code, output } = await runCaptured(bin("tsx"), ["scripts/prepare-database.ts"]);
  if (code !== 0) {
    console.error(output.trimEnd());
    throw new StepFailed("Preparing the database", code);
  }
  return output.trimEnd();
}

main().catch((error: unknown) => {
  console.error(error instanceof StepFailed ? `Start-up stopped: ${error.message}` : error);
  process.exit(1);
});
