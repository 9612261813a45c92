// Generates the Prisma clients after install: SQLite's (prisma.config.ts) and PostgreSQL's
// (prisma.postgres.config.ts), from the same models. The Prisma CLI tries to download its native
// schema engine first; generation does not need it, so it is pointed at a stub.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
for (const config of ["prisma.config.ts", "prisma.postgres.config.ts"]) {
  if (!existsSync(config)) continue;
  const result = spawnSync("npx", ["--no-install", "prisma", "generate", "--config", config], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
