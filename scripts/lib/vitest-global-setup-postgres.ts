// One PostgreSQL for the whole run (TEST_POSTGRES_URL, or a throw-away cluster), with a template
// database migrated by the real PostgreSQL migrations; every test file works on its own copy
// (lib/testing/setup-database-postgres.ts). Stopped at teardown; on a crash, by the harness.
import type { TestProject } from "vitest/node";
import { startPostgres } from "./postgres";
import { migrateDeploy } from "./schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServer: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPostgres();
  try {
    const template = `tracker_template_${process.pid}`;
    const url = await server.createDatabase(template);
    await migrateDeploy(url, { log: () => {} });
    project.provide("postgresServer", server.url);
    project.provide("postgresTemplate", template);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return () => server.stop();
}
