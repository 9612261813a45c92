// Generates the Prisma clients after install: SQLite's (prisma.config.ts) and PostgreSQL's
// (prisma.postgres.config.ts), from the same models, side by side (each is one core's work for a
// few seconds). A client whose inputs (config, schema folder, Prisma's versions) are those it was
// last generated from is left as it is: `npm rebuild` and every later `npm install` run this
// again. The CLI is started with node directly: `npx` would first start npm itself. The Prisma
// CLI tries to download its native schema engine first; generation does not need it, so it is
// pointed at a stub.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const cli = "node_modules/prisma/build/index.js";
if (!existsSync("prisma/schema.prisma") || !existsSync(cli)) process.exit(0);

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** Runs one generation with its output collected, so the two do not interleave. */
function generate(config) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "generate", "--config", config], { env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

/** The generated client's folder and a hash of everything its generation reads. */
function inputs(config) {
  const configText = readFileSync(config, "utf8");
  const schemaDir = configText.match(/schema:\s*"([^"]+)"/)?.[1];
  const hash = createHash("sha256").update(configText);
  let output;
  for (const name of schemaDir ? readdirSync(schemaDir).sort() : []) {
    if (!name.endsWith(".prisma")) continue;
    const text = readFileSync(path.join(schemaDir, name), "utf8");
    hash.update(name).update("\0").update(text).update("\0");
    const found = text.match(/^\s*output\s*=\s*"([^"]+)"/m)?.[1];
    if (found) output = path.join(schemaDir, found);
  }
  for (const pkg of ["prisma", "@prisma/client"]) hash.update(readFileSync(path.join("node_modules", pkg, "package.json"), "utf8"));
  return { output, hash: hash.digest("hex") };
}

const marker = (output) => path.join(output, ".inputs-hash");
const configs = ["prisma.config.ts", "prisma.postgres.config.ts"]
  .filter((config) => existsSync(config))
  .map((config) => ({ config, ...inputs(config) }));
const stale = configs.filter(({ output, hash }) => !output || !existsSync(marker(output)) || readFileSync(marker(output), "utf8") !== hash);
const results = await Promise.all(stale.map(({ config }) => generate(config)));
for (const { output } of results) process.stdout.write(output);
const failed = results.find((result) => result.code !== 0);
if (failed) process.exit(failed.code);
for (const { output, hash } of stale) if (output && existsSync(output)) writeFileSync(marker(output), hash);
if (stale.length < configs.length) console.log("Prisma clients are up to date.");
