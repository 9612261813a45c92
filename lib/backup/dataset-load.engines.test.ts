// A data set that breaks a unique rule (two topics with one slug, say) is refused with a message that
// names the table, and stores nothing, on both engines.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { exportDataset, importDataset } from "./dataset";
import { exportPostgresDataset, importPostgresDataset } from "./dataset-postgres";

const folder = mkdtempSync(path.join(tmpdir(), "tracker-load-test-"));
const postgres = databaseProvider() === "postgres";
const made: string[] = [];

/** A migrated database holding no records, and how to query it. */
async function emptyTarget(): Promise<{ url: string; query: (sql: string) => Promise<Record<string, unknown>[]> }> {
  if (postgres) {
    const name = `tracker_load_${process.pid}_${made.length}`;
    const admin = new pg.Client({ connectionString: inject("postgresServer") });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
    } finally {
      await admin.end();
    }
    made.push(name);
    const url = new URL(inject("postgresServer"));
    url.pathname = `/${name}`;
    const target = url.toString();
    return {
      url: target,
      query: async (sql) => {
        const client = new pg.Client({ connectionString: target });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      },
    };
  }
  const file = path.join(folder, `target-${made.length}.db`);
  copyFileSync(inject("templateDatabase"), file);
  made.push(file);
  const Database = (await import("better-sqlite3")).default;
  return {
    url: file,
    query: async (sql) => {
      const sqlite = new Database(file, { readonly: true });
      try {
        return sqlite.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        sqlite.close();
      }
    },
  };
}

const load = (file: string, target: string) => (postgres ? importPostgresDataset(file, target) : importDataset(file, target));

afterAll(async () => {
  if (postgres) {
    const admin = new pg.Client({ connectionString: inject("postgresServer") });
    await admin.connect();
    try {
      for (const name of made) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  rmSync(folder, { recursive: true, force: true });
});

describe(`loading a data set into ${databaseProvider()}`, () => {
  it("refuses a data set in which two records break a unique rule, and stores nothing", async () => {
    await db.topic.create({ data: { slug: "air-defence", name: "Air defence", proposition: "Allies should buy more air defence" } });
    await db.topic.create({ data: { slug: "sanctions", name: "Sanctions", proposition: "Sanctions on Russia should be tightened" } });
    const file = path.join(folder, "topics.json");
    await (postgres ? exportPostgresDataset(databaseUrl(), file) : exportDataset(databaseUrl().replace(/^file:/, ""), file));
    const dataset = JSON.parse(readFileSync(file, "utf8")) as { tables: { Topic: { slug: string }[] } };
    dataset.tables.Topic[1]!.slug = dataset.tables.Topic[0]!.slug;
    const broken = path.join(folder, "broken.json");
    writeFileSync(broken, JSON.stringify(dataset));

    const target = await emptyTarget();
    await expect(load(broken, target.url)).rejects.toThrow(postgres ? /two Topic records that must differ/ : /UNIQUE/);
    expect(await target.query(`SELECT "id" FROM "Topic"`)).toEqual([]);
  });
});
