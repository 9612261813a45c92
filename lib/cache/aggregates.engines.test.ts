import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { cachedAggregate } from "./aggregates";

// Runs on SQLite and on PostgreSQL. Several app instances share one database and each keeps its
// own cache: a write made by another process (here another client, with no Revision written)
// must make every instance recompute, and reads alone must not.
const otherInstance = createClient(databaseUrl());
afterAll(() => otherInstance.$disconnect());

describe(`cached aggregates on ${databaseProvider()}`, () => {
  it("are recomputed after a write through another connection, and only then", async () => {
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return db.person.count();
    };
    const first = await cachedAggregate("test:people", compute);
    expect(await cachedAggregate("test:people", compute)).toBe(first);
    await otherInstance.person.findMany();
    expect(await cachedAggregate("test:people", compute)).toBe(first);
    expect(computed).toBe(1);

    await otherInstance.person.create({ data: { slug: "cache-other-instance", name: "Other" } });
    await cachedAggregate("test:people", compute);
    expect(computed).toBe(2);
    // The recomputation is under way or done; once done, the new figure is served.
    await expect.poll(() => cachedAggregate("test:people", compute)).toBe(first + 1);
    expect(computed).toBe(2);

    // A transaction that writes many rows is one change.
    await otherInstance.person.createMany({ data: [1, 2, 3].map((i) => ({ slug: `cache-bulk-${i}`, name: `Bulk ${i}` })) });
    await expect.poll(() => cachedAggregate("test:people", compute)).toBe(first + 4);
    expect(computed).toBe(3);
  });
});
