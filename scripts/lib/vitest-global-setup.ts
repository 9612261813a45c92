// Migrates one template SQLite file with the real migrations; every test file then works on its
// own copy of it (lib/testing/setup-database.ts), so files never see each other's rows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "./schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(tmpdir(), "tracker-test-"));
  const template = path.join(folder, "template.db");
  await migrateDeploy(`file:${template}`);
  project.provide("templateDatabase", template);
  return () => rmSync(folder, { recursive: true, force: true });
}
