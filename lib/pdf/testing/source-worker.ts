// For tests and scripts that run from source: Node cannot start a worker from TypeScript, so
// render-worker.ts is bundled once with esbuild (already installed with tsx and vitest) into a
// module under node_modules/.cache, next to the packages it imports. `next build` does the same
// for the server with its own bundler (see ../renderer.ts).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let bundled: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const outdir = path.join(root, "node_modules", ".cache", "statement-tracker-pdf");
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, `render-worker-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, "lib/pdf/render-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
  process.once("exit", () => rmSync(outfile, { force: true }));
  return outfile;
}

/** A `spawn` for RenderPool that starts the worker from the current sources. */
export async function sourceWorkerSpawner(): Promise<() => Worker> {
  bundled ??= bundle();
  const file = await bundled;
  return () => new Worker(file);
}
