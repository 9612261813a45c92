// For tests and scripts that run from source: Node cannot start a worker from TypeScript, so
// render-worker.ts is bundled with esbuild (installed with tsx and vitest) into a module under
// node_modules/.cache, next to the packages it imports. The file is named after its contents, so
// test processes share it and reruns do not pile up copies. `next build` does the same for the
// server with its own bundler (see ../renderer.ts).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../../", import.meta.url));
let bundled: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const outdir = path.join(root, "node_modules", ".cache", "statement-tracker-pdf");
  const result = await build({
    entryPoints: [path.join(root, "lib/pdf/render-worker.ts")],
    outdir,
    write: false,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.contents;
  const outfile = path.join(outdir, `render-worker-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.mjs`);
  if (!existsSync(outfile)) {
    mkdirSync(outdir, { recursive: true });
    // Written aside and renamed, so a parallel test process never reads half a file.
    const partial = `${outfile}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, outfile);
  }
  return outfile;
}

/** A `spawn` for RenderPool that starts the worker from the current sources. */
export async function sourceWorkerSpawner(): Promise<() => Worker> {
  bundled ??= bundle();
  const file = await bundled;
  return () => new Worker(file);
}
