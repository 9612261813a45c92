// The layer rules in eslint.config.mjs fire: lib/ importing app/, components/ or scripts/; a
// client component importing server-only code; modules importing each other in a circle.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
// Cycles are found on disk, so that fixture is two real files, in scripts/ (no build reads it).
const cycleFolder = mkdtempSync(path.join(process.cwd(), "scripts", "lint-fixture-"));

afterAll(() => rmSync(cycleFolder, { recursive: true, force: true }));

/** Lints `code` as the text of an existing file (the cycle rule reads the linted file on disk). */
async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), filePath) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layer rules", () => {
  it("stops lib/ from importing app/, components/ or scripts/", async () => {
    const code = [
      'import { GET } from "@/app/api/topics/route";',
      'import { RevisionHistory } from "@/components/revision-history";',
      'import { bin } from "../../scripts/lib/run";',
      "export const all = [GET, RevisionHistory, bin];",
    ].join("\n");
    const found = await problems(code, "lib/statements/labels.ts");
    expect(found.filter((p) => p.startsWith("import/no-restricted-paths"))).toHaveLength(3);
    expect(await problems('import { bin } from "../scripts/lib/run";\nexport const b = bin;', "app/layout.tsx")).toEqual([]);
  });

  it("stops a client component from importing server-only modules, directly or through others", async () => {
    const direct = await problems(
      '"use client";\nimport { db } from "@/lib/db/client";\nexport const d = db;',
      "components/revision-history.tsx",
    );
    expect(direct).toEqual([expect.stringMatching(/^layers\/client-imports: .*"@\/lib\/db\/client".*server-only/)]);
    const builtin = await problems(
      '"use client";\nimport { readFileSync } from "node:fs";\nexport const r = readFileSync;',
      "components/revision-history.tsx",
    );
    expect(builtin).toEqual([expect.stringMatching(/^layers\/client-imports: .*"node:fs"/)]);
    // lib/users/create.ts imports nothing server-only itself, but its password hashing uses Node's crypto.
    const indirect = await problems(
      '"use client";\nimport { createUser } from "@/lib/users/create";\nexport const c = createUser;',
      "components/revision-history.tsx",
    );
    expect(indirect).toEqual([expect.stringMatching(/^layers\/client-imports: .*via lib\/auth\/password\.ts → node:crypto/)]);
  });

  it("lets client components import types, browser-safe modules and server actions", async () => {
    const code = [
      '"use client";',
      'import { useState } from "react";',
      'import type { AuthUser } from "@/lib/auth/sessions";',
      'import { signInAction } from "@/app/login/actions";',
      "export const all: [typeof useState, AuthUser | null, typeof signInAction] = [useState, null, signInAction];",
    ].join("\n");
    expect(await problems(code, "components/revision-history.tsx")).toEqual([]);
    // The same import is fine on the server.
    expect(await problems('import { db } from "@/lib/db/client";\nexport const d = db;', "components/revision-history.tsx")).toEqual([]);
  });

  it("finds modules that import each other", async () => {
    writeFileSync(path.join(cycleFolder, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    writeFileSync(path.join(cycleFolder, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
    const [result] = await eslint.lintFiles([path.join(cycleFolder, "a.ts")]);
    expect(result!.messages.map((m) => m.ruleId)).toContain("import/no-cycle");
  });
});
