import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl } from "@/lib/db/url";
import { cachedAggregate, cachedByTags } from "./aggregates";

// Runs on SQLite and on PostgreSQL. Several app instances share one database and each keeps its
// own cache: a write made by another process (here another client, with no Revision written)
// must make every instance recompute, and reads alone must not; and the next read after it gives
// the new figure (no reader is given figures older than a write, unless the operator opts in).
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

    // The next read after the write gives the new figure: it waits for the recomputation.
    await otherInstance.person.create({ data: { slug: "cache-other-instance", name: "Other" } });
    expect(await cachedAggregate("test:people", compute)).toBe(first + 1);
    expect(await cachedAggregate("test:people", compute)).toBe(first + 1);
    expect(computed).toBe(2);

    // A transaction that writes many rows is one change.
    await otherInstance.person.createMany({ data: [1, 2, 3].map((i) => ({ slug: `cache-bulk-${i}`, name: `Bulk ${i}` })) });
    expect(await cachedAggregate("test:people", compute)).toBe(first + 4);
    expect(computed).toBe(3);
  });

  it("make concurrent readers after a write wait for one recomputation, and all get the new figure", async () => {
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return db.person.count();
    };
    const first = await cachedAggregate("test:people-concurrent", compute);
    await otherInstance.person.create({ data: { slug: "cache-concurrent", name: "Concurrent" } });
    const readers = await Promise.all(Array.from({ length: 8 }, () => cachedAggregate("test:people-concurrent", compute)));
    expect(readers).toEqual(Array.from({ length: 8 }, () => first + 1));
    expect(computed).toBe(2);
  });

  it("by tags are given the new figure after a write to what the tags cover, and kept across writes elsewhere", async () => {
    const [anna, ben] = await Promise.all(
      ["cache-tags-anna", "cache-tags-ben"].map((slug) => db.person.create({ data: { slug, name: slug } })),
    );
    const statementOf = (speakerId: number, text: string) =>
      otherInstance.statement.create({
        data: { speakerId, dateStart: "2024-01-01", dateEnd: "2024-01-01", dateSort: "2024-01-01", text, status: "PUBLISHED" },
      });
    let computed = 0;
    const annasStatements = () =>
      cachedByTags([`speaker:${anna!.id}`], `test:anna`, async () => {
        computed += 1;
        return db.statement.count({ where: { speakerId: anna!.id } });
      });
    expect(await annasStatements()).toBe(0);
    await statementOf(anna!.id, "Anna's first.");
    expect(await annasStatements()).toBe(1);
    expect(computed).toBe(2);
    await statementOf(ben!.id, "Ben's first.");
    expect(await annasStatements()).toBe(1);
    expect(computed).toBe(2);
  });
});
