// Builds the Next.js app only when its inputs changed since the last build in that folder.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, step } from "./run";

/** The production build that browser tests and benchmarks serve (kept apart from `npm start`'s). */
export const TEST_DIST_DIR = ".next-e2e";
/** The production build that the benchmarks serve (one for all of them, so they never rebuild each other's). */
export const BENCH_DIST_DIR = ".next-bench";

const INPUT_DIRS = ["app", "components", "lib", "prisma"];
const BUILD_SETTINGS = ["DEPLOYMENT_ID", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"];
const INPUT_FILES = ["package-lock.json", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json"];

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "migrations") yield* files(full);
    } else if (!/\.test\.tsx?$/.test(entry.name)) {
      yield full;
    }
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const inputs = [...INPUT_DIRS.flatMap((dir) => [...files(dir)]), ...INPUT_FILES.filter((f) => existsSync(f))].sort();
  for (const file of inputs) {
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  // Settings that the build bakes in: a build made with another deployment id or action key is
  // not the build that instances started with these settings expect.
  for (const name of BUILD_SETTINGS)
    hash
      .update(name)
      .update("\0")
      .update(process.env[name] ?? "")
      .update("\0");
  return hash.digest("hex");
}

/**
 * Builds into `distDir`: by default where next.config.ts serves from (NEXT_DIST_DIR, else .next).
 * `sourceMaps: false` leaves out the server's source maps (a build only tests serve); a build
 * made either way counts as current for the other, as they behave alike.
 */
export async function ensureBuild(
  distDir = process.env.NEXT_DIST_DIR || ".next",
  { sourceMaps = true }: { sourceMaps?: boolean } = {},
): Promise<"built" | "current"> {
  const marker = path.join(distDir, "source-hash");
  const hash = sourceHash();
  const current =
    existsSync(path.join(distDir, "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === hash && statSync(marker).isFile();
  if (current) return "current";
  // A first build (a fresh clone's first `npm start`) does not write Turbopack's cache (next.config.ts).
  const rebuild = existsSync(path.join(distDir, "BUILD_ID"));
  await step("next build", bin("next"), ["build"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      TRACKER_BUILD_CACHE: rebuild && !process.env.CI ? "1" : "0",
      TRACKER_SOURCE_MAPS: sourceMaps ? "1" : "0",
    },
  });
  writeFileSync(marker, hash);
  return "built";
}
